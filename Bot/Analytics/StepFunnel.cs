namespace Majordome.Bot.Analytics;

/// <summary>One step of a flow in the analytics report.</summary>
/// <param name="Flow">The flow (<see cref="Dialogs.Engine.Dialog.AnalyticsName"/>, "flow:gift-finder").</param>
/// <param name="Step">The step's identity (<see cref="Dialogs.Flows.FlowStep.Id"/>: its id:, else its place and kind).</param>
/// <param name="Reached">Times customers reached it (a question: was asked it).</param>
/// <param name="Answered">For a question, times it was answered; 0 for other steps.</param>
/// <param name="IsQuestion">Whether the step is a question.</param>
public sealed record StepFunnel(string Flow, string Step, long Reached, long Answered, bool IsQuestion)
{
    /// <summary>Customers who left at this step: asked the question and never answered it (cancelled, or went quiet). 0 for other steps, which need no answer.</summary>
    public long Left => IsQuestion ? Math.Max(0, Reached - Answered) : 0;
}
