using System.Text.RegularExpressions;

namespace Majordome.Dialogs.Recognition;

/// <summary>
/// Finds an email address in an answer ("c'est jean.dupont@exemple.fr merci") and returns it with its domain in
/// lower case (the part before @ is kept as typed: some servers honour its case).
/// </summary>
public static partial class EmailRecognizer
{
    /// <summary>The first plausible address in the text, or null.</summary>
    public static string? Recognize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 1000)
        {
            return null;
        }

        foreach (Match match in Candidate().Matches(text))
        {
            var local = match.Groups["local"].Value;
            var domain = match.Groups["domain"].Value.TrimEnd('.');
            if (local.StartsWith('.') || local.EndsWith('.') || local.Contains("..", StringComparison.Ordinal)
                || domain.Contains("..", StringComparison.Ordinal) || local.Length > 64 || domain.Length > 253)
            {
                continue;
            }

            var labels = domain.Split('.');
            if (labels.Length < 2 || labels.Any(l => l.Length == 0 || l.StartsWith('-') || l.EndsWith('-'))
                || !labels[^1].All(char.IsAsciiLetter) || labels[^1].Length < 2)
            {
                continue;
            }

            return $"{local}@{domain.ToLowerInvariant()}";
        }

        return null;
    }

    [GeneratedRegex(@"(?<![\w.+%-])(?<local>[A-Za-z0-9._%+-]+)@(?<domain>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)\.?(?![\w@-])")]
    private static partial Regex Candidate();
}
