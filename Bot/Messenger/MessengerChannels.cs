namespace Majordome.Bot.Messenger;

/// <summary>The channel ids and Meta's well-known app ids Majordome's Messenger channel uses.</summary>
public static class MessengerChannels
{
    /// <summary>The channel id of Messenger activities (the Bot Framework's own name for it).</summary>
    public const string Facebook = "facebook";

    /// <summary>The channel id of Instagram activities.</summary>
    public const string Instagram = "instagram";

    /// <summary>The Page Inbox (Meta Business Suite): a human's reply echoes with this app id; hand over to it.</summary>
    public const string PageInboxAppId = "263902037430900";

    /// <summary>The Instagram Inbox app, the handover target for Instagram conversations.</summary>
    public const string InstagramInboxAppId = "1217981644879628";

    /// <summary>Whether <paramref name="channelId"/> is Messenger or Instagram.</summary>
    public static bool IsMeta(string? channelId) => channelId is Facebook or Instagram;
}
