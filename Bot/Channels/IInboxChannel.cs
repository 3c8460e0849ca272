using Majordome.Bot.Messenger.Inbox;

namespace Majordome.Bot.Channels;

/// <summary>
/// A channel whose webhook events go through the shared durable inbox (stored deduplicated, processed one at a time
/// per conversation in timestamp order, with bounded concurrency) but are mapped and answered by its own code. The
/// inbox hands it the rows stored with its <see cref="ChannelId"/>; Messenger and Instagram rows keep their own path.
/// </summary>
public interface IInboxChannel
{
    /// <summary>The channel id its events are stored under.</summary>
    string ChannelId { get; }

    /// <summary>Whether the channel is configured: the inbox runs when any of its channels is.</summary>
    bool Enabled { get; }

    /// <summary>Handles one stored event; an exception fails that event only (the conversation goes on).</summary>
    Task HandleAsync(InboxRow row, CancellationToken cancellationToken);
}
