using Majordome.Bot.Data;

namespace Majordome.Bot.Messenger.State;

/// <summary>When each Messenger or Instagram customer last acted, in the business database (the latest instant wins).</summary>
public sealed class SqlMessagingWindow : IMessagingWindow
{
    private readonly BusinessDatabase _database;

    /// <summary>Creates the store.</summary>
    public SqlMessagingWindow(BusinessDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    /// <inheritdoc />
    public async Task RecordCustomerActivityAsync(MessengerThread thread, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(thread);

        // Redelivered or reordered events must not move the window back: keep the later instant (fixed-width text sorts as time).
        await using var connection = await _database.OpenForWriteAsync(cancellationToken);
        await using var command = SqlCommands.Create(connection, null, """
            INSERT INTO messenger_customer_activity (channel, account_id, user_id, last_utc) VALUES (@channel, @account, @user, @at)
            ON CONFLICT (channel, account_id, user_id) DO UPDATE SET last_utc =
                CASE WHEN excluded.last_utc > messenger_customer_activity.last_utc THEN excluded.last_utc ELSE messenger_customer_activity.last_utc END;
            """,
            ("@channel", thread.ChannelId), ("@account", thread.AccountId), ("@user", thread.UserId), ("@at", SqlCommands.ToText(at)));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<DateTimeOffset?> LastCustomerActivityAsync(MessengerThread thread, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(thread);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = SqlCommands.Create(connection, null,
            "SELECT last_utc FROM messenger_customer_activity WHERE channel = @channel AND account_id = @account AND user_id = @user;",
            ("@channel", thread.ChannelId), ("@account", thread.AccountId), ("@user", thread.UserId));
        return await command.ExecuteScalarAsync(cancellationToken) is string text ? SqlCommands.FromText(text) : null;
    }
}
