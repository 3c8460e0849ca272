using System.Globalization;
using Majordome.Dialogs.Anticipation;
using Majordome.Dialogs.Anticipation.Flows;
using Majordome.Dialogs.Conversations;
using Majordome.Dialogs.Localization;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;

namespace Majordome.Dialogs.Flows;

/// <summary>
/// The schedule step: a job for the durable scheduler, due when the step says in the customer's time zone. The
/// customer sees nothing now; the flow goes on at once. A step that cannot schedule (no scheduler, a date the
/// customer did not give, a moment already past) is logged and skipped, never shown as an error.
/// </summary>
public sealed partial class FlowDialog
{
    /// <summary>
    /// The once-key of a schedule step's job: the customer, the flow, the step and the due day, so a replayed turn or
    /// a second run of the flow the same day schedules nothing more, while next year's birthday is a job of its own.
    /// </summary>
    public static string ScheduleOnceKey(string customerKey, string flowId, string stepId, DateTimeOffset due) =>
        ScheduleOnceKeyPrefix(customerKey, flowId, stepId) + due.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>What the once-keys of every job of one schedule step for one customer start with, whatever their day.</summary>
    public static string ScheduleOnceKeyPrefix(string customerKey, string flowId, string stepId) => $"flow:{customerKey}:{flowId}:{stepId}:";

    /// <summary>Why a job taken back by an unschedule step ended, as its outcome shows it.</summary>
    public const string UnscheduledReason = "cancelled-by-flow";

    private async Task ScheduleLaterAsync(ITurnContext turn, ScheduleStep schedule, FlowRun run, CancellationToken cancellationToken)
    {
        if (_services.Scheduler is not { } scheduler)
        {
            LogScheduleSkipped(_services.Logger, _flow.Id, schedule.Id, "no scheduler runs in this host");
            return;
        }

        var due = FlowScheduleDue.Resolve(schedule.When, WithClock(run.Values(), turn), _time.GetUtcNow(), turn.GetTimeZone());
        if (due is not { } dueAt)
        {
            LogScheduleSkipped(_services.Logger, _flow.Id, schedule.Id, "its time is not a date, or has passed");
            return;
        }

        // The text is filled now, in both languages: the variables are this run's, and the customer may switch language before it is due.
        var values = run.Values();
        var payload = new FlowMessagePayload(
            _flow.Id,
            schedule.Flow,
            schedule.Say is null ? null : FlowText.Fill(schedule.Say.Fr, _titles.ForDisplay(values, Languages.French), Languages.French),
            schedule.Say is null ? null : FlowText.Fill(schedule.Say.En, _titles.ForDisplay(values, Languages.English), Languages.English));
        var customer = CustomerKey.From(turn);
        var request = new ProactiveJobRequest(ProactiveKinds.FlowMessage, TurnAddress.Of(turn, customer), dueAt, payload.ToJson(), ScheduleOnceKey(customer, _flow.Id, schedule.Id, dueAt));
        try
        {
            await scheduler.ScheduleAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A later message is not worth the conversation the customer is having now: logged, and the flow goes on.
            LogScheduleSkipped(_services.Logger, _flow.Id, schedule.Id, "the scheduler failed: " + e.GetType().Name);
        }
    }

    /// <summary>Cancels this customer's pending jobs of the schedule step <see cref="UnscheduleStep.StepId"/>, by their once-keys.</summary>
    private async Task UnscheduleAsync(ITurnContext turn, UnscheduleStep unschedule, CancellationToken cancellationToken)
    {
        if (_services.Scheduler is not { } scheduler)
        {
            LogScheduleSkipped(_services.Logger, _flow.Id, unschedule.Id, "no scheduler runs in this host");
            return;
        }

        var customer = CustomerKey.From(turn);
        var prefix = ScheduleOnceKeyPrefix(customer, _flow.Id, unschedule.StepId);
        try
        {
            var jobs = await scheduler.ListForCustomerAsync(customer, cancellationToken).ConfigureAwait(false);
            foreach (var key in jobs.Where(j => j.Status == ProactiveJobStatus.Pending).Select(j => j.Request.OnceKey).OfType<string>().Where(k => k.StartsWith(prefix, StringComparison.Ordinal)))
            {
                await scheduler.CancelAsync(key, UnscheduledReason, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogScheduleSkipped(_services.Logger, _flow.Id, unschedule.Id, "the scheduler failed to cancel: " + e.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Flow {FlowId}: the step {StepId} changed nothing in the schedule and the flow goes on: {Reason}")]
    private static partial void LogScheduleSkipped(ILogger logger, string flowId, string stepId, string reason);
}
