namespace Majordome.Dialogs.Flows.Actions;

/// <summary>What the validator knows of an action: its name and arguments.</summary>
/// <param name="Name">The action's name.</param>
/// <param name="RequiredArguments">The arguments a flow file must give under <c>with:</c>.</param>
/// <param name="OptionalArguments">The other arguments it takes, or null when it takes any (see <see cref="IFlowAction.OptionalArguments"/>).</param>
public sealed record FlowActionSignature(string Name, IReadOnlyList<string> RequiredArguments, IReadOnlyList<string>? OptionalArguments = null)
{
    /// <summary>Every argument the action takes, required first; null when it takes any.</summary>
    public IReadOnlyList<string>? AllArguments => OptionalArguments is null ? null : [.. RequiredArguments, .. OptionalArguments];

    /// <summary>The signature of <paramref name="action"/>.</summary>
    public static FlowActionSignature Of(IFlowAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return new FlowActionSignature(action.Name, action.RequiredArguments, action.OptionalArguments);
    }
}
