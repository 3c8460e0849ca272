namespace Majordome.Bot.Identity;

/// <summary>
/// The links that let a customer continue on another channel as the same customer, bound from the "IdentityLinks"
/// section. The secret belongs in the environment (<c>IdentityLinks__Secret</c>), never in appsettings.json.
/// </summary>
public sealed class IdentityLinkOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "IdentityLinks";

    /// <summary>
    /// The Messenger Page the "Continue on Messenger" link opens (its username or id, as in <c>m.me/&lt;page&gt;</c>).
    /// Empty (the default): the link is not offered.
    /// </summary>
    public string MessengerPage { get; set; } = string.Empty;

    /// <summary>
    /// The WhatsApp number the "Continue on WhatsApp" link opens, in international format without <c>+</c>
    /// (<c>33612345678</c>, as in <c>wa.me/&lt;number&gt;</c>). Empty (the default): the link is not offered.
    /// </summary>
    public string WhatsAppNumber { get; set; } = string.Empty;

    /// <summary>
    /// The Instagram account the "Continue on Instagram" link opens: its username, as in <c>ig.me/m/&lt;username&gt;</c>
    /// (a leading <c>@</c> is dropped). Empty (the default): the link is not offered.
    /// </summary>
    public string InstagramAccount { get; set; } = string.Empty;

    /// <summary>
    /// The HMAC-SHA256 key tokens are signed with, at least 32 characters, the same on every instance. Empty (the
    /// default): a random key for this process, so a token given before a restart is refused after it.
    /// </summary>
    public string Secret { get; set; } = string.Empty;

    /// <summary>How long a token may be redeemed after it is given: 15 minutes by default (1 to 60 minutes).</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(15);
}
