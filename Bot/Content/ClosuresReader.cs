using Majordome.Bot.Content.Yaml;
using Majordome.Dialogs.Content;

namespace Majordome.Bot.Content;

/// <summary>Reads a boutique's exceptional closures: a date and a reason told to customers.</summary>
internal static class ClosuresReader
{
    /// <summary>The closures (none when the field is absent), or null when a problem was reported.</summary>
    public static IReadOnlyList<BoutiqueClosure>? Read(YamlValue? value)
    {
        if (value is null)
        {
            return [];
        }

        var items = value.AsList();
        if (items is null)
        {
            return null;
        }

        var closures = new List<BoutiqueClosure>();
        var seen = new HashSet<DateOnly>();
        var failed = false;
        foreach (var item in items)
        {
            var closure = ReadOne(item);
            if (closure is not null && !seen.Add(closure.Date))
            {
                item.Report($"the closure on {closure.Date:yyyy-MM-dd} is listed twice: keep one.");
                closure = null;
            }

            failed |= closure is null;
            if (closure is not null)
            {
                closures.Add(closure);
            }
        }

        return failed ? null : closures;
    }

    private static BoutiqueClosure? ReadOne(YamlValue item)
    {
        var map = item.AsMapping();
        if (map is null)
        {
            return null;
        }

        map.AllowOnly(["date", "reason"]);
        var date = map.Required("date")?.AsDate();
        var reason = map.Required("reason")?.AsLocalized();
        return date is null || reason is null ? null : new BoutiqueClosure(date.Value, reason);
    }
}
