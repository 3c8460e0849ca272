using System.Globalization;
using System.Text.RegularExpressions;

namespace Majordome.Dialogs.Flows;

/// <summary>
/// A bound of a date question (<c>min:</c> or <c>max:</c>): <c>today</c>, a date (<c>1990-01-01</c>), or a
/// distance from today (<c>-18y</c>, <c>+6m</c>, <c>-2w</c>, <c>30d</c>), resolved on the day the question is asked.
/// </summary>
/// <param name="Text">The bound as written.</param>
/// <param name="Fixed">The date, for a date; null for a distance from today.</param>
/// <param name="Amount">The distance from today (negative in the past).</param>
/// <param name="Unit">y, m, w or d.</param>
public sealed partial record FlowDateBound(string Text, DateOnly? Fixed, int Amount, char Unit)
{
    /// <summary>What a marketer may write, for the validator's message.</summary>
    public const string Forms = "today, a date such as 1990-01-01, or a distance from today such as -18y, +6m, -2w, 30d (years, months, weeks, days)";

    [GeneratedRegex("^(?<amount>[+-]?[0-9]{1,4})(?<unit>[ymwd])$")]
    private static partial Regex Distance();

    /// <summary>Reads <paramref name="text"/>, or null when it is none of the <see cref="Forms"/>.</summary>
    public static FlowDateBound? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed == "today")
        {
            return new FlowDateBound(trimmed, null, 0, 'd');
        }

        if (DateOnly.TryParseExact(trimmed, FlowDates.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return new FlowDateBound(trimmed, day, 0, 'd');
        }

        var match = Distance().Match(trimmed);
        return match.Success
            ? new FlowDateBound(trimmed, null, int.Parse(match.Groups["amount"].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture), match.Groups["unit"].Value[0])
            : null;
    }

    /// <summary>The day this bound means when today is <paramref name="today"/>.</summary>
    public DateOnly Resolve(DateOnly today) => Fixed ?? Unit switch
    {
        'y' => today.AddYears(Amount),
        'm' => today.AddMonths(Amount),
        'w' => today.AddDays(7 * Amount),
        _ => today.AddDays(Amount),
    };
}
