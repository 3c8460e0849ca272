using Majordome.Bot.DirectLine;
using Majordome.Bot.Messenger;

namespace Majordome.Bot.Adapters.Connector;

/// <summary>
/// The channel ids whose customers Majordome's own endpoints authenticate: Direct Line (<c>/v3/directline</c>, a
/// token the site issued) and Meta's platforms (the signed webhook). A customer's state, orders and bookings are
/// keyed by channel id and user id, so an activity on /api/messages claiming one of these ids would act as that
/// customer. Only the Bot Connector service may send them there (an Azure Bot resource with those channels).
/// </summary>
public static class ChannelsOwnedElsewhere
{
    private static readonly HashSet<string> Owned = new(StringComparer.OrdinalIgnoreCase)
    {
        DirectLineAdapter.ChannelId,
        MessengerChannels.Facebook,
        MessengerChannels.Instagram,
        Channels.ChannelIds.WhatsApp,
    };

    /// <summary>Whether customers of <paramref name="channelId"/> belong to another endpoint.</summary>
    public static bool Contains(string? channelId) => channelId is not null && Owned.Contains(channelId.Trim());
}
