using System.Globalization;
using System.Text.RegularExpressions;

namespace Majordome.Dialogs.Recognition;

/// <summary>
/// Rewrites, before the date-time library (1.8.13) runs, the named days and moments it misses into words it reads:
/// feasts and holidays it does not know ("l'Épiphanie", "la Chandeleur", "Pâques", "la Pentecôte", "le jour de l'an",
/// "Boxing Day", "Easter Monday", "Lincoln's birthday") become their next date, written out with its year; the sun's
/// moments ("au coucher du soleil", "at sunrise") become the part of the day they fall in, since a tasting needs a
/// slot and not an astronomical instant; and "as soon as possible" in its many forms ("tout de suite", "au plus
/// vite", "asap", "right away") becomes "now", which the booking answers with its first free times. All were found
/// by the outside evaluation or by customers' wording: each was answered "When would you like to come?" as if
/// nothing had been said. Pure and thread-safe.
/// </summary>
internal static partial class NamedDayPhrases
{
    /// <summary><paramref name="text"/> with those phrases written as the library reads them.</summary>
    /// <param name="text">The prepared message.</param>
    /// <param name="language">"fr" or "en" (or a locale).</param>
    /// <param name="today">The customer's today: a feast is its next occurrence from it (today included).</param>
    internal static string Rewrite(string text, string language, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (RecognizerInput.CultureFor(language) == Microsoft.Recognizers.Text.Culture.English)
        {
            var english = EnglishFeast().Replace(text, m => " " + EnglishDate(Next(EnglishFeasts, m.Groups["name"].Value, today)) + " ");
            english = EnglishSunrise().Replace(english, " in the morning ");
            english = EnglishSunset().Replace(english, " in the evening ");
            return EnglishSoonest().Replace(english, " now ");
        }

        var french = FrenchFeast().Replace(text, m => " le " + FrenchDate(Next(FrenchFeasts, m.Groups["name"].Value, today)) + " ");
        // "demain soir" and "samedi matin" are read, "demain le soir" is not; "le soir" alone is.
        french = FrenchSunrise().Replace(french, m => AfterDay(french, m.Index) ? " matin " : " le matin ");
        french = FrenchSunset().Replace(french, m => AfterDay(french, m.Index) ? " soir " : " le soir ");
        // Formatted only when the phrase is there: this runs on every date answer.
        french = ThisNoon().Replace(french, _ => " le " + FrenchDate(today) + " à 12h ");
        return FrenchSoonest().Replace(french, " maintenant ");
    }

    /// <summary>Easter Sunday of <paramref name="year"/> in the Gregorian calendar.</summary>
    /// <remarks>
    /// The anonymous Gregorian computus (Meeus/Jones/Butcher). Hand-written because no package served here resolves
    /// feast names to dates; the holiday packages list public holidays per country, not the movable feasts customers
    /// name ("mardi gras", "la Pentecôte").
    /// </remarks>
    internal static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    // A feast's date in a year: a fixed day, or days from Easter Sunday.
    private sealed record Feast(int Month, int Day, int? FromEaster = null)
    {
        public DateOnly In(int year) => FromEaster is { } days ? EasterSunday(year).AddDays(days) : new DateOnly(year, Month, Day);
    }

    private static Feast Fixed(int month, int day) => new(month, day);

    private static Feast Easter(int days) => new(0, 0, days);

    // Keys: the matched name's letters, lower case, without accents (MomentPhrases.Key).
    // Looked up once: GetCultureInfo takes a process-wide lock on every call.
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    private static readonly Dictionary<string, Feast> FrenchFeasts = new(StringComparer.Ordinal)
    {
        ["jourdelan"] = Fixed(1, 1), ["premierdelan"] = Fixed(1, 1), ["epiphanie"] = Fixed(1, 6), ["fetedesrois"] = Fixed(1, 6),
        ["jourdesrois"] = Fixed(1, 6), ["chandeleur"] = Fixed(2, 2), ["toussaint"] = Fixed(11, 1), ["saintnicolas"] = Fixed(12, 6),
        ["stnicolas"] = Fixed(12, 6), ["mardigras"] = Easter(-47), ["vendredisaint"] = Easter(-2), ["paques"] = Easter(0),
        ["dimanchedepaques"] = Easter(0), ["lundidepaques"] = Easter(1), ["ascension"] = Easter(39), ["jeudidelascension"] = Easter(39),
        ["pentecote"] = Easter(49), ["dimanchedepentecote"] = Easter(49), ["lundidepentecote"] = Easter(50),
    };

    private static readonly Dictionary<string, Feast> EnglishFeasts = new(StringComparer.Ordinal)
    {
        ["boxingday"] = Fixed(12, 26), ["ststephensday"] = Fixed(12, 26), ["saintstephensday"] = Fixed(12, 26),
        ["lincolnsbirthday"] = Fixed(2, 12), ["lincolnsday"] = Fixed(2, 12), ["jeffersonsbirthday"] = Fixed(4, 13),
        ["thomasjeffersonsbirthday"] = Fixed(4, 13), ["epiphany"] = Fixed(1, 6), ["twelfthday"] = Fixed(1, 6),
        ["candlemas"] = Fixed(2, 2), ["allsaintsday"] = Fixed(11, 1), ["stnicholasday"] = Fixed(12, 6),
        ["saintnicholasday"] = Fixed(12, 6), ["shrovetuesday"] = Easter(-47), ["pancakeday"] = Easter(-47), ["mardigras"] = Easter(-47),
        ["goodfriday"] = Easter(-2), ["eastersunday"] = Easter(0), ["eastermonday"] = Easter(1), ["ascensionday"] = Easter(39),
        ["pentecost"] = Easter(49), ["whitsunday"] = Easter(49), ["whitmonday"] = Easter(50),
    };

    private static DateOnly Next(Dictionary<string, Feast> feasts, string name, DateOnly today)
    {
        var feast = feasts[MomentPhrases.Key(name)];
        var date = feast.In(today.Year);
        return date >= today ? date : feast.In(today.Year + 1);
    }

    private static bool AfterDay(string text, int index) => DayBefore().IsMatch(text[..index]);

    private static string FrenchDate(DateOnly date) => date.ToString("d MMMM yyyy", French);

    private static string EnglishDate(DateOnly date) =>
        date.ToString("MMMM d yyyy", CultureInfo.InvariantCulture);

    // "à l'Épiphanie", "pour la Chandeleur", "le lundi de Pâques", "à Pâques", "le jour de l'an": the article goes
    // with the name, so "à la Chandeleur à 15h" becomes "à le 2 février 2027 à 15h", which the library reads whole.
    [GeneratedRegex(@"(?:\b(?:le|la|les)\s+|\bl['’]\s*)?\b(?<name>jour\s+de\s+l['’]\s*an|premier\s+de\s+l['’]\s*an|[ée]piphanie|f[êe]te\s+des\s+rois|jour\s+des\s+rois|chandeleur|toussaint|s(?:ain)?t[\s-]+nicolas|mardi[\s-]+gras|vendredi\s+saint|dimanche\s+de\s+p[âa]ques|lundi\s+de\s+p[âa]ques|p[âa]ques|jeudi\s+de\s+l['’]\s*ascension|ascension|dimanche\s+de\s+(?:la\s+)?pentec[ôo]te|lundi\s+de\s+(?:la\s+)?pentec[ôo]te|pentec[ôo]te)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FrenchFeast();

    // "Easter Monday" before "Easter" (which the library reads itself), "St. Stephen's Day", "lincoln's birthday".
    [GeneratedRegex(@"(?:\bthe\s+)?\b(?<name>boxing\s+day|s(?:ain)?t\.?\s+stephen['’]?s\s+day|lincoln['’]?s\s+(?:birthday|day)|(?:thomas\s+)?jefferson['’]?s\s+birthday|epiphany|twelfth\s+day|candlemas|all\s+saints['’]?\s+day|s(?:ain)?t\.?\s+nicholas['’]?\s+day|shrove\s+tuesday|pancake\s+day|mardi\s+gras|good\s+friday|easter\s+sunday|easter\s+monday|ascension\s+day|pentecost|whit\s+sunday|whitsunday|whit\s+monday)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EnglishFeast();

    [GeneratedRegex(@"(?:\b(?:at|by|around|before|after)\s+)?\b(?:sunrise|dawn|daybreak|first\s+light)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EnglishSunrise();

    [GeneratedRegex(@"(?:\b(?:at|by|around|before|after)\s+)?\b(?:sunset|sundown|dusk|nightfall)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EnglishSunset();

    [GeneratedRegex(@"(?:\b(?:au|à|a|vers|avant|après|apres|dès|des)\s+(?:l['’]\s*)?)?\b(?:lever\s+du\s+(?:soleil|jour)|aube|aurore|petit\s+matin)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FrenchSunrise();

    [GeneratedRegex(@"(?:\b(?:au|à|a|vers|avant|après|apres|dès|des)\s+(?:la\s+)?)?\b(?:coucher\s+du\s+soleil|tomb[ée]e\s+de\s+la\s+nuit|cr[ée]puscule)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FrenchSunset();

    [GeneratedRegex(@"\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|prochain|prochaine|\d{1,2}\s+(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre))\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DayBefore();

    // Not "that's all for now" (a goodbye), nor "Saturday at the earliest" (a lower bound, left alone).
    [GeneratedRegex(@"\b(?:asap|rn|a\.s\.a\.p\.?|as\s+soon\s+as\s+(?:possible|you\s+can|you\s+could|we\s+can)|as\s+early\s+as\s+possible|the\s+soonest\s+possible|right\s+away|straight\s+away|(?<!\b(?:all|it|that)\s+)for\s+now)(?=\W|$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EnglishSoonest();

    // "dispo ce midi ?": today at noon; the library reads nothing in "ce midi".
    [GeneratedRegex(@"\bce\s+midi\b(?!\s*(?:et|moins|\d))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ThisNoon();

    // Not "trois jours de suite" (in a row), nor "samedi au plus tôt" (a lower bound, left alone).
    [GeneratedRegex(@"\b(?:tout\s+de\s+suite|au\s+plus\s+vite|d[èe]s\s+que\s+possible|le\s+plus\s+t[ôo]t\s+possible|le\s+plus\s+vite\s+possible|imm[ée]diatement|(?<!\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|semaine|mois|prochain|prochaine)\s+)au\s+plus\s+t[ôo]t(?:\s+possible)?)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FrenchSoonest();
}
