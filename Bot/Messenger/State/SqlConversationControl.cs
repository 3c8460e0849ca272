using Majordome.Bot.Data;

namespace Majordome.Bot.Messenger.State;

/// <summary>
/// Who answers each Messenger or Instagram thread, in the business database, so a restart does not make the bot
/// talk over a person in the Page Inbox. A thread never seen is the bot's.
/// </summary>
public sealed partial class SqlConversationControl : IMessengerConversationControl
{
    private readonly BusinessDatabase _database;
    private readonly TimeProvider _time;
    private readonly ILogger<SqlConversationControl> _logger;

    /// <summary>Creates the store.</summary>
    public SqlConversationControl(BusinessDatabase database, TimeProvider time, ILogger<SqlConversationControl> logger)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _database = database;
        _time = time;
        _logger = logger;
    }

    /// <inheritdoc />
    public async Task<bool> IsPausedAsync(MessengerThread thread, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(thread);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = SqlCommands.Create(connection, null,
            "SELECT paused FROM messenger_thread_control WHERE channel = @channel AND account_id = @account AND user_id = @user;",
            ("@channel", thread.ChannelId), ("@account", thread.AccountId), ("@user", thread.UserId));
        return await command.ExecuteScalarAsync(cancellationToken) is { } paused and not DBNull && Convert.ToInt64(paused, System.Globalization.CultureInfo.InvariantCulture) == 1;
    }

    /// <inheritdoc />
    public async Task PauseAsync(MessengerThread thread, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(thread);
        await SetAsync(thread, true, reason, cancellationToken);
        LogPaused(thread.ChannelId, thread.ConversationId, reason);
    }

    /// <inheritdoc />
    public async Task ResumeAsync(MessengerThread thread, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(thread);
        await SetAsync(thread, false, null, cancellationToken);
        LogResumed(thread.ChannelId, thread.ConversationId);
    }

    private async Task SetAsync(MessengerThread thread, bool paused, string? reason, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = SqlCommands.Create(connection, null, """
            INSERT INTO messenger_thread_control (channel, account_id, user_id, paused, reason, updated_utc)
            VALUES (@channel, @account, @user, @paused, @reason, @now)
            ON CONFLICT (channel, account_id, user_id) DO UPDATE SET paused = excluded.paused, reason = excluded.reason, updated_utc = excluded.updated_utc;
            """,
            ("@channel", thread.ChannelId), ("@account", thread.AccountId), ("@user", thread.UserId), ("@paused", paused ? 1 : 0),
            ("@reason", reason), ("@now", SqlCommands.ToText(_time.GetUtcNow())));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The bot is paused in {ChannelId} conversation {ConversationId}: {Reason}")]
    private partial void LogPaused(string channelId, string conversationId, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "The bot answers {ChannelId} conversation {ConversationId} again")]
    private partial void LogResumed(string channelId, string conversationId);
}
