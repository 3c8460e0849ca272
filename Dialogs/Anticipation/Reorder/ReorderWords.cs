using Majordome.Dialogs.Recognition;

namespace Majordome.Dialogs.Anticipation.Reorder;

/// <summary>
/// "La même chose", "oui, la même chose que la dernière fois", "same again": the customer asks for their last order
/// again, whether they tapped the reminder's button or typed it.
/// </summary>
public static class ReorderWords
{
    // Accents and punctuation are gone after tokenizing; each phrase is matched as whole words.
    private static readonly string[] Phrases =
    [
        " la meme chose ", " meme chose que la derniere fois ", " comme la derniere fois ", " la meme commande ",
        " same again ", " same as last time ", " the same thing ", " same order ", " reorder ",
    ];

    /// <summary>True when <paramref name="text"/> asks for the same as last time.</summary>
    public static bool AskForTheSameAgain(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var normalized = " " + string.Join(' ', TextNormalizer.Tokenize(text)) + " ";
        return Phrases.Any(p => normalized.Contains(p, StringComparison.Ordinal));
    }
}
