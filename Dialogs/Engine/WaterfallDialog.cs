using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Dialogs.Engine;

/// <summary>
/// A sequence of steps, each usually asking one question whose answer the next step receives
/// (Bot Framework's <c>WaterfallDialog</c>). Unlike Bot Framework's, it remembers the steps that asked
/// something, so the user can go back to the previous question (<see cref="GoBackAsync"/>) and the
/// current question can be asked again, for example in another language (<see cref="ReplayCurrentStepAsync"/>).
/// </summary>
public class WaterfallDialog : Dialog
{
    private readonly List<WaterfallStep> _steps = [];

    /// <summary>Creates a waterfall with its steps.</summary>
    public WaterfallDialog(string dialogId, IEnumerable<WaterfallStep>? steps = null)
        : base(dialogId)
    {
        if (steps is not null)
        {
            _steps.AddRange(steps);
        }
    }

    /// <summary>Adds a step at the end.</summary>
    public WaterfallDialog AddStep(WaterfallStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        _steps.Add(step);
        DialogVersion.Changed();
        return this;
    }

    /// <summary>The version is the id and the step names: it changes when steps are added, removed or reordered.</summary>
    public override string GetVersion() => $"{Id}:{string.Join(",", _steps.Select((_, i) => GetStepName(i)))}";

    /// <inheritdoc />
    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var state = dc.ActiveDialog!.State;
        state[WaterfallState.OptionsKey] = JsonValue.From(options);
        state[WaterfallState.ValuesKey] = new JObject();
        state[WaterfallState.InstanceIdKey] = Guid.NewGuid().ToString();
        state[WaterfallState.HistoryKey] = new JArray();
        return RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken);
    }

    /// <summary>A message while the waterfall itself waits: the next step receives its text.</summary>
    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.Context.Activity.Type == ActivityTypes.Message
            ? ResumeDialogAsync(dc, DialogReason.ContinueCalled, dc.Context.Activity.Text, cancellationToken)
            : Task.FromResult(EndOfTurn);
    }

    /// <summary>A child ended: the next step runs with its result.</summary>
    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var index = WaterfallState.GetStepIndex(dc.ActiveDialog!);
        return RunStepAsync(dc, index + 1, reason, result, cancellationToken);
    }

    /// <summary>True when the instance has a previous question to go back to.</summary>
    public bool CanGoBack(DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return WaterfallState.GetHistory(instance).Count >= 2;
    }

    /// <summary>True when the instance is waiting on a question that can be asked again.</summary>
    public bool CanReplay(DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return WaterfallState.GetHistory(instance).Count >= 1;
    }

    /// <summary>
    /// Goes back to the previous question: the step that asked it runs again with the values as they were then.
    /// The waterfall must be the active dialog of <paramref name="dc"/> (end the dialogs above it first).
    /// </summary>
    public Task<DialogTurnResult> GoBackAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var history = WaterfallState.GetHistory(dc.ActiveDialog!);
        if (history.Count < 2)
        {
            throw new InvalidOperationException($"WaterfallDialog.GoBackAsync(): '{Id}' has no previous question; check CanGoBack first.");
        }

        history.RemoveAt(history.Count - 1);
        return ReplayLastAsync(dc, history, cancellationToken);
    }

    /// <summary>Runs the step that asked the current question again (after a language switch, for instance).</summary>
    public Task<DialogTurnResult> ReplayCurrentStepAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var history = WaterfallState.GetHistory(dc.ActiveDialog!);
        if (history.Count < 1)
        {
            throw new InvalidOperationException($"WaterfallDialog.ReplayCurrentStepAsync(): '{Id}' has not asked anything yet; check CanReplay first.");
        }

        return ReplayLastAsync(dc, history, cancellationToken);
    }

    /// <summary>Runs one step; override to add logging or telemetry around every step.</summary>
    protected virtual Task<DialogTurnResult> OnStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stepContext);
        return _steps[stepContext.Index](stepContext, cancellationToken);
    }

    /// <summary>The name of a step: its method name, or StepNofM for lambdas.</summary>
    internal string GetStepName(int index)
    {
        var name = _steps[index].Method.Name;
        return name.Contains('<', StringComparison.Ordinal) ? $"Step{index + 1}of{_steps.Count}" : name;
    }

    private Task<DialogTurnResult> ReplayLastAsync(DialogContext dc, JArray history, CancellationToken cancellationToken)
    {
        var entry = (JObject)history[history.Count - 1];
        var values = WaterfallState.ValuesAt(history, history.Count - 1);
        history.RemoveAt(history.Count - 1);
        dc.ActiveDialog!.State[WaterfallState.ValuesKey] = values;
        var result = entry[WaterfallState.ResultKey] is { Type: not JTokenType.Null } token ? token : null;
        return RunStepAsync(dc, entry.Value<int?>(WaterfallState.StepKey) ?? 0, DialogReason.ReplayCalled, result, cancellationToken);
    }

    private async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count)
        {
            // Falling off the end returns the last result, as in Bot Framework.
            return await dc.EndDialogAsync(result, cancellationToken).ConfigureAwait(false);
        }

        var instance = dc.ActiveDialog!;
        var snapshot = WaterfallState.Snapshot(index, result, instance);
        instance.State[WaterfallState.StepIndexKey] = index;

        var stepContext = new WaterfallStepContext(this, dc, instance, index, reason, result);
        var turnResult = await OnStepAsync(stepContext, cancellationToken).ConfigureAwait(false);

        // The step asked something and is still the one waiting (not a step that called NextAsync):
        // remember where it started from so the user can come back to it.
        if (turnResult.Status == DialogTurnStatus.Waiting
            && dc.Stack.Contains(instance)
            && WaterfallState.GetStepIndex(instance) == index)
        {
            WaterfallState.Remember(instance, snapshot);
        }

        return turnResult;
    }
}
