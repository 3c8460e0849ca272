using Majordome.Bot.Channels;
using Majordome.Bot.Messenger.Rendering;
using Majordome.Bot.Messenger.Send;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Bot.Messenger;

/// <summary>
/// Messenger's and Instagram's half of the shared reply loop for one turn's thread: rendered by
/// <see cref="MessengerRenderer"/> (with the customer's name), sent as responses by <see cref="MessengerSender"/>, typing
/// as <c>typing_on</c>; the turn's pending typing indicator is settled before anything visible goes out, and once Graph
/// refuses a reply because another app controls the thread, that reply and the turn's later ones are dropped
/// (<paramref name="controlLost"/> remembers it for the turn).
/// Each message carries its reply token in its metadata, which Meta's echo brings back. With <paramref name="mergeTexts"/>
/// (<see cref="MessengerOptions.MergeTexts"/>), consecutive plain texts of a turn are merged into one message within the
/// platform's text limit (one Send API call instead of several).
/// </summary>
internal sealed class MessengerReplyChannel(
    MessengerThread thread,
    string? customerName,
    MessengerRenderer renderer,
    MessengerSender sender,
    ThreadControlLoss controlLost,
    Func<CancellationToken, Task> settleTyping,
    Action logDroppedWhilePaused,
    bool mergeTexts = false) : IReplyChannel
{
    /// <inheritdoc />
    public string Name => "Messenger";

    /// <inheritdoc />
    public string ConversationId => thread.ConversationId;

    /// <inheritdoc />
    public async Task ShowTypingAsync(CancellationToken cancellationToken)
    {
        if (await MayShowAsync(cancellationToken).ConfigureAwait(false))
        {
            await sender.SendActionAsync(thread, "typing_on", cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async Task<bool> MayShowAsync(CancellationToken cancellationToken)
    {
        await settleTyping(cancellationToken).ConfigureAwait(false);
        if (!controlLost.Lost)
        {
            return true;
        }

        logDroppedWhilePaused();
        return false;
    }

    /// <inheritdoc />
    public IReadOnlyList<JObject> Render(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.ChannelId = thread.ChannelId;
        return renderer.Render(activity, customerName);
    }

    /// <inheritdoc />
    public JObject Stamp(JObject message, string token)
    {
        ArgumentNullException.ThrowIfNull(message);
        var stamped = (JObject)message.DeepClone();
        stamped["metadata"] = token;
        return stamped;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<string?>> PostAsync(IReadOnlyList<JObject> messages, Func<int, string?, Task>? accepted, CancellationToken cancellationToken) =>
        sender.SendAsync(thread, messages, SendPolicy.Response, cancellationToken, accepted);

    /// <inheritdoc />
    public bool MergesTexts => mergeTexts;

    /// <inheritdoc />
    public bool MergedTextFits(string text) => MessengerLimits.For(thread.ChannelId).TextFits(text);

    /// <inheritdoc />
    public bool Drops(Exception exception)
    {
        if (exception is not MessengerSendException { Kind: GraphErrorKind.ThreadControlled })
        {
            return false;
        }

        controlLost.Lost = true;
        return true;
    }
}
