using Majordome.Bot.Anticipation.Policy;
using Majordome.Dialogs.Anticipation;

namespace Majordome.Bot.Anticipation.Delivery;

/// <summary>Sends an allowed message on one platform, by the route the channel policy chose, through that platform's sender.</summary>
public interface IProactiveDelivery
{
    /// <summary>Whether this delivery sends on <paramref name="channelId"/>.</summary>
    bool Handles(string channelId);

    /// <summary>
    /// Sends <paramref name="message"/> for <paramref name="job"/> by <paramref name="route"/>; returns the platform's
    /// id of the last message sent (what a read receipt names), or null when the platform gave none.
    /// </summary>
    Task<string?> SendAsync(ProactiveJob job, ProactiveMessage message, ProactiveRoute route, CancellationToken cancellationToken = default);
}
