namespace Majordome.Bot.Hosting;

/// <summary>What one reload of the flow files changed.</summary>
/// <param name="Added">The ids of the flows that serve now and did not before.</param>
/// <param name="Changed">The ids of the flows whose file changed.</param>
/// <param name="Removed">The ids of the flows that served before and do not any more.</param>
/// <param name="Rejected">The files with problems (a broken file's last good flow keeps serving).</param>
/// <param name="Serving">How many flows serve now.</param>
public sealed record FlowReloadSummary(IReadOnlyList<string> Added, IReadOnlyList<string> Changed, IReadOnlyList<string> Removed, IReadOnlyList<string> Rejected, int Serving)
{
    /// <summary>Whether the flows serving changed.</summary>
    public bool HasChanges => Added.Count + Changed.Count + Removed.Count > 0;

    /// <summary>For example: 1 added (survey), 0 changed, 1 removed (old-quiz), 1 rejected (flows/broken.yaml); 3 serving.</summary>
    public override string ToString() =>
        $"{Part(Added, "added")}, {Part(Changed, "changed")}, {Part(Removed, "removed")}, {Part(Rejected, "rejected")}; {Serving} serving";

    private static string Part(IReadOnlyList<string> items, string what) =>
        items.Count == 0 ? $"0 {what}" : $"{items.Count} {what} ({string.Join(", ", items)})";
}
