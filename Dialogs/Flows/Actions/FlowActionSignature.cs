namespace Majordome.Dialogs.Flows.Actions;

/// <summary>What the validator knows of an action: its name and required arguments.</summary>
/// <param name="Name">The action's name.</param>
/// <param name="RequiredArguments">The arguments a flow file must give under <c>with:</c>.</param>
public sealed record FlowActionSignature(string Name, IReadOnlyList<string> RequiredArguments)
{
    /// <summary>The signature of <paramref name="action"/>.</summary>
    public static FlowActionSignature Of(IFlowAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return new FlowActionSignature(action.Name, action.RequiredArguments);
    }
}
