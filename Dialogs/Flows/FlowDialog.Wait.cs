using Majordome.Dialogs.Anticipation;
using Majordome.Dialogs.Anticipation.Flows;
using Majordome.Dialogs.Conversations;
using Majordome.Dialogs.Engine;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;

namespace Majordome.Dialogs.Flows;

/// <summary>
/// The long wait: the run parks at the wait step (it stays on the dialog stack, its variables kept) and a job of the
/// durable scheduler is due when the wait is over. The job's turn brings a <see cref="ResumeEvent"/> with the run's
/// token; the run goes on at the next step, and what it says is sent as a message the assistant writes first. A
/// customer who writes meanwhile is answered as usual and the wait is abandoned (its job cancelled): the event of a
/// wait that is no longer parked, or of another token, moves nothing and says nothing, so a job fires at most once.
/// </summary>
public sealed partial class FlowDialog
{
    /// <summary>Why a wait's job ended when the customer went elsewhere before it was due, as its outcome shows it.</summary>
    public const string WaitAbandonedReason = "wait-abandoned";

    /// <summary>The once-key of a long wait's job: the customer, the flow, the step and the parked run's token.</summary>
    public static string WaitOnceKey(string customerKey, string flowId, string stepId, string token) => $"flow-wait:{customerKey}:{flowId}:{stepId}:{token}";

    /// <summary>Parks the run at <paramref name="wait"/> with a job to bring it back; ends the flow when nothing could.</summary>
    private async Task<DialogTurnResult> ParkAsync(WaterfallStepContext step, WaitStep wait, FlowRun run, CancellationToken cancellationToken)
    {
        if (_services.Scheduler is not { } scheduler)
        {
            LogWaitEnded(_services.Logger, _flow.Id, wait.Id, "no scheduler runs in this host");
            return await step.EndDialogAsync(new FlowOutcome(null) { Variables = run.Variables }, cancellationToken).ConfigureAwait(false);
        }

        // A new token per parking: a turn replayed after a crash parks anew, and the first job finds nothing to move.
        var token = Guid.NewGuid().ToString("N");
        var customer = CustomerKey.From(step.Context);
        var payload = new FlowWaitPayload(_flow.Id, wait.Id, token);
        var request = new ProactiveJobRequest(ProactiveKinds.FlowWait, TurnAddress.Of(step.Context, customer), _time.GetUtcNow() + wait.Duration, payload.ToJson(), WaitOnceKey(customer, _flow.Id, wait.Id, token));
        try
        {
            await scheduler.ScheduleAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogWaitEnded(_services.Logger, _flow.Id, wait.Id, "the scheduler failed: " + e.GetType().Name);
            return await step.EndDialogAsync(new FlowOutcome(null) { Variables = run.Variables }, cancellationToken).ConfigureAwait(false);
        }

        run.StepId = wait.Id;
        run.Parked = token;
        step.Values.Set(RunKey, run);
        return EndOfTurn;
    }

    /// <summary>
    /// A parked run: the job's event with its token moves it on at the step after the wait; a message that nothing
    /// answered in place abandons it for the menu; anything else leaves it parked.
    /// </summary>
    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        if (ParkedRun(innerDc.ActiveDialog) is not { } parked)
        {
            // Not parked here: a called flow below may be, and prompts and waterfalls ignore events of their own accord.
            return await base.OnContinueDialogAsync(innerDc, cancellationToken).ConfigureAwait(false);
        }

        var activity = innerDc.Context.Activity;
        if (ResumeEvent.Is(activity))
        {
            var index = WaitIndex(parked.StepId);
            if (ResumeEvent.TokenOf(activity) != parked.Parked || index < 0)
            {
                return EndOfTurn;
            }

            parked.Parked = null;
            parked.Position = index + 1;
            return await innerDc.ReplaceDialogAsync(RunWaterfall, parked, cancellationToken).ConfigureAwait(false);
        }

        if (activity.Type != ActivityTypes.Message)
        {
            return EndOfTurn;
        }

        await CancelWaitAsync(innerDc.Context, parked, cancellationToken).ConfigureAwait(false);
        return await innerDc.EndDialogAsync(new FlowOutcome(FlowTargets.Menu), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A parked flow that is cancelled (the menu, another flow the customer asked for) takes its job back; called as the flow ends.</summary>
    private async Task TakeBackWaitAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken)
    {
        if (reason == DialogReason.CancelCalled && instance.Dialogs?.DialogStack is [var top, ..] && ParkedRun(top) is { } parked)
        {
            await CancelWaitAsync(turnContext, parked, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The run of <paramref name="waterfall"/> when it is this flow's run, parked at a long wait; else null.</summary>
    private static FlowRun? ParkedRun(DialogInstance? waterfall) =>
        waterfall is { Id: RunWaterfall } && WaterfallState.GetValues(waterfall).Get<FlowRun>(RunKey) is { Parked.Length: > 0 } run ? run : null;

    /// <summary>Where the long wait of identity <paramref name="stepId"/> is in this version's program, or -1.</summary>
    private int WaitIndex(string stepId) => IndexOfStep(stepId, step => step is WaitStep { Parks: true });

    /// <summary>
    /// Moves a parked run saved by an older version of the flow to the same wait in this one; false when this version
    /// no longer has it (the job's event then moves nothing, and the customer's next message starts afresh).
    /// </summary>
    private bool CarryOnParked(DialogInstance instance)
    {
        if (instance.Dialogs?.DialogStack is not [var waterfall] || ParkedRun(waterfall) is not { } parked || WaitIndex(parked.StepId) is var index && index < 0)
        {
            return false;
        }

        parked.Position = index;
        parked.Version = StepsVersion;
        WaterfallState.GetValues(waterfall).Set(RunKey, parked);
        return true;
    }

    private async Task CancelWaitAsync(ITurnContext turn, FlowRun parked, CancellationToken cancellationToken)
    {
        if (_services.Scheduler is not { } scheduler || parked.Parked is not { } token)
        {
            return;
        }

        try
        {
            await scheduler.CancelAsync(WaitOnceKey(CustomerKey.From(turn), _flow.Id, parked.StepId, token), WaitAbandonedReason, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The job would find the run no longer parked and send nothing: only the job list stays untidy.
            LogWaitNotCancelled(_services.Logger, e, _flow.Id, parked.StepId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Flow {FlowId}: the wait {StepId} could not park the flow, which ends there: {Reason}")]
    private static partial void LogWaitEnded(ILogger logger, string flowId, string stepId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Flow {FlowId}: the job of the abandoned wait {StepId} could not be cancelled; it will find nothing to move")]
    private static partial void LogWaitNotCancelled(ILogger logger, Exception exception, string flowId, string stepId);
}
