namespace Majordome.Bot.Privacy;

/// <summary>What an erasure did, by table (rows deleted or anonymised) and state documents deleted.</summary>
/// <param name="KeyHash">The erased key's hash, as recorded.</param>
/// <param name="Counts">Rows per table ("orders (anonymised)": 2, "flow_leads": 1, "state documents": 3…).</param>
public sealed record ErasureReceipt(string KeyHash, IReadOnlyDictionary<string, int> Counts)
{
    /// <summary>True when nothing was found to erase.</summary>
    public bool NothingFound => Counts.Values.All(c => c == 0);
}
