namespace Majordome.Dialogs.Recognition;

/// <summary>Finds the longest known phrase at a position of a tokenized message (the yes/no and small-talk lexicons).</summary>
internal static class PhraseTable
{
    /// <summary>
    /// The value of the longest phrase of <paramref name="phrases"/> (tokens joined by spaces, at most
    /// <paramref name="maxLength"/> words) that starts at <paramref name="start"/> and that <paramref name="accept"/>
    /// takes, with its length in words; (null, 0) when none does.
    /// </summary>
    internal static (TValue? Value, int Length) LongestAt<TValue>(string[] tokens, int start, IReadOnlyDictionary<string, TValue> phrases, int maxLength, Func<string, bool>? accept = null)
        where TValue : struct
    {
        for (var length = Math.Min(maxLength, tokens.Length - start); length > 0; length--)
        {
            var candidate = string.Join(' ', tokens, start, length);
            if (phrases.TryGetValue(candidate, out var value) && (accept is null || accept(candidate)))
            {
                return (value, length);
            }
        }

        return (null, 0);
    }
}
