using Majordome.Bot.Hosting;

namespace Majordome.Bot.WebChat;

/// <summary>
/// The Content-Security-Policy of the chat page: scripts only from this bot and the pinned Web Chat bundle's
/// origin (no inline script, no eval), connections only to this bot (its Direct Line API and stream), and frames
/// only by this bot's own origin and the sites listed in <see cref="WebChatOptions.FrameAncestors"/>.
/// </summary>
public sealed class ChatPageSecurityPolicy
{
    private readonly PublicAddress _address;

    // What does not depend on the request, built once: the bundle's origin and the allowed frame ancestors.
    private readonly string _scripts;
    private readonly string _ancestors;

    /// <summary>Creates the policy.</summary>
    public ChatPageSecurityPolicy(WebChatOptions options, PublicAddress address)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(address);
        _address = address;
        _scripts = "'self'" + (OriginOf(options.BundleUrl) is { } bundle ? " " + bundle : string.Empty);
        _ancestors = string.Join(' ', new[] { "'self'" }.Concat(options.FrameAncestors.Select(a => a.TrimEnd('/'))));
    }

    /// <summary>The policy for the page served in answer to <paramref name="http"/>.</summary>
    public string For(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var bot = OriginOf(_address.BaseFor(http).ToString());
        var stream = OriginOf(_address.WebSocketBaseFor(http).ToString());
        return string.Join("; ",
            "default-src 'none'",
            $"script-src {_scripts}",

            // Web Chat and the Adaptive Cards renderer style their elements inline (CSS-in-JS): styles cannot run code.
            "style-src 'self' 'unsafe-inline'",

            // Product images may be on the brand's image host; images cannot run code either.
            "img-src 'self' data: blob: https:",
            $"connect-src 'self' {bot} {stream}",
            "font-src 'self' data:",
            "media-src 'self' blob: data:",
            $"frame-ancestors {_ancestors}",
            "base-uri 'none'",
            "form-action 'none'",
            "object-src 'none'");
    }

    private static string? OriginOf(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.IsAbsoluteUri && uri.Scheme != Uri.UriSchemeFile
            ? uri.GetLeftPart(UriPartial.Authority)
            : null;
}
