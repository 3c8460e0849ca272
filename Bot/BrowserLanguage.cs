using Majordome.Dialogs.Localization;

namespace Majordome.Bot;

/// <summary>The language a browser prefers among those the assistant speaks, for the Web Chat page and the team console.</summary>
internal static class BrowserLanguage
{
    /// <summary>The supported language of <paramref name="request"/>'s Accept-Language with the highest weight, or null when it names none.</summary>
    public static string? Preferred(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => Languages.FromLocale(l.Value.ToString()))
            .FirstOrDefault(l => l is not null);
    }
}
