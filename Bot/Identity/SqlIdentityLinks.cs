using System.Data.Common;
using Majordome.Bot.Data;

namespace Majordome.Bot.Identity;

/// <summary>
/// The link tokens given to customers and the links they made, in the business database (tables
/// identity_link_tokens and identity_links, migration 22). A link always points at the primary key itself, never at
/// another linked key, so finding a customer's identity is one indexed read.
/// </summary>
public sealed class SqlIdentityLinks
{
    private readonly BusinessDatabase _database;
    private readonly IdentityLinkCache _cache;

    /// <summary>Creates the store.</summary>
    /// <param name="database">Where the links are.</param>
    /// <param name="cache">This instance's copy of the links, kept while <see cref="IdentityLinkListener"/> hears their changes; none when null.</param>
    public SqlIdentityLinks(BusinessDatabase database, IdentityLinkCache? cache = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        _cache = cache ?? new IdentityLinkCache();
    }

    /// <summary>The primary key <paramref name="customerKey"/> is linked to, or null when it is linked to none.</summary>
    public async Task<string?> FindPrimaryAsync(string customerKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(customerKey);

        // Read on every turn of every customer, before anything else: kept on PostgreSQL while changes are heard, the
        // prepared, kept-open read on SQLite.
        if (_cache.TryGet(customerKey, out var kept))
        {
            return kept;
        }

        var generation = _cache.Generation;
        var primary = await _database.ReadScalarAsync("SELECT primary_key FROM identity_links WHERE linked_key = @key;", [("@key", customerKey)], cancellationToken).ConfigureAwait(false) as string;
        _cache.Keep(customerKey, primary, generation);
        return primary;
    }

    /// <summary>
    /// Every key of the customer <paramref name="customerKey"/> is (their primary key and the keys linked to it),
    /// <paramref name="customerKey"/> itself first; just that key when it is linked to none.
    /// </summary>
    public async Task<IReadOnlyList<string>> ListGroupAsync(string customerKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(customerKey);
        var primary = await FindPrimaryAsync(customerKey, cancellationToken).ConfigureAwait(false) ?? customerKey;
        var keys = new List<string> { customerKey, primary };
        await using var lease = await _database.BorrowAsync(cancellationToken).ConfigureAwait(false);
        await using var select = SqlCommands.Create(lease.Connection, null, "SELECT linked_key FROM identity_links WHERE primary_key = @primary ORDER BY linked_key;", ("@primary", primary));
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            keys.Add(reader.GetString(0));
        }

        return [.. keys.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Records that the token of <paramref name="nonce"/> was given to <paramref name="customerKey"/> for
    /// <paramref name="target"/> until <paramref name="expires"/>; tokens expired before <paramref name="now"/> go.
    /// </summary>
    public async Task IssueAsync(string nonce, string customerKey, string target, DateTimeOffset expires, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(nonce);
        ArgumentException.ThrowIfNullOrEmpty(customerKey);
        ArgumentException.ThrowIfNullOrEmpty(target);
        await using var connection = await _database.OpenForWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, "DELETE FROM identity_link_tokens WHERE expires_utc < @now;", cancellationToken, ("@now", SqlCommands.ToText(now))).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, """
            INSERT INTO identity_link_tokens (nonce, customer_key, target, expires_utc) VALUES (@nonce, @customer, @target, @expires);
            """, cancellationToken, ("@nonce", nonce), ("@customer", customerKey), ("@target", target), ("@expires", SqlCommands.ToText(expires))).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Redeems the token of <paramref name="nonce"/> for <paramref name="redeemer"/> (the key the redeeming endpoint
    /// authenticated) on <paramref name="target"/>: burns it and links <paramref name="redeemer"/>, and every key
    /// linked to it, to the primary key of the customer it was given to. Checked and written in one transaction
    /// holding the write lock, so two redemptions of one token cannot both succeed.
    /// </summary>
    public async Task<(LinkRedemption Outcome, string? PrimaryKey)> RedeemAsync(string nonce, string redeemer, string target, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(nonce);
        ArgumentException.ThrowIfNullOrEmpty(redeemer);
        await using var connection = await _database.OpenForWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await _database.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        string issuedTo, issuedFor, expires;
        string? redeemedBy;
        await using (var select = SqlCommands.Create(connection, transaction, "SELECT customer_key, target, expires_utc, redeemed_by FROM identity_link_tokens WHERE nonce = @nonce;", ("@nonce", nonce)))
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                return (LinkRedemption.Forged, null);
            }

            (issuedTo, issuedFor, expires, redeemedBy) = (reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3));
        }

        var primary = await PrimaryOfAsync(connection, transaction, issuedTo, cancellationToken).ConfigureAwait(false) ?? issuedTo;
        if (redeemedBy is not null)
        {
            // The same customer again (Meta redelivers webhooks; a customer taps the link twice): no harm, same answer.
            return string.Equals(redeemedBy, redeemer, StringComparison.Ordinal) ? (LinkRedemption.Linked, primary) : (LinkRedemption.Reused, null);
        }

        if (!string.Equals(issuedFor, target, StringComparison.Ordinal))
        {
            // A WhatsApp code sent as a Messenger ref (or the reverse) was not made for that door.
            return (LinkRedemption.Forged, null);
        }

        if (SqlCommands.FromText(expires) <= now)
        {
            return (LinkRedemption.Expired, null);
        }

        await ExecuteAsync(connection, transaction, "UPDATE identity_link_tokens SET redeemed_by = @redeemer, redeemed_utc = @now WHERE nonce = @nonce;", cancellationToken,
            ("@redeemer", redeemer), ("@now", SqlCommands.ToText(now)), ("@nonce", nonce)).ConfigureAwait(false);
        var outcome = LinkRedemption.SameCustomer;
        if (!string.Equals(primary, redeemer, StringComparison.Ordinal))
        {
            // Keys already linked to the redeemer follow it, so no link ever points at a linked key.
            await ExecuteAsync(connection, transaction, "UPDATE identity_links SET primary_key = @primary WHERE primary_key = @redeemer;", cancellationToken,
                ("@primary", primary), ("@redeemer", redeemer)).ConfigureAwait(false);
            await ExecuteAsync(connection, transaction, "DELETE FROM identity_links WHERE linked_key = @redeemer;", cancellationToken, ("@redeemer", redeemer)).ConfigureAwait(false);
            await ExecuteAsync(connection, transaction, "INSERT INTO identity_links (linked_key, primary_key, linked_utc) VALUES (@redeemer, @primary, @now);", cancellationToken,
                ("@redeemer", redeemer), ("@primary", primary), ("@now", SqlCommands.ToText(now))).ConfigureAwait(false);
            outcome = LinkRedemption.Linked;
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);

        // This instance's next turn must not wait for the database's announcement to see the link.
        _cache.Changed();
        return (outcome, primary);
    }

    private static async Task<string?> PrimaryOfAsync(DbConnection connection, DbTransaction transaction, string key, CancellationToken cancellationToken)
    {
        await using var select = SqlCommands.Create(connection, transaction, "SELECT primary_key FROM identity_links WHERE linked_key = @key;", ("@key", key));
        return await select.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = SqlCommands.Create(connection, transaction, sql, parameters);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
