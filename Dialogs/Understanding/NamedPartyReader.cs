using Majordome.Dialogs.Recognition;

namespace Majordome.Dialogs.Understanding;

/// <summary>
/// A party given as the people's names: "for me, Geneva and Wilda" (3), "pour moi, Julie et Marc" (3), "for Jeanne
/// Collins, Amy and I" (3), "Meredith, Betty and Erika want to eat at a gastropub" (3). Read after every counted form
/// (<see cref="PartySizeReader"/>), on the words with their commas, since the commas separate the names. Words that
/// are times, meals, numbers or the brand's own words are never names ("for me, today and tomorrow" is no party).
/// Read word by word rather than by one pattern: the pattern backtracked past any sane time limit. Pure and thread-safe.
/// </summary>
internal static class NamedPartyReader
{
    private const int MaxWords = 80;

    private static readonly HashSet<string> Me = new(StringComparer.Ordinal) { "me", "i", "myself", "moi" };

    private static readonly HashSet<string> And = new(StringComparer.Ordinal) { "and", "et", "&" };

    private static readonly HashSet<string> Before = new(StringComparer.Ordinal) { "for", "pour", "with", "avec" };

    // What names who come: "Meredith, Betty and Erika want to eat".
    private static readonly HashSet<string> Coming = new(StringComparer.Ordinal)
    {
        "want", "wants", "would", "will", "are", "veulent", "voudraient", "vont", "viennent", "viendront", "aimeraient",
    };

    // Words that cannot be a person in such a list.
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "today", "tonight", "tomorrow", "now", "please", "thanks", "lunch", "dinner", "breakfast", "brunch", "tea", "coffee",
        "cake", "table", "tables", "people", "friends", "family", "time", "winter", "summer", "spring", "autumn", "fall",
        "morning", "afternoon", "evening", "night", "week", "weekend", "month", "year", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "aujourd", "hui", "demain", "soir", "midi", "matin", "merci", "svp",
        "dejeuner", "diner", "cafe", "the", "personnes", "amis", "famille", "semaine", "mois", "hiver", "ete", "printemps",
        "automne", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "one", "two", "three", "four",
        "five", "six", "seven", "eight", "nine", "ten", "deux", "trois", "quatre", "cinq", "sept", "huit", "neuf", "dix",
        "my", "mon", "ma", "mes", "our", "nos", "a", "an", "un", "une", "le", "la", "les", "this", "that", "ce", "cette",
        "in", "at", "on", "to", "of", "dans", "au", "de", "du", "des", "sur", "it", "is", "be", "we", "us", "nous",
        "you", "vous", "he", "she", "they", "il", "elle", "ils", "elles", "and", "et", "for", "pour", "with", "avec", "or", "ou",
        "me", "moi", "myself",
    };

    /// <summary>The number of people named in <paramref name="text"/>, or null.</summary>
    internal static int? Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var words = TextNormalizer.Normalize(text, ",&").Replace(",", " , ", StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(MaxWords).ToArray();
        for (var i = 0; i < words.Length; i++)
        {
            // "for me, Geneva and Wilda", "for Jeanne Collins, Amy and I": the customer is in the list.
            if (Before.Contains(words[i]) && List(words, i + 1) is { Me: true, Count: >= 2 } withMe)
            {
                return withMe.Count;
            }

            // "Meredith, Betty and Erika want": three or more names, then a verb of wanting or coming.
            if (IsName(words[i]) && List(words, i) is { Me: false, Count: >= 3 } names && names.End < words.Length && Coming.Contains(words[names.End]))
            {
                return names.Count;
            }
        }

        return null;
    }

    /// <summary>"a , b and c" from <paramref name="start"/>: how many, whether the customer is one, where it ends; null when it is no list.</summary>
    private static (int Count, bool Me, int End)? List(string[] words, int start)
    {
        var count = 0;
        var me = false;
        var i = start;
        var closed = false;
        while (true)
        {
            if (i < words.Length && Me.Contains(words[i]))
            {
                me = true;
                i++;
            }
            else if (i < words.Length && IsName(words[i]))
            {
                // A first and last name: "Jeanne Collins".
                i += i + 1 < words.Length && IsName(words[i + 1]) ? 2 : 1;
            }
            else
            {
                return null;
            }

            count++;
            if (closed)
            {
                return (count, me, i);
            }

            if (i < words.Length && words[i] == ",")
            {
                i++;
            }

            if (i < words.Length && And.Contains(words[i]))
            {
                closed = true;
                i++;
            }
            else if (i == start || words[i - 1] != ",")
            {
                return null;
            }
        }
    }

    private static bool IsName(string word) =>
        word.Length >= 2 && char.IsLetter(word[0]) && !NotNames.Contains(word) && !Coming.Contains(word) && word.All(c => char.IsLetter(c) || c is '\'' or '-');
}
