using System.Text.RegularExpressions;
using Majordome.Dialogs.Choices;

namespace Majordome.Dialogs.Recognition;

/// <summary>
/// Finds which of the offered choices an answer selects, in this order: the exact value, title or synonym
/// (accents and case ignored); a number ("2", "n°2"); an ordinal ("le deuxième", "the last"); then the words of
/// the answer covering a choice's words, with one typo tolerated in longer words ("je voudrais réserver"
/// selects "Réserver une table"). Two equally good choices are ambiguous: null.
/// </summary>
public static partial class ChoiceRecognizer
{
    /// <summary>The share of a choice's meaningful words an answer must contain to select it.</summary>
    public const double MinimumScore = 0.5;

    private static readonly HashSet<string> StopWords =
    [
        "le", "la", "les", "un", "une", "des", "du", "de", "d", "l", "je", "j", "voudrais", "veux", "prends", "prendre", "svp", "stp", "merci", "s", "il", "vous", "plait", "pour", "moi",
        "the", "a", "an", "i", "d", "like", "want", "take", "please", "thanks", "one", "of", "to", "for", "me", "my",
    ];

    private static readonly string[] Last = ["dernier", "derniere", "last", "the last", "le dernier", "la derniere", "the last one", "le dernier choix"];

    /// <summary>The choice the answer selects, or null.</summary>
    public static FoundChoice? Recognize(string? text, IReadOnlyList<Choice> choices, string language)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0 || choices.Count == 0 || normalized.Length > 300)
        {
            return null;
        }

        return Exact(normalized, choices)
            ?? ByNumber(normalized, choices)
            ?? ByOrdinal(text!, normalized, choices, language)
            ?? Fuzzy(normalized, choices);
    }

    private static FoundChoice? Exact(string normalized, IReadOnlyList<Choice> choices)
    {
        for (var i = 0; i < choices.Count; i++)
        {
            foreach (var candidate in Candidates(choices[i]))
            {
                if (TextNormalizer.Normalize(candidate) == normalized)
                {
                    return new FoundChoice(choices[i].Value, i, 1, candidate);
                }
            }
        }

        return null;
    }

    private static FoundChoice? ByNumber(string normalized, IReadOnlyList<Choice> choices)
    {
        var match = NumberAnswer().Match(normalized);
        if (!match.Success || !int.TryParse(match.Groups[1].Value, out var number) || number < 1 || number > choices.Count)
        {
            return null;
        }

        return new FoundChoice(choices[number - 1].Value, number - 1, 1, match.Value);
    }

    private static FoundChoice? ByOrdinal(string text, string normalized, IReadOnlyList<Choice> choices, string language)
    {
        if (Last.Contains(normalized))
        {
            return new FoundChoice(choices[^1].Value, choices.Count - 1, 1, normalized);
        }

        // Ordinals are only looked for in short answers, so "the second time I ordered" is not a choice.
        if (normalized.Split(' ').Length > 4)
        {
            return null;
        }

        var ordinal = NumberRecognizer.RecognizeOrdinal(text, language);
        return ordinal is { } n && n <= choices.Count ? new FoundChoice(choices[n - 1].Value, n - 1, 1, normalized) : null;
    }

    private static FoundChoice? Fuzzy(string normalized, IReadOnlyList<Choice> choices)
    {
        var answer = normalized.Split(' ').Where(t => !StopWords.Contains(t)).ToArray();
        if (answer.Length == 0)
        {
            return null;
        }

        var scores = choices.Select((choice, index) => Candidates(choice)
            .Select(c => (Score: Coverage(answer, c), Candidate: c))
            .MaxBy(x => x.Score) is var best ? (Index: index, best.Score, best.Candidate) : default).ToList();
        var top = scores.MaxBy(s => s.Score);
        if (top.Score < MinimumScore || scores.Count(s => Math.Abs(s.Score - top.Score) < 1e-9) > 1)
        {
            return null;
        }

        return new FoundChoice(choices[top.Index].Value, top.Index, Math.Round(top.Score, 3), top.Candidate);
    }

    /// <summary>The share of the candidate's meaningful words found in the answer.</summary>
    private static double Coverage(string[] answer, string candidate)
    {
        var words = TextNormalizer.Tokens(candidate).Where(t => !StopWords.Contains(t)).ToArray();
        if (words.Length == 0)
        {
            return 0;
        }

        return (double)words.Count(w => answer.Any(a => Similar(a, w))) / words.Length;
    }

    private static bool Similar(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        var longest = Math.Max(a.Length, b.Length);
        return longest >= 5 && Math.Abs(a.Length - b.Length) <= 1 && EditDistance.AtMost(a, b, 1);
    }

    private static IEnumerable<string> Candidates(Choice choice)
    {
        yield return choice.Value;
        if (choice.Title != choice.Value)
        {
            yield return choice.Title;
        }

        foreach (var synonym in choice.Synonyms ?? [])
        {
            yield return synonym;
        }
    }

    [GeneratedRegex(@"^(?:(?:n|no|numero|number|choix|choice|option)\s?)?(\d{1,3})$")]
    private static partial Regex NumberAnswer();
}
