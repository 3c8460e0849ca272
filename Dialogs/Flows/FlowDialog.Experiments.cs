using Majordome.Dialogs.Analytics;
using Majordome.Dialogs.Engine;
using Majordome.Dialogs.Flows.Experiments;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;

namespace Majordome.Dialogs.Flows;

/// <summary>
/// A flow's experiment: the customer's variant when the flow begins (stored on first assignment, the same on
/// every later run), and the flow's end kept as an event an experiment may count as a conversion. Neither ever
/// costs the customer their turn: when the store fails, the hash decides and the failure is logged.
/// </summary>
public sealed partial class FlowDialog
{
    /// <inheritdoc />
    public override async Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        await TakeBackWaitAsync(turnContext, instance, reason, cancellationToken).ConfigureAwait(false);
        await base.EndDialogAsync(turnContext, instance, reason, cancellationToken).ConfigureAwait(false);
        if (reason == DialogReason.EndCalled && _flow.Experiment is { Conversion.Event: ConversionEvent.End })
        {
            try
            {
                await _services.Experiments.RecordEventAsync(ExperimentIdentity.Of(turnContext), ExperimentEvents.End(_flow.Id), _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogExperimentFailed(_services.Logger, _flow.Id, e.GetType().Name);
            }
        }
    }

    /// <summary>A new run of the flow, with the customer's variant in <see cref="FlowExperiment.VariantVariable"/> when the flow runs an experiment.</summary>
    private async Task<FlowRun> NewRunAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var run = new FlowRun { Version = StepsVersion };
        if (_flow.Experiment is { } experiment)
        {
            run.Set(FlowExperiment.VariantVariable, await AssignAsync(turn, experiment, cancellationToken).ConfigureAwait(false));
        }

        return run;
    }

    private async Task<string> AssignAsync(ITurnContext turn, FlowExperiment experiment, CancellationToken cancellationToken)
    {
        var identity = ExperimentIdentity.Of(turn);
        var picked = FlowVariantPicker.Pick(identity, _flow.Id, experiment);
        try
        {
            var stored = await _services.Experiments.AssignAsync(
                new ExperimentAssignment(_flow.Id, experiment.Name, identity, picked, _time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
            if (stored.IsNew)
            {
                turn.Track(AnalyticsEvents.ExperimentAssigned, $"{AnalyticsName}/{experiment.Name}/{stored.Assignment.Variant}");
            }

            // A variant since removed from the file cannot be shown: the customer sees the one the hash gives now.
            return experiment.Declares(stored.Assignment.Variant) ? stored.Assignment.Variant : picked;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogExperimentFailed(_services.Logger, _flow.Id, e.GetType().Name);
            return picked;
        }
    }

    /// <summary>
    /// <paramref name="instruction"/> as the run's customer sees it: a step whose texts differ per variant, in their
    /// variant's words (<see cref="FlowVariantTexts"/>); any other as it is.
    /// </summary>
    private static FlowInstruction InVariantWords(FlowInstruction instruction, FlowRun run) =>
        instruction is StepInstruction { Step: var written } && FlowVariantTexts.HasAny(written)
            ? new StepInstruction(FlowVariantTexts.ForVariant(written, FlowVariantTexts.VariantOf(run.Values())))
            : instruction;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Flow {FlowId}: the experiment's store failed ({Error}); the customer's variant comes from the hash alone")]
    private static partial void LogExperimentFailed(ILogger logger, string flowId, string error);
}
