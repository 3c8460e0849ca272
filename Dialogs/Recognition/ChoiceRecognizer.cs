using System.Text.RegularExpressions;
using Majordome.Dialogs.Choices;

namespace Majordome.Dialogs.Recognition;

/// <summary>
/// Finds which of the offered choices a user's answer selects, in French or English (our replacement for
/// Microsoft.Recognizers.Text.Choice, which the package mirror does not serve). Pure and thread-safe.
/// </summary>
public static partial class ChoiceRecognizer
{
    /// <summary>The lowest fuzzy score accepted; below it the answer names no choice.</summary>
    internal const double MinimumScore = 0.25;

    private const double TieTolerance = 1e-9;

    /// <summary>
    /// Matches an answer against <paramref name="choices"/>, trying in order:
    /// <list type="number">
    /// <item>an exact match, after normalization (case, accents, punctuation), of a choice's value, title or synonym (score 1; the first such choice wins);</item>
    /// <item>a position: an ordinal ("the second", "le deuxième", "la 2e", "2nd", "premier", "last", "dernier") or a bare
    /// 1-based number ("2", "deux", "option 2"), score 1;</item>
    /// <item>a fuzzy word match: the answer's content words found in a choice's value, title or synonyms
    /// ("je voudrais réserver" → "Réserver une table"), plurals and shared stems counting; the best score wins if it
    /// reaches a minimum (0.25) and no other choice has the same score.</item>
    /// </list>
    /// Words of both languages are understood whatever <paramref name="language"/> is.
    /// </summary>
    /// <param name="text">The user's answer; null or blank gives null.</param>
    /// <param name="choices">The choices offered, in the order shown; null entries are skipped.</param>
    /// <param name="language">The conversation's language ("fr" or "en"); accepted for symmetry with the other recognizers.</param>
    /// <returns>The selected choice with its index in <paramref name="choices"/>, or null when none or several match.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="choices"/> is null.</exception>
    public static FoundChoice? Recognize(string? text, IReadOnlyList<Choice> choices, string language)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var answer = TextNormalizer.Normalize(text);
        if (answer.Length == 0 || choices.Count == 0)
        {
            return null;
        }

        return FindExact(answer, choices)
            ?? (NegativeNumber().IsMatch(text ?? string.Empty) ? null : FindByPosition(answer, choices))
            ?? FindFuzzy(text, choices);
    }

    private static FoundChoice? FindExact(string answer, IReadOnlyList<Choice> choices)
    {
        for (var i = 0; i < choices.Count; i++)
        {
            var synonym = TextsOf(choices[i]).FirstOrDefault(t => TextNormalizer.Normalize(t) == answer);
            if (synonym is not null)
            {
                return new FoundChoice(choices[i].Value, i, 1, synonym);
            }
        }

        return null;
    }

    private static FoundChoice? FindByPosition(string answer, IReadOnlyList<Choice> choices)
    {
        var index = ChoiceOrdinals.IndexFrom(answer.Split(' '), choices.Count);
        return index is { } i && choices[i] is { } choice ? new FoundChoice(choice.Value, i, 1, answer) : null;
    }

    private static FoundChoice? FindFuzzy(string? text, IReadOnlyList<Choice> choices)
    {
        FoundChoice? best = null;
        var tied = false;
        for (var i = 0; i < choices.Count; i++)
        {
            foreach (var candidate in TextsOf(choices[i]))
            {
                var words = ChoiceTokenMatcher.ContentWords(candidate);
                var score = ChoiceTokenMatcher.Score(ChoiceTokenMatcher.ContentWords(text, words), words);
                if (score < MinimumScore || (best is not null && score < best.Score - TieTolerance))
                {
                    continue;
                }

                if (best is not null && Math.Abs(score - best.Score) <= TieTolerance)
                {
                    tied |= best.Index != i;
                    continue;
                }

                best = new FoundChoice(choices[i].Value, i, score, candidate);
                tied = false;
            }
        }

        return tied ? null : best;
    }

    // "-1" names no position (normalization would otherwise read it as "1").
    [GeneratedRegex(@"(?:^|\s)[-\u2212]\s*\d", RegexOptions.CultureInvariant)]
    private static partial Regex NegativeNumber();

    private static IEnumerable<string> TextsOf(Choice? choice)
    {
        if (choice is null)
        {
            yield break;
        }

        yield return choice.Value;
        if (choice.Title != choice.Value)
        {
            yield return choice.Title;
        }

        foreach (var synonym in choice.Synonyms ?? [])
        {
            if (!string.IsNullOrWhiteSpace(synonym))
            {
                yield return synonym;
            }
        }
    }
}
