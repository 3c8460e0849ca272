namespace Majordome.Dialogs.Flows.Actions;

/// <summary>The actions flows may call, by name (resolved from every <see cref="IFlowAction"/> registered in DI).</summary>
public sealed class FlowActionRegistry
{
    private readonly Dictionary<string, IFlowAction> _byName;

    /// <summary>Creates the registry; a later action with the same name replaces an earlier one (a brand may override a built-in).</summary>
    public FlowActionRegistry(IEnumerable<IFlowAction> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        _byName = new Dictionary<string, IFlowAction>(StringComparer.Ordinal);
        foreach (var action in actions)
        {
            _byName[action.Name] = action;
        }
    }

    /// <summary>No actions.</summary>
    public static FlowActionRegistry Empty { get; } = new([]);

    /// <summary>The registered actions' names and required arguments, for the validator.</summary>
    public IReadOnlyList<FlowActionSignature> Signatures => [.. _byName.Values.Select(FlowActionSignature.Of).OrderBy(s => s.Name, StringComparer.Ordinal)];

    /// <summary>The action named <paramref name="name"/>, or null.</summary>
    public IFlowAction? Find(string name) => _byName.GetValueOrDefault(name);
}
