namespace Majordome.Dialogs.Flows.Actions;

/// <summary>
/// Something a flow file can do with <c>- action: name</c>: a C# extension point registered by name. A brand
/// developer adds one with <c>services.AddSingleton&lt;IFlowAction, MyAction&gt;()</c>; the validator then accepts
/// its name and checks its required arguments.
/// </summary>
public interface IFlowAction
{
    /// <summary>The name a flow file writes after <c>action:</c> (lower case and dashes, such as record-lead).</summary>
    string Name { get; }

    /// <summary>The arguments a flow file must give under <c>with:</c>.</summary>
    IReadOnlyList<string> RequiredArguments { get; }

    /// <summary>
    /// The arguments it may take besides the required ones, so the validator reports any other (a misspelt or
    /// invented argument would otherwise be dropped silently); null when it takes any argument (a webhook's body).
    /// </summary>
    IReadOnlyList<string>? OptionalArguments => null;

    /// <summary>
    /// Does the action. A failure is returned (<see cref="FlowActionResult.Failed"/>) or thrown: either way the
    /// flow logs it, sets the step's ok variable to false, runs its <c>on-error:</c> steps and goes on.
    /// </summary>
    Task<FlowActionResult> ExecuteAsync(FlowActionContext context, CancellationToken cancellationToken);
}
