using System.Data.Common;
using Majordome.Bot.Data;
using Majordome.Dialogs.Anticipation;
using Majordome.Dialogs.Anticipation.BackInStock;

namespace Majordome.Bot.Anticipation;

/// <summary>
/// The back-in-stock waiting list in the business database (<c>stock_waiting_list</c>): one row per customer and
/// product with the address to write to and the words they agreed to. Adding is idempotent on both engines (the
/// primary key and <c>ON CONFLICT</c>); a row already told is armed again by a new request.
/// </summary>
public sealed class SqlStockWaitingList : IStockWaitingList
{
    private const int MaxWordingLength = 2000;
    private const string Columns = "customer_key, sku, channel_id, user_id, conversation_id, service_url, locale, time_zone, wording, asked_utc";
    private readonly BusinessDatabase _database;

    /// <summary>Creates the list on <paramref name="database"/>.</summary>
    public SqlStockWaitingList(BusinessDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    /// <inheritdoc />
    public async Task<bool> AddAsync(StockWaiter waiter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(waiter);
        ArgumentException.ThrowIfNullOrWhiteSpace(waiter.Sku);
        ArgumentException.ThrowIfNullOrWhiteSpace(waiter.Wording);
        var to = waiter.To;

        // The wording is the proof of what was agreed to: kept whole up to a bound no real sentence reaches.
        var wording = waiter.Wording.Length > MaxWordingLength ? waiter.Wording[..MaxWordingLength] : waiter.Wording;
        await using var connection = await _database.OpenForWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SqlCommands.Create(connection, null, $"""
            INSERT INTO stock_waiting_list ({Columns}, notified_utc)
            VALUES (@customer, @sku, @channel, @user, @conversation, @serviceUrl, @locale, @timeZone, @wording, @asked, NULL)
            ON CONFLICT (customer_key, sku) DO UPDATE SET
                channel_id = excluded.channel_id, user_id = excluded.user_id, conversation_id = excluded.conversation_id,
                service_url = excluded.service_url, locale = excluded.locale, time_zone = excluded.time_zone,
                wording = excluded.wording, asked_utc = excluded.asked_utc, notified_utc = NULL
            WHERE stock_waiting_list.notified_utc IS NOT NULL;
            """,
            ("@customer", to.CustomerKey), ("@sku", waiter.Sku), ("@channel", to.ChannelId), ("@user", to.UserId), ("@conversation", to.ConversationId),
            ("@serviceUrl", to.ServiceUrl), ("@locale", to.Locale), ("@timeZone", to.TimeZone), ("@wording", wording), ("@asked", SqlCommands.ToText(waiter.AskedAt)));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StockWaiter>> ListWaitingAsync(string sku, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sku);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SqlCommands.Create(connection, null,
            $"SELECT {Columns} FROM stock_waiting_list WHERE sku = @sku AND notified_utc IS NULL ORDER BY asked_utc, customer_key;", ("@sku", sku));
        return await ReadAsync(command, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task MarkNotifiedAsync(string customerKey, string sku, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(customerKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(sku);
        await using var connection = await _database.OpenForWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SqlCommands.Create(connection, null,
            "UPDATE stock_waiting_list SET notified_utc = @at WHERE customer_key = @customer AND sku = @sku AND notified_utc IS NULL;",
            ("@at", SqlCommands.ToText(at)), ("@customer", customerKey), ("@sku", sku));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<StockWaiter?> FindAsync(string customerKey, string sku, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(customerKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(sku);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SqlCommands.Create(connection, null,
            $"SELECT {Columns} FROM stock_waiting_list WHERE customer_key = @customer AND sku = @sku;", ("@customer", customerKey), ("@sku", sku));
        return (await ReadAsync(command, cancellationToken).ConfigureAwait(false)).FirstOrDefault();
    }

    /// <summary>Whether the row of <paramref name="customerKey"/> for <paramref name="sku"/> was told (for the tests and the export).</summary>
    public async Task<bool?> IsNotifiedAsync(string customerKey, string sku, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SqlCommands.Create(connection, null,
            "SELECT notified_utc FROM stock_waiting_list WHERE customer_key = @customer AND sku = @sku;", ("@customer", customerKey), ("@sku", sku));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? !reader.IsDBNull(0) : null;
    }

    private static async Task<IReadOnlyList<StockWaiter>> ReadAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var waiters = new List<StockWaiter>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
            var to = new ProactiveAddress(reader.GetString(0), reader.GetString(2), reader.GetString(3), reader.GetString(4), Text(5), Text(6), Text(7));
            waiters.Add(new StockWaiter(to, reader.GetString(1), reader.GetString(8), SqlCommands.FromText(reader.GetString(9))));
        }

        return waiters;
    }
}
