using Majordome.Dialogs.Engine;

namespace Majordome.Dialogs.Flows.Actions;

/// <summary>
/// <c>handoff</c>: asks for a person from the team, as the "human" command does (recorded for the team; on
/// Messenger, the conversation is passed to the page inbox). The flow says what it wants around it: the action
/// sends nothing itself. Optional argument: <c>reason</c>, what the team should know (such as "survey score 2").
/// </summary>
public sealed class HandoffAction : IFlowAction
{
    /// <summary>The action's name in flow files.</summary>
    public const string ActionName = "handoff";

    private const int MaxReasonLength = 500;
    private readonly IHumanHandoff _handoff;

    /// <summary>Creates the action.</summary>
    public HandoffAction(IHumanHandoff handoff)
    {
        ArgumentNullException.ThrowIfNull(handoff);
        _handoff = handoff;
    }

    /// <summary>The optional arguments.</summary>
    public static IReadOnlyList<string> Optional { get; } = ["reason"];

    /// <inheritdoc />
    public string Name => ActionName;

    /// <inheritdoc />
    public IReadOnlyList<string>? OptionalArguments => Optional;

    /// <inheritdoc />
    public IReadOnlyList<string> RequiredArguments => [];

    /// <inheritdoc />
    public async Task<FlowActionResult> ExecuteAsync(FlowActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reason = context.Text("reason") is { Length: > MaxReasonLength } r ? r[..MaxReasonLength] : context.Text("reason");
        await _handoff.RequestAsync(context.TurnContext, reason, cancellationToken).ConfigureAwait(false);
        return FlowActionResult.Ok();
    }
}
