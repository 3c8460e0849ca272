using Majordome.Bot.Data;

namespace Majordome.Bot.Messenger.State;

/// <summary>
/// Who answers each Messenger or Instagram thread, in the business database, so a restart does not make the bot
/// talk over a person in the Page Inbox. A thread never seen is the bot's. A pause lapses
/// <see cref="PauseLifetime"/> after its last renewal (each agent reply renews it): Meta makes a thread idle after
/// 24 hours and sends no webhook when an agent simply stops, so without a limit a customer who comes back days
/// later would never be answered.
/// </summary>
public sealed partial class SqlConversationControl : IMessengerConversationControl
{
    /// <summary>How long a pause lasts without an agent reply or a new handover.</summary>
    public static readonly TimeSpan PauseLifetime = TimeSpan.FromHours(24);

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
            "SELECT paused, updated_utc FROM messenger_thread_control WHERE channel = @channel AND account_id = @account AND user_id = @user;",
            ("@channel", thread.ChannelId), ("@account", thread.AccountId), ("@user", thread.UserId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            && SqlCommands.Int64(reader, 0) == 1
            && _time.GetUtcNow() - SqlCommands.FromText(reader.GetString(1)) < PauseLifetime;
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
        await using var connection = await _database.OpenForWriteAsync(cancellationToken);
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
