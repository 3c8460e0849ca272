namespace Majordome.Dialogs.Recognition;

/// <summary>
/// Yes or no, in French or English whatever the conversation's language ("oui", "ouais", "d'accord",
/// "carrément", "yes", "sure", "non", "pas du tout", "nope"...). A negated phrase ("pas d'accord") is a no;
/// an answer with both ("oui non") or neither ("peut-être") is not understood.
/// </summary>
public static class ConfirmRecognizer
{
    private static readonly string[] NoPhrases =
    [
        "pas d accord", "pas du tout", "surtout pas", "absolument pas", "certainement pas", "pas vraiment", "non merci", "not really", "no thanks",
        "no thank you", "not at all", "of course not", "no way", "pas question", "non", "nan", "nope", "nah", "no", "n", "jamais", "never",
    ];

    private static readonly string[] YesPhrases =
    [
        "d accord", "bien sur", "c est ca", "c est bon", "ca marche", "of course", "that s right", "sounds good", "go ahead", "oui", "ouais", "ouai",
        "ok", "okay", "okey", "oki", "dac", "dacc", "volontiers", "carrement", "exactement", "parfait", "absolument", "certainement", "yes", "yep",
        "yeah", "yup", "sure", "correct", "absolutely", "definitely", "y", "confirm", "confirme", "confirmer", "valider", "valide",
    ];

    /// <summary>True for yes, false for no, null when the answer is neither or both.</summary>
    public static bool? Recognize(string? text, string language)
    {
        if (text is not null)
        {
            if (text.Contains("👍", StringComparison.Ordinal) && !text.Contains("👎", StringComparison.Ordinal))
            {
                return true;
            }

            if (text.Contains("👎", StringComparison.Ordinal) && !text.Contains("👍", StringComparison.Ordinal))
            {
                return false;
            }
        }

        // Stretched words ("ouiii", "nooon") are common in chat: squeeze repeated letters first.
        var normalized = Squeeze(TextNormalizer.Normalize(text));
        if (normalized.Length == 0 || normalized.Split(' ').Length > 8)
        {
            return null;
        }

        var rest = $" {normalized} ";
        var no = false;
        foreach (var phrase in NoPhrases)
        {
            if (rest.Contains($" {phrase} ", StringComparison.Ordinal))
            {
                no = true;
                rest = rest.Replace($" {phrase} ", " ", StringComparison.Ordinal);
            }
        }

        var yes = YesPhrases.Any(p => rest.Contains($" {p} ", StringComparison.Ordinal));
        return yes == no ? null : yes;
    }

    private static string Squeeze(string text)
    {
        var chars = new List<char>(text.Length);
        foreach (var c in text)
        {
            if (chars.Count >= 2 && chars[^1] == c && chars[^2] == c)
            {
                continue;
            }

            chars.Add(c);
        }

        // "ouii" -> "oui", "nonn" -> "non", "yess" -> "yes": a doubled last letter is dropped when that makes a known word.
        var squeezed = new string([.. chars]);
        return string.Join(' ', squeezed.Split(' ').Select(w =>
            w.Length > 2 && w[^1] == w[^2] && (YesPhrases.Contains(w[..^1]) || NoPhrases.Contains(w[..^1])) ? w[..^1] : w));
    }
}
