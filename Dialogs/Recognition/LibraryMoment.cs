using System.Globalization;
using Microsoft.Recognizers.Text;

namespace Majordome.Dialogs.Recognition;

/// <summary>What the date-time library calls an entity's type (the part of its type name after "datetimeV2.").</summary>
internal enum MomentKind
{
    /// <summary>"demain", "samedi".</summary>
    Date,

    /// <summary>"20h", "vers 20h30".</summary>
    Time,

    /// <summary>"demain à 20h".</summary>
    DateTime,

    /// <summary>"la semaine prochaine".</summary>
    DateRange,

    /// <summary>"ce soir", "entre 19h et 21h".</summary>
    TimeRange,

    /// <summary>"demain soir", "demain de 19h à 21h".</summary>
    DateTimeRange,
}

/// <summary>One candidate resolution as the library wrote it (strings in its invariant formats).</summary>
internal sealed record LibraryValue(string? Timex, string? Value, string? Start, string? End);

/// <summary>
/// One date-time entity the library found: where it is in the text, its kind and its candidate resolutions (several
/// when the text is ambiguous: past and future "samedi", 8:00 and 20:00 for "8h"). Durations and sets are not kept.
/// </summary>
internal sealed record LibraryMoment(int Start, int End, string Text, MomentKind Kind, IReadOnlyList<LibraryValue> Values)
{
    private static readonly string[] DateTimeFormats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd"];

    /// <summary>Reads a library result, or null for what is not a date, time or period (durations, sets).</summary>
    internal static LibraryMoment? From(ModelResult result)
    {
        var typeName = result.TypeName ?? string.Empty;
        var kindName = typeName[(typeName.LastIndexOf('.') + 1)..];
        if (!Enum.TryParse<MomentKind>(kindName, ignoreCase: true, out var kind)
            || result.Resolution?.GetValueOrDefault("values") is not IEnumerable<object> rawValues)
        {
            return null;
        }

        var values = rawValues.OfType<IReadOnlyDictionary<string, string>>()
            .Select(v => new LibraryValue(v.GetValueOrDefault("timex"), v.GetValueOrDefault("value"), v.GetValueOrDefault("start"), v.GetValueOrDefault("end")))
            .Where(v => !string.IsNullOrEmpty(v.Timex))
            .ToList();
        return values.Count == 0 ? null : new LibraryMoment(result.Start, result.End, result.Text ?? string.Empty, kind, values);
    }

    /// <summary>Parses a library date or date-time ("2026-11-29", "2026-11-29 20:00:00").</summary>
    internal static DateTime? ParseDateTime(string? text) =>
        DateTime.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value) ? value : null;

    /// <summary>Parses a library time of day ("20:00:00").</summary>
    internal static TimeSpan? ParseTime(string? text) =>
        TimeSpan.TryParseExact(text, @"hh\:mm\:ss", CultureInfo.InvariantCulture, out var value) ? value : null;
}
