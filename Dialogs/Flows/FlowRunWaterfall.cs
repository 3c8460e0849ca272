using Majordome.Dialogs.Engine;

namespace Majordome.Dialogs.Flows;

/// <summary>
/// The waterfall that runs a flow's steps. While the flow is parked at a long wait it waits for no answer, so what
/// the customer writes is a new request, as after a finished task (<see cref="Dialog.IsFollowUpQuestion"/>): another
/// flow they ask for simply starts, without asking whether to leave a flow that only waits.
/// </summary>
internal sealed class FlowRunWaterfall(string dialogId, IEnumerable<WaterfallStep> steps, Func<DialogInstance, bool> isParked) : WaterfallDialog(dialogId, steps)
{
    /// <inheritdoc />
    public override bool IsFollowUpQuestion(DialogInstance instance) => isParked(instance);
}
