using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Bot.Channels;

/// <summary>
/// What one platform gives the shared reply loop (<see cref="ChannelReplySender"/>) for one turn's conversation: how an
/// activity becomes the platform's messages, how they are posted, and what typing and a paused conversation mean there.
/// The loop itself (delays, the order of replies, the replies journal of an inbox event) is the same for every channel.
/// </summary>
public interface IReplyChannel
{
    /// <summary>The channel's name in logs ("Messenger", "WhatsApp").</summary>
    string Name { get; }

    /// <summary>The conversation the replies go to, for logs.</summary>
    string ConversationId { get; }

    /// <summary>Shows a typing activity, as far as the platform has one.</summary>
    Task ShowTypingAsync(CancellationToken cancellationToken);

    /// <summary>Before a message goes out: false drops it (a person has the conversation).</summary>
    Task<bool> MayShowAsync(CancellationToken cancellationToken);

    /// <summary>The platform's messages for one message activity, in order.</summary>
    IReadOnlyList<JObject> Render(Activity activity);

    /// <summary>
    /// <paramref name="message"/> carrying <paramref name="token"/> back in its echo, where the platform echoes one
    /// (<see cref="Messenger.Inbox.ReplyToken"/>); only called for replies the journal gave a token.
    /// </summary>
    JObject Stamp(JObject message, string token);

    /// <summary>
    /// Posts <paramref name="messages"/> in order and returns their ids; <paramref name="accepted"/>, when given, is
    /// awaited after each message the platform accepted, with its index and id, before the next one goes out.
    /// </summary>
    Task<IReadOnlyList<string?>> PostAsync(IReadOnlyList<JObject> messages, Func<int, string?, Task>? accepted, CancellationToken cancellationToken);

    /// <summary>Whether <paramref name="exception"/>, thrown by <see cref="PostAsync"/>, means the reply is dropped (another app has the thread) rather than failed.</summary>
    bool Drops(Exception exception);

    /// <summary>
    /// Whether <paramref name="text"/> fits in one text message of the platform, for consecutive texts merged into one
    /// (<see cref="TextMerge"/>); a platform whose texts are never merged says false (the default).
    /// </summary>
    bool MergedTextFits(string text) => false;

    /// <summary>Whether consecutive plain texts of a turn are merged into one message on this platform (default: no).</summary>
    bool MergesTexts => false;
}
