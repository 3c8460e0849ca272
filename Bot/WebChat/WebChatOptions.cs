namespace Majordome.Bot.WebChat;

/// <summary>The bot's own chat page (<c>/</c> and <c>/chat</c>), bound from the "WebChat" section of appsettings.json.</summary>
public sealed class WebChatOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "WebChat";

    /// <summary>The official Web Chat bundle on Microsoft's CDN, pinned to a version so that its integrity is known.</summary>
    public const string DefaultBundleUrl = "https://cdn.botframework.com/botframework-webchat/4.18.1/webchat.js";

    /// <summary>
    /// The Subresource Integrity of <see cref="DefaultBundleUrl"/>: the sha384 of <c>dist/webchat.js</c> in the npm
    /// package botframework-webchat 4.18.1, the file the CDN serves (a test recomputes it from the package).
    /// </summary>
    public const string DefaultBundleIntegrity = "sha384-AHFvk4Hi30kPlGug5u1RCA9gNO18GRKqhYcFtulI9sUUUp3HBpyjyTUf2/GVUHHb";

    /// <summary>The name in the page's header and title; empty (the default) uses Brand:Name.</summary>
    public string BrandName { get; set; } = string.Empty;

    /// <summary>Where the page loads Web Chat from (an absolute URL or a path on this host). Default: the official CDN, version 4.18.1.</summary>
    public string BundleUrl { get; set; } = DefaultBundleUrl;

    /// <summary>
    /// The bundle's Subresource Integrity (<c>sha384-…</c>), so the browser runs it only if it is exactly that file.
    /// Required when <see cref="BundleUrl"/> is changed: <c>openssl dgst -sha384 -binary webchat.js | openssl base64 -A</c>.
    /// Empty with the default URL: <see cref="DefaultBundleIntegrity"/>.
    /// </summary>
    public string BundleIntegrity { get; set; } = string.Empty;

    /// <summary>
    /// The sites allowed to show the chat page in a frame (the embed script's panel), as origins such as
    /// <c>https://www.maison-tasse.fr</c>; the bot's own origin always may. Any other site is refused by the browser
    /// (Content-Security-Policy frame-ancestors). Default: none.
    /// </summary>
    public IList<string> FrameAncestors { get; } = [];

    /// <summary>
    /// The key that signs the visitor credentials the chat page keeps, so a returning visitor is the same customer
    /// (cart, bookings). Empty (the default): a random key is generated once and kept in
    /// <c>&lt;Storage:DataDirectory&gt;/webchat-visitor.key</c>. Set it (32+ characters) when several instances serve
    /// the page, and keep it secret: whoever has it can act as any web visitor.
    /// </summary>
    public string VisitorKey { get; set; } = string.Empty;

    /// <summary>How long a visitor credential stays valid without a visit (each visit renews it). Default 180 days.</summary>
    public TimeSpan VisitorLifetime { get; set; } = TimeSpan.FromDays(180);

    /// <summary>The integrity the page puts on the bundle's script element.</summary>
    public string EffectiveBundleIntegrity =>
        string.IsNullOrWhiteSpace(BundleIntegrity) && BundleUrl == DefaultBundleUrl ? DefaultBundleIntegrity : BundleIntegrity.Trim();

    /// <summary>The brand colour: header, send button, the visitor's bubbles and card buttons. A CSS hex colour.</summary>
    public string AccentColor { get; set; } = "#6b3e26";

    /// <summary>The background of the bot's bubbles. A CSS hex colour.</summary>
    public string BotBubbleColor { get; set; } = "#f3ece6";

    /// <summary>The text colour of the bot's bubbles. A CSS hex colour.</summary>
    public string BotBubbleTextColor { get; set; } = "#2b1d14";

    /// <summary>The text colour of the visitor's bubbles (their background is the accent colour). A CSS hex colour.</summary>
    public string UserBubbleTextColor { get; set; } = "#ffffff";

    /// <summary>The bot's avatar image URL; empty (the default) shows <see cref="BotAvatarInitials"/> instead.</summary>
    public string BotAvatarImage { get; set; } = string.Empty;

    /// <summary>The initials in the bot's avatar when there is no image; empty: the brand name's initials.</summary>
    public string BotAvatarInitials { get; set; } = string.Empty;

    /// <summary>Chat-page tokens one IP address may get per minute; more answer 429. Default 10.</summary>
    public int TokensPerIpPerMinute { get; set; } = 10;
}
