using System.Globalization;
using Majordome.Dialogs.Localization;

namespace Majordome.Dialogs.Flows;

/// <summary>
/// Dates in flows: a date question's answer is kept as "yyyy-MM-dd" (or "yyyy-MM-dd HH:mm" with a time) so that it
/// survives as JSON and reaches webhooks as ISO; expressions compare it with dates written as 2008-12-06.
/// </summary>
public static class FlowDates
{
    /// <summary>How a date answer is stored.</summary>
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>How a date and time answer is stored.</summary>
    public const string DateTimeFormat = "yyyy-MM-dd HH:mm";

    /// <summary>The day <paramref name="value"/> is: a <see cref="DateOnly"/>, or a text stored as a date answer.</summary>
    public static bool TryRead(object? value, out DateOnly date)
    {
        switch (value)
        {
            case DateOnly day:
                date = day;
                return true;
            case DateTime moment:
                date = DateOnly.FromDateTime(moment);
                return true;
            case string text when text.Length >= 10:
                return DateOnly.TryParseExact(text[..10], DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
                    && (text.Length == 10 || DateTime.TryParseExact(text, DateTimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
            default:
                date = default;
                return false;
        }
    }

    /// <summary>
    /// The moment <paramref name="value"/> is: a <see cref="DateTime"/> (now), a <see cref="DateOnly"/> (its midnight), or
    /// a text stored as a date or date-time answer; <paramref name="hasTime"/> says whether it had a time.
    /// </summary>
    public static bool TryReadMoment(object? value, out DateTime moment, out bool hasTime)
    {
        hasTime = false;
        switch (value)
        {
            case DateTime time:
                moment = time;
                hasTime = true;
                return true;
            case string text when text.Length == DateTimeFormat.Length
                && DateTime.TryParseExact(text, DateTimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed):
                moment = parsed;
                hasTime = true;
                return true;
            default:
                var isDay = TryRead(value, out var day);
                moment = isDay ? day.ToDateTime(TimeOnly.MinValue) : default;
                return isDay;
        }
    }

    /// <summary>The length of a date literal (dddd-dd-dd not followed by a digit) at <paramref name="position"/>, or 0.</summary>
    public static int LiteralLength(string text, int position)
    {
        ArgumentNullException.ThrowIfNull(text);
        const string shape = "dddd-dd-dd";
        if (position + shape.Length > text.Length)
        {
            return 0;
        }

        for (var i = 0; i < shape.Length; i++)
        {
            var c = text[position + i];
            if (shape[i] == 'd' ? !char.IsAsciiDigit(c) : c != '-')
            {
                return 0;
            }
        }

        var end = position + shape.Length;
        return end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] == '.') ? 0 : shape.Length;
    }

    /// <summary>A stored answer as the customer reads it in <paramref name="language"/> ("14 mars 1990", "14 March 1990"), or null when it is not one.</summary>
    public static string? Display(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var culture = CultureInfo.GetCultureInfo(Languages.All.Contains(language) ? language : Languages.French);
        if (text.Length == DateFormat.Length && DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return Localizer.Default.GetPlain(culture.Name, "flow.date", new { date = day.ToString("d MMMM yyyy", culture) });
        }

        if (text.Length == DateTimeFormat.Length && DateTime.TryParseExact(text, DateTimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment))
        {
            return Localizer.Default.GetPlain(culture.Name, "flow.dateTime", new { date = moment.ToString("d MMMM yyyy", culture), time = moment.ToString("t", culture) });
        }

        return null;
    }
}
