using Majordome.Bot.Content.Yaml;

namespace Majordome.Bot.Content.Flows;

/// <summary>
/// Checks the flows' places across files against each surface's room: the main menu, Messenger's persistent menu
/// and its ice breakers, each beside the built-in entries (information, shop, book, and talk to someone or the
/// language switch).
/// </summary>
internal static class FlowPlacementCheck
{
    /// <summary>
    /// Flows the main menu offers beside its four built-in entries: WhatsApp shows a menu of more than three entries
    /// as a list of at most 10 rows (past that, numbered text).
    /// </summary>
    public const int MaxMenuFlows = 6;

    /// <summary>Flows Messenger's persistent menu offers beside its four built-in items (at most 20 items, MESSENGER.md §4).</summary>
    public const int MaxPersistentMenuFlows = 16;

    /// <summary>Ice breakers Messenger shows (MESSENGER.md §4); the flows' come first, the built-in questions fill the places left.</summary>
    public const int MaxIceBreakers = 4;

    public static void Check(IReadOnlyList<FlowReferences> files)
    {
        var placed = files.Where(f => f.Placement is not null && f.Id is not null)
            .Select(f => (Id: f.Id!.Value.Id, f.Placement!.Value.Placement, f.Placement!.Value.At))
            .OrderBy(p => p.Placement.Order).ThenBy(p => p.Id, StringComparer.Ordinal)
            .ToList();
        Limit([.. placed.Where(p => p.Placement.InMenu).Select(p => (p.Id, p.At))], MaxMenuFlows, "the main menu",
            $"WhatsApp shows a menu as a list of at most 10 rows, and the menu already has information, shop, book and the language");
        Limit([.. placed.Where(p => p.Placement.InPersistentMenu).Select(p => (p.Id, p.At))], MaxPersistentMenuFlows, "Messenger's persistent menu",
            "Messenger's persistent menu holds at most 20 items, and it already has information, shop, book and talk to someone");
        Limit([.. placed.Where(p => p.Placement.IceBreaker is not null).Select(p => (p.Id, p.At))], MaxIceBreakers, "the ice breakers",
            "Messenger shows at most 4 ice breakers");

        foreach (var group in placed.GroupBy(p => p.Placement.Order).Where(g => g.Count() > 1))
        {
            var ids = string.Join(", ", group.Select(p => p.Id));
            foreach (var (_, _, at) in group)
            {
                at.Warn($"the flows {ids} all have order {group.Key}: they are shown in the order of their ids. Give each its own order to choose.");
            }
        }
    }

    private static void Limit(IReadOnlyList<(string Id, YamlValue At)> flows, int max, string surface, string why)
    {
        if (flows.Count <= max)
        {
            return;
        }

        var kept = string.Join(", ", flows.Take(max).Select(f => f.Id));
        foreach (var (id, at) in flows.Skip(max))
        {
            at.Report($"{flows.Count} flows ask for a place in {surface}, {max} fit ({why}): {id} comes after {kept} by order. Remove it from show-in, or from another flow's.");
        }
    }
}
