using System.Globalization;
using Majordome.Bot.Messenger.Inbox;
using Majordome.Dialogs.Engine;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Bot.Channels;

/// <summary>
/// Sends a turn's activities on a channel whose replies go through a platform's API (Messenger, Instagram, WhatsApp):
/// delays are waited (at most 20 s), typing is the channel's, each message is rendered and posted in order, and
/// traces and other activity types are left out. A turn answering a stored inbox event (<see cref="Track"/>) numbers
/// its messages and records each one the platform accepted (<see cref="EventReplies"/>): one an earlier run of the
/// event sent is skipped, and where the platform echoes its messages each one's intent is written first and the
/// message carries its token. Where the platform allows (<see cref="IReplyChannel.MergesTexts"/>), consecutive plain texts
/// of the turn go out as one message (<see cref="TextMerge"/>, <see cref="FlushAsync"/>). Each adapter gives its
/// platform half (<see cref="IReplyChannel"/>).
/// </summary>
public sealed partial class ChannelReplySender
{
    private const string RepliesKey = "Majordome.Channels.EventReplies";
    private const string HeldKey = "Majordome.Channels.HeldText";
    private static readonly TimeSpan LongestDelay = TimeSpan.FromSeconds(20);

    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <summary>Creates the sender; it logs to <paramref name="logger"/> (the adapter's).</summary>
    public ChannelReplySender(TimeProvider time, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _time = time;
        _logger = logger;
    }

    /// <summary>Makes the turn of <paramref name="turnContext"/> number and record its replies in <paramref name="replies"/>.</summary>
    public static void Track(ITurnContext turnContext, EventReplies replies)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(replies);
        TurnItems.Set(turnContext, RepliesKey, replies);
    }

    /// <summary>Sends <paramref name="activities"/> in order on <paramref name="channel"/>; a message's response carries the id of its last message sent.</summary>
    public async Task<ResourceResponse[]> SendAsync(ITurnContext turnContext, Activity[] activities, IReplyChannel channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activities);
        ArgumentNullException.ThrowIfNull(channel);
        var responses = new ResourceResponse[activities.Length];
        for (var i = 0; i < activities.Length; i++)
        {
            var activity = activities[i];
            responses[i] = new ResourceResponse();
            switch (activity.Type)
            {
                case ActivityTypes.Delay:
                    // A pause between two messages is meant: the text held before it goes out first.
                    await FlushAsync(turnContext, cancellationToken).ConfigureAwait(false);
                    var delay = activity.Value is IConvertible ms ? Convert.ToDouble(ms, CultureInfo.InvariantCulture) : 0;
                    await Task.Delay(TimeSpan.FromMilliseconds(Math.Clamp(delay, 0, LongestDelay.TotalMilliseconds)), _time, cancellationToken).ConfigureAwait(false);
                    break;
                case ActivityTypes.Typing:
                    await FlushAsync(turnContext, cancellationToken).ConfigureAwait(false);
                    await channel.ShowTypingAsync(cancellationToken).ConfigureAwait(false);
                    break;
                case ActivityTypes.Message when await channel.MayShowAsync(cancellationToken).ConfigureAwait(false):
                    var ids = channel.MergesTexts
                        ? await SendMergingAsync(turnContext, channel.Render(activity), channel, cancellationToken).ConfigureAwait(false)
                        : await SendMessagesAsync(turnContext, channel.Render(activity), channel, cancellationToken).ConfigureAwait(false);
                    responses[i] = new ResourceResponse(ids.LastOrDefault(id => id is not null) ?? string.Empty);
                    break;
                default:
                    // Traces are for the Emulator; other activity types have no platform equivalent.
                    break;
            }
        }

        return responses;
    }

    /// <summary>
    /// Sends the plain text the turn of <paramref name="turnContext"/> still holds for merging, if any (<see cref="TextMerge"/>).
    /// Called before the turn is recorded as answered (so a crash cannot lose a held text of a completed turn), and by
    /// the adapter once the turn is over (for what its error handler sent).
    /// </summary>
    public static async Task FlushAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (TurnItems.Get<HeldText>(turnContext, HeldKey) is not { } held)
        {
            return;
        }

        TurnItems.Set(turnContext, HeldKey, null);
        await held.Sender.SendMessagesAsync(turnContext, [held.Message], held.Channel, cancellationToken).ConfigureAwait(false);
    }

    // Consecutive plain texts become one message: the last plain text is held back (in the turn's state) until the turn
    // sends something it cannot be merged with, or ends; a text with quick replies takes the held text in front of it
    // and goes out at once. What cannot be merged goes out as before, after the held text.
    private async Task<IReadOnlyList<string?>> SendMergingAsync(ITurnContext turnContext, IReadOnlyList<JObject> messages, IReplyChannel channel, CancellationToken cancellationToken)
    {
        var pending = TurnItems.Get<HeldText>(turnContext, HeldKey)?.Message;
        TurnItems.Set(turnContext, HeldKey, null);
        var outgoing = new List<JObject>(messages.Count + 1);
        foreach (var message in messages)
        {
            if (pending is not null && TextMerge.TryMerge(pending, message, channel.MergedTextFits) is { } merged)
            {
                pending = merged;
            }
            else
            {
                if (pending is not null)
                {
                    outgoing.Add(pending);
                }

                pending = message;
            }

            if (!TextMerge.IsPlainText(pending))
            {
                outgoing.Add(pending);
                pending = null;
            }
        }

        if (pending is not null)
        {
            TurnItems.Set(turnContext, HeldKey, new HeldText(pending, channel, this));
        }

        return outgoing.Count > 0 ? await SendMessagesAsync(turnContext, outgoing, channel, cancellationToken).ConfigureAwait(false) : [];
    }

    // Each message of an inbox event's turn is numbered and recorded once the platform accepted it; one an earlier run
    // of the event sent (or was sending, and whose echo came) is skipped, the others go out in one call to the channel.
    private async Task<IReadOnlyList<string?>> SendMessagesAsync(ITurnContext turnContext, IReadOnlyList<JObject> messages, IReplyChannel channel, CancellationToken cancellationToken)
    {
        try
        {
            if (TurnItems.Get<EventReplies>(turnContext, RepliesKey) is not { } replies)
            {
                return await channel.PostAsync(messages, null, cancellationToken).ConfigureAwait(false);
            }

            var ids = new string?[messages.Count];
            var pending = await replies.PendingAsync(messages, cancellationToken).ConfigureAwait(false);
            if (pending.Count < messages.Count)
            {
                LogSkippedSent(channel.Name, channel.ConversationId, replies.Turn.InboxId, messages.Count - pending.Count);
            }

            if (pending.Count > 0)
            {
                // The intents are durable before anything goes out; each message carries its token, which its echo
                // brings back, so a reply on the wire when the process dies is recognised when the echo comes.
                await replies.IntendAsync([.. pending.Select(p => p.Reply)], cancellationToken).ConfigureAwait(false);
                var outgoing = pending.Select(p => p.Reply.Token is { } token ? channel.Stamp(messages[p.Index], token) : messages[p.Index]).ToList();
                await channel.PostAsync(outgoing, async (k, id) =>
                {
                    ids[pending[k].Index] = id;
                    await replies.RecordAsync(pending[k].Reply.Seq, pending[k].Reply.Hash, id).ConfigureAwait(false);
                }, cancellationToken).ConfigureAwait(false);
            }

            return ids;
        }
        catch (Exception exception) when (channel.Drops(exception))
        {
            LogDropped(channel.Name, channel.ConversationId);
            return [];
        }
    }

    // The plain text a turn holds back to merge with its next one, and how to send it.
    private sealed record HeldText(JObject Message, IReplyChannel Channel, ChannelReplySender Sender);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Channel} conversation {ConversationId}: {Count} reply(ies) of inbox event {InboxId} went out before (or were on their way at the crash and echoed), not sent again")]
    private partial void LogSkippedSent(string channel, string conversationId, long inboxId, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Channel} conversation {ConversationId} was handed to a person: a bot reply was not sent")]
    private partial void LogDropped(string channel, string conversationId);
}
