using System.Globalization;

namespace Majordome.Dialogs.Flows;

/// <summary>A duration written in an expression (18y, 6m, 2w, 30d, 2h), added to or taken from a date or a time.</summary>
/// <param name="Amount">How many units.</param>
/// <param name="Unit">y (years), m (months: written mo in a schedule step's after:, where a bare m is refused), w (weeks), d (days) or h (hours).</param>
public sealed record FlowDuration(int Amount, char Unit)
{
    /// <summary>The units a duration may have.</summary>
    public const string Units = "ymwdh";

    /// <summary><paramref name="day"/> moved by this duration (times <paramref name="sign"/>); hours move a day by whole days only.</summary>
    public DateOnly AddTo(DateOnly day, int sign = 1) => Unit switch
    {
        'y' => day.AddYears(sign * Amount),
        'm' => day.AddMonths(sign * Amount),
        'w' => day.AddDays(sign * 7 * Amount),
        'h' => day.AddDays(sign * (Amount / 24)),
        _ => day.AddDays(sign * Amount),
    };

    /// <summary><paramref name="moment"/> moved by this duration (times <paramref name="sign"/>).</summary>
    public DateTime AddTo(DateTime moment, int sign = 1) => Unit switch
    {
        'y' => moment.AddYears(sign * Amount),
        'm' => moment.AddMonths(sign * Amount),
        'w' => moment.AddDays(sign * 7 * Amount),
        'h' => moment.AddHours(sign * Amount),
        _ => moment.AddDays(sign * Amount),
    };

    /// <inheritdoc />
    public override string ToString() => Amount.ToString(CultureInfo.InvariantCulture) + Unit;
}
