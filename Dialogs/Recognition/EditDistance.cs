namespace Majordome.Dialogs.Recognition;

/// <summary>Levenshtein distance with an early exit, for typo tolerance on short words.</summary>
internal static class EditDistance
{
    /// <summary>True when <paramref name="a"/> becomes <paramref name="b"/> in at most <paramref name="max"/> edits.</summary>
    public static bool AtMost(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return false;
        }

        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > max)
            {
                return false;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length] <= max;
    }
}
