namespace Majordome.Bot.WebChat;

/// <summary>The bot's own chat page (<c>/</c> and <c>/chat</c>), bound from the "WebChat" section of appsettings.json.</summary>
public sealed class WebChatOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "WebChat";

    /// <summary>The official Web Chat bundle on Microsoft's CDN.</summary>
    public const string DefaultBundleUrl = "https://cdn.botframework.com/botframework-webchat/latest/webchat.js";

    /// <summary>The name in the page's header and title; empty (the default) uses Brand:Name.</summary>
    public string BrandName { get; set; } = string.Empty;

    /// <summary>Where the page loads Web Chat from (an absolute URL or a path on this host). Default: the official CDN.</summary>
    public string BundleUrl { get; set; } = DefaultBundleUrl;

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
