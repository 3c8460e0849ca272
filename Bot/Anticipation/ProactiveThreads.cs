using Majordome.Bot.Messenger;
using Majordome.Bot.WhatsApp;
using Majordome.Dialogs.Anticipation;

namespace Majordome.Bot.Anticipation;

/// <summary>The platform thread an address was taken from: the Messenger or Instagram thread, or the WhatsApp one.</summary>
public static class ProactiveThreads
{
    /// <summary>The Messenger or Instagram thread of <paramref name="to"/> (its conversation id is "{account}-{user}").</summary>
    public static MessengerThread Messenger(ProactiveAddress to)
    {
        ArgumentNullException.ThrowIfNull(to);
        var suffix = "-" + to.UserId;
        if (!to.ConversationId.EndsWith(suffix, StringComparison.Ordinal) || to.ConversationId.Length == suffix.Length)
        {
            throw new ArgumentException($"Conversation '{to.ConversationId}' is not a Messenger thread of user '{to.UserId}' (expected '{{account}}-{to.UserId}').", nameof(to));
        }

        return new MessengerThread(to.ChannelId, to.ConversationId[..^suffix.Length], to.UserId);
    }

    /// <summary>The WhatsApp thread of <paramref name="to"/> (its user id is "{phone number id}-{wa id}").</summary>
    public static WhatsAppThread WhatsApp(ProactiveAddress to)
    {
        ArgumentNullException.ThrowIfNull(to);
        var dash = to.UserId.IndexOf('-', StringComparison.Ordinal);
        if (dash <= 0 || dash == to.UserId.Length - 1)
        {
            throw new ArgumentException($"User '{to.UserId}' is not a WhatsApp customer key ('{{phone number id}}-{{wa id}}').", nameof(to));
        }

        return new WhatsAppThread(to.UserId[..dash], to.UserId[(dash + 1)..]);
    }
}
