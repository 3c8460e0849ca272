using System.Globalization;
using Majordome.Bot.Channels;
using Majordome.Bot.Data;
using Majordome.Bot.Messenger;
using Newtonsoft.Json.Linq;

namespace Majordome.Bot.Anticipation;

/// <summary>
/// Whether the customer opened a message the assistant wrote first, for the analytics report: when it went out and
/// the platform's id of its last message, then when the customer first read it. Messenger says "read up to this
/// time" (a watermark: every message sent at or before it), Instagram names the last message seen; WhatsApp's read
/// statuses name each message and are already kept (<c>whatsapp_message_status</c>), so the report joins them.
/// </summary>
public sealed class SqlProactiveReads
{
    private readonly BusinessDatabase _database;

    /// <summary>Creates the store over the jobs table.</summary>
    public SqlProactiveReads(BusinessDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    /// <summary>Whether <paramref name="channelId"/> tells when a message is read (Web Chat does not).</summary>
    public static bool ChannelTells(string channelId) => MessengerChannels.IsMeta(channelId) || channelId == ChannelIds.WhatsApp;

    /// <summary>Records that job <paramref name="jobId"/> went out at <paramref name="sentAt"/>, its last message being <paramref name="messageId"/>.</summary>
    public async Task RecordSentAsync(long jobId, DateTimeOffset sentAt, string? messageId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenForWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SqlCommands.Create(connection, null,
            "UPDATE proactive_jobs SET sent_utc = @sent, sent_message_id = @message, read_utc = NULL WHERE id = @id;",
            ("@id", jobId), ("@sent", SqlCommands.ToText(sentAt)), ("@message", messageId));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Records a Messenger or Instagram read receipt of <paramref name="thread"/> received at <paramref name="readAt"/>:
    /// its <c>watermark</c> (epoch milliseconds) opens every message sent at or before it, its <c>mid</c> the message
    /// it names and those sent before it. Returns how many messages it opened first.
    /// </summary>
    public async Task<int> RecordReadAsync(MessengerThread thread, JObject? receipt, DateTimeOffset readAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(thread);
        var watermark = long.TryParse((string?)receipt?["watermark"], NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
            ? SqlCommands.ToText(DateTimeOffset.FromUnixTimeMilliseconds(ms))
            : null;
        var mid = (string?)receipt?["mid"];
        if (watermark is null && string.IsNullOrEmpty(mid))
        {
            return 0;
        }

        // Only the first read counts (read_utc IS NULL); a message not yet sent, or sent before this version, has no sent_utc.
        var (upTo, bound) = watermark is not null
            ? ("@upto", watermark)
            : ("(SELECT MAX(m.sent_utc) FROM proactive_jobs m WHERE m.sent_message_id = @upto AND m.conversation_id = @conversation AND m.channel_id = @channel)", mid);
        await using var connection = await _database.OpenForWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SqlCommands.Create(connection, null, $"""
            UPDATE proactive_jobs SET read_utc = @read
            WHERE conversation_id = @conversation AND channel_id = @channel AND read_utc IS NULL AND sent_utc IS NOT NULL AND sent_utc <= {upTo};
            """,
            ("@read", SqlCommands.ToText(readAt)), ("@conversation", thread.ConversationId), ("@channel", thread.ChannelId), ("@upto", bound));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
