namespace Majordome.Dialogs.Localization;

/// <summary>The languages Majordome speaks, as two-letter codes stored in user state.</summary>
public static class Languages
{
    /// <summary>French.</summary>
    public const string French = "fr";

    /// <summary>English.</summary>
    public const string English = "en";

    /// <summary>Every supported language; every customer-facing string exists in each.</summary>
    public static IReadOnlyList<string> All { get; } = [French, English];

    /// <summary>
    /// Maps a locale such as "fr-FR", "en_US" or "FR" to a supported language, or null when it is none of them.
    /// </summary>
    public static string? FromLocale(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale) || locale.Length < 2)
        {
            return null;
        }

        var code = locale[..2].ToLowerInvariant();
        return All.Contains(code) ? code : null;
    }

    /// <summary>The locale a channel is given for a supported language ("fr" → "fr-FR", "en" → "en-US").</summary>
    public static string LocaleOf(string language) => language == English ? "en-US" : "fr-FR";
}
