using Majordome.Dialogs.Recognition;

namespace Majordome.Dialogs.Anticipation.Reorder;

/// <summary>
/// "La même chose", "oui, la même chose que la dernière fois", "same again": the customer asks for their last order
/// again, whether they tapped the reminder's button or typed it; not when they count what they want ("reorder 3
/// sleeves of Granit").
/// </summary>
public static class ReorderWords
{
    // Accents and punctuation are gone after tokenizing; each phrase is matched as whole words.
    private static readonly string[] Phrases =
    [
        " la meme chose ", " meme chose que la derniere fois ", " comme la derniere fois ", " la meme commande ",
        " same again ", " same as last time ", " the same thing ", " same order ", " reorder ",
    ];

    /// <summary>Longer messages are about something else that happens to contain the words.</summary>
    private const int MaxWords = 10;

    /// <summary>True when <paramref name="text"/> asks for the same as last time (a short answer, not a question).</summary>
    public static bool AskForTheSameAgain(string? text)
    {
        // "C'est la même chose que le Lungo ?" compares two coffees: a question is never the answer to the reminder.
        if (string.IsNullOrWhiteSpace(text) || text.Contains('?', StringComparison.Ordinal))
        {
            return false;
        }

        var words = TextNormalizer.Tokenize(text);
        if (words.Length > MaxWords)
        {
            return false;
        }

        // "reorder 3 sleeves of Granit", "la même chose que d'habitude : 2 granit" say what to order: counted items are a
        // new order for the shop to read, not the last one again.
        if (words.Any(w => w.Any(char.IsAsciiDigit)))
        {
            return false;
        }

        var normalized = " " + string.Join(' ', words) + " ";
        return Phrases.Any(p => normalized.Contains(p, StringComparison.Ordinal));
    }
}
