namespace Majordome.Bot.Hosting;

/// <summary>
/// The address visitors and platforms reach the bot at, bound from the "Public" section of appsettings.json. It
/// builds the URLs the bot hands out (Direct Line stream URLs, the catalogue's demo images for Messenger), so
/// they never come from a request's Host header.
/// </summary>
public sealed class PublicUrlOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Public";

    /// <summary>
    /// The bot's public base URL, such as <c>https://chat.maison-tasse.fr/</c> (with the path prefix a proxy adds, if
    /// any). Empty (the default): URLs are built from the address the connection arrived on, which is right when
    /// visitors reach the bot directly (on localhost in development) and wrong behind a proxy: set it there.
    /// Messenger needs it to be https to show the catalogue's own images.
    /// </summary>
    public string BaseUrl { get; set; } = string.Empty;

    /// <summary>The base URL as a URI ending with a slash, or null when none is configured.</summary>
    public Uri? BaseUri => Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri)
        ? new Uri(uri.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/")
        : null;
}
