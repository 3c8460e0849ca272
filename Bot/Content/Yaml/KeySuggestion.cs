namespace Majordome.Bot.Content.Yaml;

/// <summary>Finds the known name a typo was meant to be, so messages can say "did you mean ...?".</summary>
internal static class KeySuggestion
{
    /// <summary>The closest of <paramref name="known"/> to <paramref name="typed"/> ignoring case, or null when none is close.</summary>
    public static string? Closest(string typed, IEnumerable<string> known)
    {
        var lower = typed.ToLowerInvariant();
        return known
            .Select(k => (Name: k, Distance: Distance(lower, k.ToLowerInvariant())))
            .Where(c => c.Distance <= Math.Max(1, c.Name.Length / 3))
            .OrderBy(c => c.Distance)
            .Select(c => c.Name)
            .FirstOrDefault();
    }

    /// <summary>Levenshtein distance; names are short, so the plain algorithm is enough.</summary>
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
