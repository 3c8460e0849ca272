namespace Majordome.Bot.Content.Flows;

/// <summary>
/// The variables certainly set at a point of a flow, and whether that point can be reached, as the steps are
/// read in order: a variable set in only one branch of an "if" is not certainly set after it.
/// </summary>
internal sealed class FlowScope
{
    private readonly HashSet<string> _set;

    public FlowScope(IEnumerable<string>? set = null) => _set = new HashSet<string>(set ?? [], StringComparer.Ordinal);

    /// <summary>Whether a goto or an end came before: any further step is unreachable.</summary>
    public bool HasLeft { get; set; }

    public bool IsSet(string name) => _set.Contains(name);

    /// <summary>The variables certainly set here, for a "did you mean" on a misspelt one.</summary>
    public IEnumerable<string> Names => _set;

    public void Set(string name) => _set.Add(name);

    public FlowScope Branch() => new(_set);

    /// <summary>The scope after an "if" whose branches ended in <paramref name="then"/> and <paramref name="otherwise"/>.</summary>
    public void Join(FlowScope then, FlowScope otherwise)
    {
        IEnumerable<string> after = (then.HasLeft, otherwise.HasLeft) switch
        {
            (true, true) => [],
            (true, false) => otherwise._set,
            (false, true) => then._set,
            _ => then._set.Intersect(otherwise._set, StringComparer.Ordinal),
        };
        foreach (var name in after.ToList())
        {
            _set.Add(name);
        }

        HasLeft = then.HasLeft && otherwise.HasLeft;
    }
}
