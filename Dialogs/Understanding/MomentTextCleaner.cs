using System.Text.RegularExpressions;
using Majordome.Dialogs.Recognition;

namespace Majordome.Dialogs.Understanding;

/// <summary>
/// Removes from a message the numbers that the date-time library would read as a time or a date but that are not
/// one: a party said with "à" or "pour" ("on vient à 2", "une table à 3", "ce soir pour 2", read as 02:00, 03:00 and 14:00), a price ("à 20 euros", read
/// as 20:00), a length ("une heure de dégustation", read as 01:00) and a street number ("12 rue Halévy", read as the 12th). Pure and thread-safe.
/// </summary>
internal static partial class MomentTextCleaner
{
    /// <summary><paramref name="text"/> without those numbers, for the date-time recognizer only.</summary>
    internal static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cleaned = Meridiem().Replace(text, m => char.ToLowerInvariant(m.Groups["l"].Value[0]) + "m");
        cleaned = ByClockTime().Replace(cleaned, "at");
        cleaned = FromNow().Replace(cleaned, InSoMany);
        cleaned = PeopleCount().Replace(cleaned, " ");
        cleaned = PartyWithA().Replace(cleaned, "${before}");
        cleaned = Price().Replace(cleaned, " ");
        cleaned = HourLong().Replace(cleaned, " ");
        return Street().Replace(cleaned, " ");
    }

    // "5 A.m.", "7 P.M.", "5 a. m.": the plain "am"/"pm" that the library reads, and that tells a time from a party
    // below ("table for 5 A.m." was read as 5 people and no time).
    [GeneratedRegex(@"(?<=\d\s?)(?<l>[ap])\.\s?m\.?(?!\w)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Meridiem();

    // "by five pm", "by 7:30", "by noon": a table wanted by a time is wanted at that time (the library read nothing,
    // the day said with it included).
    [GeneratedRegex(
        @"\bby(?=\s+(?:(?:\d{1,2}(?:[:.]\d{2})?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*(?:am|pm|o'?clock)\b|\d{1,2}[:.]\d{2}\b|noon\b|midnight\b))",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ByClockTime();

    // "333 days from now", "thirty three days from now", "two weeks from now": the library reads "in 333 days" only.
    [GeneratedRegex(
        @"\b(?<n>\d{1,4}|(?:(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|and)[\s-]+)*(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred))\s+(?<unit>days?|weeks?|months?)\s+from\s+(?:now|today)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FromNow();

    private static string InSoMany(Match match)
    {
        var words = match.Groups["n"].Value;
        var count = words is "a" or "an" ? 1 : NumberRecognizer.Recognize(words, "en");
        if (count is not { } n || n < 1 || n != decimal.Truncate(n))
        {
            return match.Value;
        }

        var unit = match.Groups["unit"].Value.TrimEnd('s', 'S');
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"in {n} {unit}{(n == 1 ? string.Empty : "s")}");
    }

    // "à 9 personnes", "for 4 people", "2 adultes": a number of people is never a time ("venir à 9 personnes samedi à
    // 15h" was read as 21:00 and lost the Saturday at 15:00).
    [GeneratedRegex(
        @"\b(?:[aà]\s+)?(?:\d{1,3}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|two|three|four|five|seven|eight|nine|ten|eleven|twelve)\s+(?:personnes?|pers\b\.?|people|persons?|ppl|couverts?|convives?|adultes?|adults?|enfants?|kids?|children|guests?|invit[ée]e?s?)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PeopleCount();

    // "on vient à 2", "nous serons à 4", "une table à 3", and "pour 2" ("ce soir pour 2" was read as 14:00); not "à 2h",
    // "pour 2 heures", "à 2:30", "à 2pm".
    [GeneratedRegex(
        @"(?<before>\b(?:pour|pr|for|table|vien[st]?|venons|viendr(?:a|ai|ons|ait|ions)|ser(?:a|ai|ais|ait|ons|ions)|est|sommes|[eê]tre|arriv(?:e|ons|era|erons))\s+)(?:[aà]\s+)?(?:\d{1,2}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)(?![\w:])(?!\s*(?:h\b|heures?\b|pm\b|am\b|et\s+demie?\b))",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PartyWithA();

    // "une heure de dégustation" is how long, not one o'clock ("à une heure" stays a time).
    [GeneratedRegex(@"(?<!\b(?:à|a|vers|pour)\s+)\bune\s+heure\s+(?=de\b|d')", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HourLong();

    // "20 euros", "20€", "€20", "20 eur".
    [GeneratedRegex(@"(?:\b\d+(?:[.,]\d+)?\s*(?:€|euros?\b|eur\b)|€\s*\d+(?:[.,]\d+)?)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Price();

    // "12 rue Halévy", "5 avenue Foch", "221 Baker Street" (the number only matters).
    [GeneratedRegex(@"\b\d{1,4}\s*(?:bis|ter)?\s+(?=(?:rue|avenue|av|bd|boulevard|place|quai|all[ée]e|impasse|chemin|route|cours)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Street();
}
