using Majordome.Dialogs.Content;

namespace Majordome.Dialogs.Flows;

/// <summary>
/// Where a flow is offered besides its triggers (<c>menu:</c> in its file). Entries are sorted by
/// <paramref name="Order"/> among the built-in ones (information 1, shop 2, book 3; a flow of the same order comes
/// after the built-in); "talk to someone" and the language switch stay last.
/// </summary>
/// <param name="Order">The place among the entries.</param>
/// <param name="Title">The entry's title per language (the flow's title when the file gives none).</param>
/// <param name="InMenu">Whether the bot's main menu offers it.</param>
/// <param name="InPersistentMenu">Whether Messenger's persistent menu offers it.</param>
/// <param name="IceBreaker">The question shown as a Messenger ice breaker, or null for none.</param>
public sealed record FlowPlacement(int Order, LocalizedText Title, bool InMenu, bool InPersistentMenu, LocalizedText? IceBreaker)
{
    /// <summary>The orders of the built-in entries, by menu choice.</summary>
    public static IReadOnlyDictionary<string, int> BuiltInOrders { get; } = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["information"] = 1,
        ["shop"] = 2,
        ["book"] = 3,
    };

    /// <summary>
    /// The built-in entries (<paramref name="builtIn"/>, in their order) and the flows placed with them, merged by
    /// order: a flow goes after every built-in entry whose order is not greater than its own, flows by order then id.
    /// </summary>
    public static IReadOnlyList<T> Merge<T>(IReadOnlyList<(int Order, T Item)> builtIn, IEnumerable<(FlowPlacement Placement, string Id, T Item)> flows)
    {
        ArgumentNullException.ThrowIfNull(builtIn);
        ArgumentNullException.ThrowIfNull(flows);
        return [.. builtIn.Select(b => (b.Order, Rank: 0, Id: string.Empty, b.Item))
            .Concat(flows.Select(f => (f.Placement.Order, Rank: 1, f.Id, f.Item)))
            .OrderBy(e => e.Order).ThenBy(e => e.Rank).ThenBy(e => e.Id, StringComparer.Ordinal)
            .Select(e => e.Item)];
    }
}
