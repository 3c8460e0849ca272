namespace Majordome.Bot.Identity;

/// <summary>The channels a customer may be sent to with a link token, as stored with the token.</summary>
public static class LinkTarget
{
    /// <summary>Messenger: <c>m.me/&lt;page&gt;?ref=&lt;token&gt;</c>, read from the referral.</summary>
    public const string Messenger = "messenger";

    /// <summary>WhatsApp: <c>wa.me/&lt;number&gt;?text=&lt;message with the token&gt;</c>, read from the message.</summary>
    public const string WhatsApp = "whatsapp";

    /// <summary>
    /// Instagram: <c>ig.me/m/&lt;username&gt;?ref=&lt;token&gt;</c>, read from the referral of an existing thread or of an ice
    /// breaker's tap in a new one, or the token typed as a message (a new thread whose customer typed instead).
    /// </summary>
    public const string Instagram = "instagram";
}
