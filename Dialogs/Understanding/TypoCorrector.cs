namespace Majordome.Dialogs.Understanding;

/// <summary>
/// Puts back the word a customer meant when they mistyped one the examples use ("resrever une tabel" is "reserver une
/// table"): a word the examples never use, of five letters or more, becomes the examples' word one edit away (a
/// letter added, dropped, changed, or two neighbours swapped) with the same first letter, the most frequent one when
/// several are. Character trigrams alone lose too much on short sentences with two typos. Immutable, thread-safe.
/// </summary>
internal sealed class TypoCorrector
{
    private const int MinimumLength = 5;

    private readonly Dictionary<string, int> _frequencies;
    private readonly ILookup<char, string> _byFirstLetter;

    /// <summary>Learns the vocabulary of <paramref name="preparedTexts"/> (already normalized).</summary>
    public TypoCorrector(IEnumerable<string> preparedTexts)
    {
        ArgumentNullException.ThrowIfNull(preparedTexts);
        _frequencies = preparedTexts.SelectMany(Words).CountBy(w => w).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
        _byFirstLetter = _frequencies.Keys.Where(w => w.Length >= MinimumLength - 1).ToLookup(w => w[0]);
    }

    /// <summary>The normalized <paramref name="prepared"/> text with its mistyped words put back.</summary>
    public string Correct(string prepared)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        var words = Words(prepared);
        var changed = false;
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (word.Length < MinimumLength || _frequencies.ContainsKey(word) || word.Any(char.IsDigit))
            {
                continue;
            }

            var best = _byFirstLetter[word[0]]
                .Where(known => OneEditApart(word, known))
                .OrderByDescending(known => _frequencies[known])
                .ThenBy(known => known, StringComparer.Ordinal)
                .FirstOrDefault();
            if (best is not null)
            {
                words[i] = best;
                changed = true;
            }
        }

        return changed ? string.Join(' ', words) : prepared;
    }

    private static string[] Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>True when one insertion, deletion, substitution or swap of neighbours turns <paramref name="a"/> into <paramref name="b"/>.</summary>
    internal static bool OneEditApart(string a, string b)
    {
        if (a.Length == b.Length)
        {
            var first = -1;
            var differences = 0;
            for (var i = 0; i < a.Length; i++)
            {
                if (a[i] != b[i])
                {
                    differences++;
                    first = first < 0 ? i : first;
                }
            }

            return differences == 1
                || (differences == 2 && first + 1 < a.Length && a[first] == b[first + 1] && a[first + 1] == b[first] && a[(first + 2)..] == b[(first + 2)..]);
        }

        if (Math.Abs(a.Length - b.Length) != 1)
        {
            return false;
        }

        var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
        var skip = 0;
        while (skip < shorter.Length && shorter[skip] == longer[skip])
        {
            skip++;
        }

        return shorter.AsSpan(skip).SequenceEqual(longer.AsSpan(skip + 1));
    }
}
