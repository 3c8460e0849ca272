using Majordome.Bot.Data;

namespace Majordome.Bot.Messenger.Send;

/// <summary><see cref="IUnreachableRecipients"/> in the business database (table <c>messenger_unreachable</c>).</summary>
public sealed class SqlUnreachableRecipients : IUnreachableRecipients
{
    private readonly BusinessDatabase _database;
    private readonly TimeProvider _time;

    /// <summary>Creates the store.</summary>
    public SqlUnreachableRecipients(BusinessDatabase database, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(time);
        _database = database;
        _time = time;
    }

    /// <inheritdoc />
    public async Task<bool> IsUnreachableAsync(MessengerThread thread, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(thread);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = SqlCommands.Create(connection, null,
            "SELECT COUNT(*) FROM messenger_unreachable WHERE channel_id = @channel AND account_id = @account AND user_id = @user;",
            Keys(thread));
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    /// <inheritdoc />
    public async Task MarkAsync(MessengerThread thread, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(thread);
        await using var connection = await _database.OpenForWriteAsync(cancellationToken);
        await using var command = SqlCommands.Create(connection, null, """
            INSERT INTO messenger_unreachable (channel_id, account_id, user_id, reason, marked_utc)
            VALUES (@channel, @account, @user, @reason, @marked)
            ON CONFLICT (channel_id, account_id, user_id) DO UPDATE SET reason = excluded.reason, marked_utc = excluded.marked_utc;
            """,
            [.. Keys(thread), ("@reason", reason), ("@marked", SqlCommands.ToText(_time.GetUtcNow()))]);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task ClearAsync(MessengerThread thread, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(thread);

        // Runs before every turn, and nearly every customer who writes is reachable: a read (no write lock, no commit)
        // spares their turn a DELETE, which on SQLite queued behind every other writer of the burst.
        if (!await IsUnreachableAsync(thread, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        await using var connection = await _database.OpenForWriteAsync(cancellationToken);
        await using var command = SqlCommands.Create(connection, null,
            "DELETE FROM messenger_unreachable WHERE channel_id = @channel AND account_id = @account AND user_id = @user;",
            Keys(thread));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static (string Name, object? Value)[] Keys(MessengerThread thread) =>
        [("@channel", thread.ChannelId), ("@account", thread.AccountId), ("@user", thread.UserId)];
}
