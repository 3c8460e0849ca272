using System.Data.Common;
using System.Text.Json;
using Majordome.Bot.Data;
using Microsoft.Bot.Builder;

namespace Majordome.Bot.Privacy;

/// <summary>
/// Erases a customer: their profile and conversation state, their conversations' messages, feedback, leads and
/// consents, opt-ins, requests for a person and channel records are deleted; their orders and bookings, which the
/// business must keep, lose the name, phone, email, address and the customer key (amounts, dates and products
/// stay). A row in <c>privacy_erasures</c> records when, by whom and the key's hash, not the data. Running it again
/// finds nothing and says so.
/// </summary>
public sealed class SqlCustomerErasure
{
    private readonly BusinessDatabase _database;
    private readonly IStorage _storage;
    private readonly TimeProvider _time;
    private readonly ErasureRecordHash _recordHash;

    /// <summary>Creates the erasure; <paramref name="recordHash"/> defaults to one without a secret.</summary>
    public SqlCustomerErasure(BusinessDatabase database, IStorage storage, TimeProvider time, ErasureRecordHash? recordHash = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(time);
        _database = database;
        _storage = storage;
        _time = time;
        _recordHash = recordHash ?? new ErasureRecordHash(secret: null);
    }

    /// <summary>Erases <paramref name="customer"/>; <paramref name="erasedBy"/> (an account, "customer", an OS user) and <paramref name="source"/> are recorded.</summary>
    public Task<ErasureReceipt> EraseAsync(CustomerRecordKey customer, string erasedBy, string source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentException.ThrowIfNullOrWhiteSpace(erasedBy);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        return EraseLinkedAsync(customer, (erasedBy, source), cancellationToken);
    }

    // A customer who linked channels (Identity) is one person: each of their keys is erased, each with its own record,
    // so what a channel keeps under its own key (its user state, Messenger's opt-ins) goes whichever channel asked.
    private async Task<ErasureReceipt> EraseLinkedAsync(CustomerRecordKey customer, (string By, string Source) record, CancellationToken cancellationToken)
    {
        var group = await new Identity.SqlIdentityLinks(_database).ListGroupAsync(customer.Value, cancellationToken).ConfigureAwait(false);
        var receipt = await EraseCoreAsync(customer, record, [], cancellationToken).ConfigureAwait(false);
        var counts = new Dictionary<string, int>(receipt.Counts, StringComparer.Ordinal);
        foreach (var key in group.Skip(1))
        {
            var slash = key.IndexOf('/', StringComparison.Ordinal);
            if (slash <= 0)
            {
                continue;
            }

            var other = await EraseCoreAsync(new CustomerRecordKey(key[..slash], key[(slash + 1)..]), record, [], cancellationToken).ConfigureAwait(false);
            foreach (var (table, count) in other.Counts)
            {
                counts[table] = counts.GetValueOrDefault(table) + count;
            }
        }

        return receipt with { Counts = counts };
    }

    /// <summary>
    /// Erases what the customer's own erasure turn wrote after it ran (its state and messages, in
    /// <paramref name="conversation"/>, which the erasure already unlinked from them), without recording a second
    /// erasure: the first one is the request's record.
    /// </summary>
    public Task<ErasureReceipt> SweepAsync(CustomerRecordKey customer, CustomerConversation conversation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(conversation);
        return EraseCoreAsync(customer, null, [conversation], cancellationToken);
    }

    private async Task<ErasureReceipt> EraseCoreAsync(CustomerRecordKey customer, (string By, string Source)? record, IReadOnlyList<CustomerConversation> alsoIn, CancellationToken cancellationToken)
    {
        // PBKDF2 takes about a tenth of a second: computed before the business write lock, which every writer waits for.
        var keyHash = _recordHash.Of(customer);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        IReadOnlyList<CustomerConversation> linked;
        await using (var reading = await _database.BorrowAsync(cancellationToken).ConfigureAwait(false))
        {
            linked = await SqlCustomerConversations.ListAsync(reading.Connection, null, customer, cancellationToken).ConfigureAwait(false);
        }

        var conversations = linked.Concat(alsoIn).DistinctBy(c => (c.Channel, c.ConversationId)).ToList();

        // State first, while the links that find it still exist: a failure here leaves everything for a second try.
        string[] stateKeys = [customer.UserStateKey, .. conversations.Select(c => c.StateKey)];
        var existing = await StoredDocuments.ReadAsync(_storage, stateKeys, cancellationToken).ConfigureAwait(false);
        await _storage.DeleteAsync(stateKeys, cancellationToken).ConfigureAwait(false);
        counts["state documents"] = existing.Count;

        // The state's storage may use the turn's connection too: the business lease is taken after it is done.
        await using var lease = await _database.BorrowAsync(cancellationToken).ConfigureAwait(false);
        var connection = lease.Connection;
        await using var transaction = await _database.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        foreach (var conversation in conversations)
        {
            (string, object?)[] where = [("@channel", conversation.Channel), ("@conversation", conversation.ConversationId)];
            Add(counts, "conversation_messages", await ExecuteAsync(connection, transaction, "DELETE FROM conversation_messages WHERE channel = @channel AND conversation_id = @conversation;", where, cancellationToken).ConfigureAwait(false));

            // Webhook bodies already handled hold the customer's words too; pending ones are left for their turn.
            Add(counts, "messenger_inbox", await ExecuteAsync(connection, transaction, "DELETE FROM messenger_inbox WHERE channel = @channel AND conversation_id = @conversation AND finished_utc IS NOT NULL;", where, cancellationToken).ConfigureAwait(false));
        }

        var parameters = CustomerTables.Parameters(customer);
        foreach (var (table, filter) in CustomerTables.Deleted)
        {
            counts[table] = await ExecuteAsync(connection, transaction, $"DELETE FROM {table} WHERE {filter};", parameters, cancellationToken).ConfigureAwait(false);
        }

        // One new key for all the customer's kept rows: the business still sees one (anonymous) customer's history.
        var anonymousKey = $"erased/{Guid.NewGuid():N}";
        counts["orders (anonymised)"] = await AnonymizeOrdersAsync(connection, transaction, customer, anonymousKey, cancellationToken).ConfigureAwait(false);
        counts["bookings (anonymised)"] = await ExecuteAsync(connection, transaction,
            "UPDATE bookings SET name = @erased, phone = @erased, customer_key = @anonymous WHERE customer_key = @customer;",
            [.. parameters, ("@erased", OrderDeliveryAnonymizer.Erased), ("@anonymous", anonymousKey)], cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, "DELETE FROM customer_conversations WHERE customer_key = @customer;", parameters, cancellationToken).ConfigureAwait(false);

        if (record is var (by, source))
        {
            await ExecuteAsync(connection, transaction, """
                INSERT INTO privacy_erasures (key_hash, erased_by, source, counts_json, erased_utc)
                VALUES (@hash, @by, @source, @counts, @now);
                """,
                [("@hash", keyHash), ("@by", by), ("@source", source), ("@counts", JsonSerializer.Serialize(counts)), ("@now", SqlCommands.ToText(_time.GetUtcNow()))],
                cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new ErasureReceipt(keyHash, counts);
    }

    /// <summary>The erasures recorded for <paramref name="customer"/>'s key (in either form a record may hold it): when, by whom, from where.</summary>
    public async Task<IReadOnlyList<(DateTimeOffset At, string By, string Source)>> ListErasuresAsync(CustomerRecordKey customer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(customer);
        // The slow hash is computed before a connection is borrowed, not while holding it.
        (string, object?)[] hashes = [.. _recordHash.Candidates(customer).Select((hash, i) => (i == 0 ? "@hash" : "@legacy", (object?)hash))];
        await using var lease = await _database.BorrowAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SqlCommands.Create(lease.Connection, null,
            "SELECT erased_utc, erased_by, source FROM privacy_erasures WHERE key_hash IN (@hash, @legacy) ORDER BY id;", hashes);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var found = new List<(DateTimeOffset, string, string)>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            found.Add((SqlCommands.FromText(reader.GetString(0)), reader.GetString(1), reader.GetString(2)));
        }

        return found;
    }

    private static async Task<int> AnonymizeOrdersAsync(DbConnection connection, DbTransaction transaction, CustomerRecordKey customer, string anonymousKey, CancellationToken cancellationToken)
    {
        var orders = new List<(long Number, string Delivery)>();
        await using (var select = SqlCommands.Create(connection, transaction, "SELECT number, delivery_json FROM orders WHERE customer_key = @customer;", ("@customer", customer.Value)))
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                orders.Add((SqlCommands.Int64(reader, 0), reader.GetString(1)));
            }
        }

        foreach (var (number, delivery) in orders)
        {
            await ExecuteAsync(connection, transaction,
                "UPDATE orders SET email = @erased, delivery_json = @delivery, customer_key = @anonymous WHERE number = @number;",
                [("@erased", OrderDeliveryAnonymizer.Erased), ("@delivery", OrderDeliveryAnonymizer.Anonymize(delivery)), ("@anonymous", anonymousKey), ("@number", number)],
                cancellationToken).ConfigureAwait(false);
        }

        return orders.Count;
    }

    private static async Task<int> ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, (string Name, object? Value)[] parameters, CancellationToken cancellationToken)
    {
        await using var command = SqlCommands.Create(connection, transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void Add(Dictionary<string, int> counts, string table, int rows) => counts[table] = counts.GetValueOrDefault(table) + rows;
}
