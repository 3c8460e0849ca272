using Majordome.Dialogs.Analytics;
using Microsoft.Bot.Builder;

namespace Majordome.Dialogs.Flows;

/// <summary>
/// The flow's step funnel for the analytics report: each step counted when a customer reaches it (a question as
/// asked), and each question again when it is answered, so the report shows how many got how far and which
/// question lost them (asked, never answered: they left, or went quiet, there).
/// </summary>
public sealed partial class FlowDialog
{
    /// <summary>The counter name of <paramref name="step"/> of the flow <paramref name="flowId"/>: "flow:gift-finder#steps[1]:ask-number".</summary>
    public static string StepAnalyticsName(string flowId, FlowStep step) =>
        AnalyticsPrefix + flowId + "#" + (step ?? throw new ArgumentNullException(nameof(step))).Id;

    private void TrackReached(ITurnContext turn, FlowInstruction instruction)
    {
        // The end the compiler adds has no identity: the flow's end is counted as flow_completed.
        if (instruction is StepInstruction { Step.Id.Length: > 0 } reached)
        {
            turn.Track(reached.Step is AskStep or OptInStep ? AnalyticsEvents.FlowQuestionAsked : AnalyticsEvents.FlowStepReached, StepAnalyticsName(_flow.Id, reached.Step));
        }
    }

    private void TrackAnswered(ITurnContext turn, FlowStep question) =>
        turn.Track(AnalyticsEvents.FlowStepAnswered, StepAnalyticsName(_flow.Id, question));
}
