using System.Globalization;
using System.Text.RegularExpressions;

namespace Majordome.Dialogs.Recognition;

/// <summary>
/// Rewrites the ways customers write a time that the date-time library (1.8.13) misreads into ones it reads right,
/// before it runs. Measured on the booking entity set: "le 20 décembre à 11 heures" gave 20 December 2011; "samedi
/// midi" gave the day without the time; "samedi à 15 h" gave 03:00; "3h de l'après-midi" gave 03:00; "saturday
/// evening 7" gave 7 August; "saturday at 3" gave 03:00; "saturday 2 in the afternoon" gave 2 January at noon. Pure and thread-safe.
/// </summary>
internal static partial class MomentPhrases
{
    /// <summary><paramref name="text"/> with those times written as the library reads them ("11h", "12h", "7pm").</summary>
    internal static string Rewrite(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (RecognizerInput.CultureFor(language) == Microsoft.Recognizers.Text.Culture.English)
        {
            var english = MonthAbbreviation().Replace(text, m => EnglishMonths[m.Groups["month"].Value.ToLowerInvariant()]);
            english = DayAbbreviation().Replace(english, m => EnglishDays[m.Groups["day"].Value.ToLowerInvariant()]);
            english = WordHourOClock().Replace(english, m => EnglishHours.TryGetValue(Key(m.Groups["hour"].Value), out var hour) ? $"{hour}:00" : m.Value);
            english = EnglishMeal().Replace(english, m => EnglishMealTimes.TryGetValue(Key(m.Groups["meal"].Value), out var time) ? m.Groups["before"].Value + time : m.Value);
            english = DayPartThenHour().Replace(english, m => Hour(m, m.Groups["part"].Value));
            english = HourInDayPart().Replace(english, m => Hour(m, m.Groups["part"].Value));
            return AfternoonAt().Replace(english, "${at}${h}${m}pm");
        }

        // "11 heures 30" and "15 h 30" before "11 heures" and "15 h".
        var french = HoursWord().Replace(text, "${before}${h}h${m}");
        french = SpacedH().Replace(french, "${h}h${m}");
        french = AfternoonHour().Replace(french, m =>
            (int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture) is var h && h < 12 ? h + 12 : h).ToString(CultureInfo.InvariantCulture)
            + "h" + m.Groups["m"].Value);
        french = FrenchMeal().Replace(french, m => FrenchMealTimes.TryGetValue(Key(m.Groups["meal"].Value), out var time) ? $"{m.Groups["before"].Value}à {time}" : m.Value);
        return Noon().Replace(french, "12h");
    }

    // The tables' key of a matched phrase: its letters, lower case, without accents ("Petit-Déj" is "petitdej").
    internal static string Key(string phrase) =>
        string.Concat(TextNormalizer.RemoveDiacritics(phrase.ToLowerInvariant()).Where(char.IsLetter));

    // "jan.", "Feb.", "sept.": the library reads "January the third" but not "jan. the third".
    private static readonly Dictionary<string, string> EnglishMonths = new(StringComparer.Ordinal)
    {
        ["jan"] = "January", ["feb"] = "February", ["mar"] = "March", ["apr"] = "April", ["jun"] = "June", ["jul"] = "July",
        ["aug"] = "August", ["sep"] = "September", ["sept"] = "September", ["oct"] = "October", ["nov"] = "November", ["dec"] = "December",
    };

    // "sat morning", "this fri at 4", "on tues": a chat's short days.
    private static readonly Dictionary<string, string> EnglishDays = new(StringComparer.Ordinal)
    {
        ["mon"] = "Monday", ["tue"] = "Tuesday", ["tues"] = "Tuesday", ["wed"] = "Wednesday", ["thu"] = "Thursday", ["thur"] = "Thursday",
        ["thurs"] = "Thursday", ["fri"] = "Friday", ["sat"] = "Saturday", ["sun"] = "Sunday",
    };

    // "seventeen o'clock" (the library reads "five o'clock", not the 24-hour words).
    private static readonly Dictionary<string, string> EnglishHours = new(StringComparer.Ordinal)
    {
        ["thirteen"] = "13", ["fourteen"] = "14", ["fifteen"] = "15", ["sixteen"] = "16", ["seventeen"] = "17", ["eighteen"] = "18",
        ["nineteen"] = "19", ["twenty"] = "20", ["twentyone"] = "21", ["twentytwo"] = "22", ["twentythree"] = "23",
    };

    // A meal names its usual time: what a host would write down for "a table for lunch". Dinner at 7pm is after
    // closing at most boutiques, and the customer is told so rather than asked "when?" as if nothing had been said.
    private static readonly Dictionary<string, string> EnglishMealTimes = new(StringComparer.Ordinal)
    {
        ["breakfast"] = "9am", ["brunch"] = "11am", ["elevenses"] = "11am", ["lunch"] = "12pm", ["lunchtime"] = "12pm",
        ["afternoontea"] = "4pm", ["teatime"] = "4pm", ["dinner"] = "7pm", ["dinnertime"] = "7pm", ["supper"] = "7pm",
    };

    private static readonly Dictionary<string, string> FrenchMealTimes = new(StringComparer.Ordinal)
    {
        ["petitdejeuner"] = "9h", ["petitdej"] = "9h", ["brunch"] = "11h", ["dejeuner"] = "12h", ["gouter"] = "16h", ["diner"] = "19h",
    };

    [GeneratedRegex(@"\b(?<month>jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.(?=\s|,|$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MonthAbbreviation();

    // Only where a day is expected ("on sat", "this fri", "sat morning", "sun at 3"): "I sat at the bar" stays.
    [GeneratedRegex(@"(?:(?<=\b(?:on|this|next|for|by|until)\s+)(?<day>mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\b\.?|\b(?<day>mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\b\.?(?=\s+(?:morning|afternoon|evening|night|at\s+\d|\d)))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DayAbbreviation();

    [GeneratedRegex(@"\b(?<hour>thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty[\s-](?:one|two|three)|twenty)\s+o'?\s?clock\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WordHourOClock();

    // "for lunch", "at elevenses", "around dinner time"; not "lunch menu", "what's for dinner" is no booking anyway.
    [GeneratedRegex(@"(?<before>\b(?:for|at|around|by|over)\s+)(?:a\s+|an\s+|the\s+|some\s+)?(?<meal>breakfast|brunch|elevenses|lunch\s?time|lunch|afternoon\s+tea|tea\s?time|dinner\s?time|dinner|supper)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EnglishMeal();

    // "pour le déjeuner", "au goûter", "pour dîner", "à l'heure du déjeuner".
    [GeneratedRegex(@"(?<before>\b)(?:pour\s+(?:le\s+)?|au\s+|vers\s+(?:l'heure\s+du\s+)?|[àa]\s+l'heure\s+du\s+)(?<meal>petit[\s-]d[ée]j(?:euner)?|brunch|d[ée]jeuner|go[uû]ter|d[îi]ner)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FrenchMeal();

    // English "7pm" / "9am" from "evening 7" or "7 in the evening".
    private static string Hour(Match match, string dayPart)
    {
        var suffix = dayPart.Equals("morning", StringComparison.OrdinalIgnoreCase) ? "am" : "pm";
        var minutes = match.Groups["m"].Success ? ":" + match.Groups["m"].Value : string.Empty;
        return match.Groups["h"].Value + minutes + suffix;
    }

    // "à 11 heures", "vers 11 heures 30" (not "dans 2 heures", "pendant 2 heures": durations).
    [GeneratedRegex(@"(?<before>\b(?:à|a|vers|pour|avant|après|apres|de|et|jusqu'à|jusqu'a|entre)\s+)(?<h>\d{1,2})\s*heures?(?:\s*(?<m>\d{2})\b)?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HoursWord();

    // "15 h", "15 h 30", "15h 30".
    [GeneratedRegex(@"\b(?<h>\d{1,2})\s*h\s*(?<m>\d{2})\b|\b(?<h>\d{1,2})\s+h\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SpacedH();

    // "3h de l'après-midi", "8h30 du soir".
    [GeneratedRegex(@"\b(?<h>\d{1,2})h(?<m>\d{2})?\s+(?:de\s+l'?\s*apr[eè]s[\s-]?midi|du\s+soir)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AfternoonHour();

    // "samedi midi", "demain midi", "vers midi", "le 20 décembre midi"; "midi" alone stays unread (it may be the
    // Midi, the south of France), and "après-midi", "ce midi", "midi et demi" are left to the library.
    [GeneratedRegex(@"(?<=\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|vers|pour|avant|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)\s+)midi\b(?!\s*(?:et\b|moins\b|\d|-))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Noon();

    // "evening 7", "saturday afternoon 1" (not "evening 7pm", "evening 7:30pm" is "7:30pm").
    [GeneratedRegex(@"\b(?<part>morning|afternoon|evening|night)\s+(?<h>\d{1,2})(?::(?<m>\d{2}))?\b(?!\s*(?:am|pm|a\.m|p\.m|o'?clock)\b)(?!:)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DayPartThenHour();

    // "saturday at 3": nobody books a table at 3 in the morning; 1 to 7 without am or pm is the afternoon.
    [GeneratedRegex(@"(?<at>\bat\s+)(?<h>[1-7])(?<m>:[0-5]\d)?\b(?!:)(?!\s*(?:am|pm|a\.m|p\.m|o'?clock|in\s+the)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AfternoonAt();

    // "2 in the afternoon", "1:30 in the afternoon", "7 in the evening"; not "half past 11 in the morning".
    [GeneratedRegex(@"(?<!\b(?:past|to)\s+)\b(?<h>\d{1,2})(?::(?<m>\d{2}))?\s+in\s+the\s+(?<part>morning|afternoon|evening)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HourInDayPart();
}
