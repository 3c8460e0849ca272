using static Majordome.Dialogs.Recognition.GlobalCommandPhrases;

namespace Majordome.Dialogs.Recognition;

/// <summary>
/// Recognizes the commands a customer may give at any time (help, cancel, start over, back, menu, language,
/// human), in French and English, only when they are the whole message. Pure and thread-safe.
/// </summary>
public static class GlobalCommandRecognizer
{
    /// <summary>
    /// Reads <paramref name="text"/> as a global command. Case, accents and punctuation do not matter; courtesy
    /// ("s'il vous plaît", "stp", "svp", "merci", "please", "thanks") is ignored wherever it is, and so are a
    /// greeting or a lead-in at the start ("bonjour", "je veux", "je voudrais", "can I", "I want to"). What remains
    /// must be a command phrase as a whole, so an answer that merely contains a command word is not hijacked:
    /// "stop" and "je voudrais annuler" are <see cref="GlobalCommandKind.Cancel"/>, "je voudrais annuler ma
    /// commande" is not a command. A message made only of question marks is <see cref="GlobalCommandKind.Help"/>.
    /// </summary>
    /// <param name="text">The user's message.</param>
    /// <returns>The command, or null when the message is not one.</returns>
    public static GlobalCommandKind? Recognize(string? text)
    {
        var canonical = TextNormalizer.Canonicalize(text);
        if (canonical.Length > 0 && canonical.All(c => c is '?' or '¿' or '!' or ' '))
        {
            return canonical.Contains('?', StringComparison.Ordinal) || canonical.Contains('¿', StringComparison.Ordinal)
                ? GlobalCommandKind.Help
                : null;
        }

        var tokens = RemoveEverywhere(TextNormalizer.Tokenize(canonical), Politeness);
        if (Lookup(tokens) is { } command)
        {
            return command;
        }

        // Lead-ins may pile up: "bonjour, je voudrais parler à un conseiller".
        while (StripLeadIn(tokens) is { } rest)
        {
            if (Lookup(rest) is { } found)
            {
                return found;
            }

            tokens = rest;
        }

        return null;
    }

    private static GlobalCommandKind? Lookup(List<string> tokens) =>
        tokens.Count > 0 && Commands.TryGetValue(string.Join(' ', tokens), out var kind) ? kind : null;

    private static List<string>? StripLeadIn(List<string> tokens)
    {
        foreach (var leadIn in LeadIns)
        {
            if (leadIn.Length < tokens.Count && tokens.Take(leadIn.Length).SequenceEqual(leadIn))
            {
                return tokens.Skip(leadIn.Length).ToList();
            }
        }

        return null;
    }

    private static List<string> RemoveEverywhere(string[] tokens, IReadOnlyList<string[]> phrases)
    {
        var kept = new List<string>(tokens.Length);
        for (var i = 0; i < tokens.Length;)
        {
            var phrase = phrases.FirstOrDefault(p => i + p.Length <= tokens.Length && tokens.AsSpan(i, p.Length).SequenceEqual(p));
            if (phrase is null)
            {
                kept.Add(tokens[i]);
                i++;
            }
            else
            {
                i += phrase.Length;
            }
        }

        return kept;
    }
}
