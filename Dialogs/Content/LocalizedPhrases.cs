using Majordome.Dialogs.Localization;

namespace Majordome.Dialogs.Content;

/// <summary>Several phrasings per language, such as the other ways customers ask an FAQ question.</summary>
/// <param name="Fr">The French phrasings.</param>
/// <param name="En">The English phrasings.</param>
public sealed record LocalizedPhrases(IReadOnlyList<string> Fr, IReadOnlyList<string> En)
{
    /// <summary>The phrasings in <paramref name="language"/> ("fr" or "en"); French for anything else.</summary>
    public IReadOnlyList<string> In(string? language) => language == Languages.English ? En : Fr;
}
