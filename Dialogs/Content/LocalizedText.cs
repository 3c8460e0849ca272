using Majordome.Dialogs.Localization;

namespace Majordome.Dialogs.Content;

/// <summary>A customer-facing text written in every language Majordome speaks.</summary>
/// <param name="Fr">The French text.</param>
/// <param name="En">The English text.</param>
public sealed record LocalizedText(string Fr, string En)
{
    /// <summary>The text in <paramref name="language"/> ("fr" or "en"); French for anything else, as the brand is French.</summary>
    public string In(string? language) => language == Languages.English ? En : Fr;
}
