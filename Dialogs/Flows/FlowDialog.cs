using System.Globalization;
using Majordome.Dialogs.Choices;
using Majordome.Dialogs.Engine;
using Majordome.Dialogs.Localization;
using Majordome.Dialogs.Prompts;
using Majordome.Dialogs.Recognition;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Dialogs.Flows;

/// <summary>
/// A flow file compiled into the engine's own pieces: one waterfall that runs the steps from a position until a
/// question (a prompt of the engine), and a second step that stores the answer and runs on. Ends with a
/// <see cref="FlowOutcome"/> that tells the main dialog where to go next.
/// </summary>
public sealed partial class FlowDialog : ComponentDialog
{
    /// <summary>The prefix of a flow's dialog id, so a flow id never collides with a built-in dialog.</summary>
    public const string IdPrefix = "flow:";

    private const string RunWaterfall = "run";
    private const string RunKey = "run";

    /// <summary>What an attachment question's variable name is followed by for the content type ("photo_type").</summary>
    public const string AttachmentTypeSuffix = "_type";

    private readonly FlowDefinition _flow;
    private readonly IReadOnlyList<FlowInstruction> _program;
    private readonly FlowChoiceTitles _titles;

    // The stack entry's version stamp; the dialog does not change once compiled.
    private string? _stamp;
    private readonly Localizer _localizer;
    private readonly FlowServices _services;
    private readonly TimeProvider _time;

    /// <summary>What the reports put before a flow's id (<see cref="Dialog.AnalyticsName"/>): "flow:gift-finder".</summary>
    public const string AnalyticsPrefix = "flow:";

    /// <summary>Compiles <paramref name="flow"/>.</summary>
    /// <param name="flow">The validated flow.</param>
    /// <param name="localizer">The prompts' own hints (retry, help).</param>
    /// <param name="time">The clock date-time questions read.</param>
    /// <param name="services">The actions and the catalog the action and card steps use; none when null.</param>
    public FlowDialog(FlowDefinition flow, Localizer? localizer = null, TimeProvider? time = null, FlowServices? services = null)
        : base(IdPrefix + (flow ?? throw new ArgumentNullException(nameof(flow))).Id)
    {
        _flow = flow;
        AnalyticsName = AnalyticsPrefix + flow.Id;
        _program = FlowCompiler.Compile(flow.Steps);
        _titles = new FlowChoiceTitles(flow.Steps);
        _services = services ?? FlowServices.None;
        localizer ??= Localizer.Default;
        _localizer = localizer;
        _time = time ?? TimeProvider.System;
        StepsVersion = FlowStepsVersion.Of(flow.Steps);
        AddDialog(new FlowRunWaterfall(RunWaterfall, [RunStepAsync, StoreStepAsync], waterfall => ParkedRun(waterfall) is not null));
        AddDialog(new TextPrompt(PromptId(AskKind.Text), localizer: localizer));
        AddDialog(new NumberPrompt<decimal>(PromptId(AskKind.Number), localizer: localizer));
        AddDialog(new ChoicePrompt(PromptId(AskKind.Choice), localizer: localizer));
        AddDialog(new ConfirmPrompt(PromptId(AskKind.Confirm), localizer: localizer));
        AddDialog(new DateTimePrompt(PromptId(AskKind.DateTime), _time, localizer: localizer));
        AddDialog(new EmailPrompt(PromptId(AskKind.Email), localizer: localizer));
        AddDialog(new PhonePrompt(PromptId(AskKind.Phone), localizer: localizer));
        AddDialog(new AttachmentPrompt(PromptId(AskKind.Attachment), localizer: localizer));
    }

    /// <summary>The flow this dialog runs.</summary>
    public FlowDefinition Flow => _flow;

    /// <summary>The hash of the flow's steps (see <see cref="FlowStepsVersion"/>).</summary>
    public string StepsVersion { get; }

    /// <summary>The dialog id of the flow <paramref name="flowId"/>.</summary>
    public static string DialogIdOf(string flowId) => IdPrefix + flowId;

    /// <summary>The steps' hash, not the file's: a running flow restarts only when what it does changed.</summary>
    public override string GetVersion() => $"{base.GetVersion()}#{StepsVersion}";

    /// <summary>
    /// A customer who began an older version of the flow whose steps changed since (a hot reload, or a restart
    /// with new files) carries on at the question they were asked, answers kept, when this version still has a
    /// question of the same identity (<see cref="FlowStep.Id"/>) and kind; otherwise they are told so and start this
    /// version from its beginning, since their place is gone.
    /// </summary>
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.ActiveDialog is { } instance && instance.Version != (_stamp ??= DialogVersion.Of(this)))
        {
            if (CarryOn(instance) || CarryOnParked(instance))
            {
                instance.Version = _stamp;
                return await base.ContinueDialogAsync(dc, cancellationToken).ConfigureAwait(false);
            }

            if (ResumeEvent.Is(dc.Context.Activity))
            {
                // The wait is gone from the new version: the job's turn says nothing; the customer's next message starts afresh.
                return EndOfTurn;
            }

            await dc.Context.SendActivityAsync(MessageFactory.Text(_localizer.Get(dc.Language, "flow.updated")), cancellationToken).ConfigureAwait(false);
            return await dc.ReplaceDialogAsync(Id, null, cancellationToken).ConfigureAwait(false);
        }

        return await base.ContinueDialogAsync(dc, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    protected override async Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        // A called flow starts with the inputs its caller gave (see CallStep).
        var run = await NewRunAsync(innerDc.Context, cancellationToken).ConfigureAwait(false);
        if (JsonValue.To<FlowCallInputs>(options) is { } inputs)
        {
            run.CallDepth = inputs.Depth;
            foreach (var (name, value) in inputs.Values.Where(v => _flow.Inputs.Contains(v.Key, StringComparer.Ordinal)))
            {
                run.Variables[name] = value;
            }
        }

        return await innerDc.BeginDialogAsync(RunWaterfall, run, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The variables and what today and now are for the customer (<see cref="FlowExpression.Today"/>), as expressions read them.</summary>
    private Dictionary<string, object?> WithClock(IReadOnlyDictionary<string, object?> values, ITurnContext turn)
    {
        var local = TimeZoneInfo.ConvertTime(_time.GetUtcNow(), turn.GetTimeZone()).DateTime;
        return new Dictionary<string, object?>(values, StringComparer.Ordinal)
        {
            [FlowExpression.Today] = DateOnly.FromDateTime(local),
            [FlowExpression.Now] = new DateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, 0, DateTimeKind.Unspecified),
        };
    }

    /// <summary>Today in the customer's time zone, from which date bounds such as -18y count.</summary>
    private DateOnly Today(ITurnContext turn) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(_time.GetUtcNow(), turn.GetTimeZone()).DateTime);

    private static string PromptId(AskKind kind) => "ask-" + kind.ToString().ToLowerInvariant();

    /// <summary>The prompt that reads the answer of a step that asks the customer something (a question, an opt-in); null for other steps.</summary>
    private static string? QuestionPrompt(FlowStep step) => step switch
    {
        AskStep ask => PromptId(ask.Kind),
        OptInStep => PromptId(AskKind.Confirm),
        _ => null,
    };

    /// <summary>
    /// Moves a run saved by an older version to the same question in this one: true when the inner stack waits at
    /// a question whose identity this version still has, asking for the same kind of answer (the prompt waiting
    /// reads the answer as before, then the run goes on from the question's new place).
    /// </summary>
    private bool CarryOn(DialogInstance instance)
    {
        if (instance.Dialogs?.DialogStack is not [var prompt, .., var waterfall] || waterfall.Id != RunWaterfall)
        {
            return false;
        }

        var values = WaterfallState.GetValues(waterfall);
        if (values.Get<FlowRun>(RunKey) is not { StepId.Length: > 0 } run)
        {
            return false;
        }

        var index = IndexOfStep(run.StepId, question => QuestionPrompt(question) is not null);
        if (index < 0 || _program[index] is not StepInstruction { Step: var found } || QuestionPrompt(found) != prompt.Id)
        {
            return false;
        }

        run.Position = index;
        run.Version = StepsVersion;
        values.Set(RunKey, run);
        return true;
    }

    /// <summary>Where the step of identity <paramref name="stepId"/> that <paramref name="matches"/> is in this version's program, or -1.</summary>
    private int IndexOfStep(string stepId, Func<FlowStep, bool> matches) =>
        _program.Select((instruction, i) => (instruction, i))
            .FirstOrDefault(p => p.instruction is StepInstruction { Step: var found } && found.Id == stepId && matches(found), (null!, -1)).i;

    private async Task<DialogTurnResult> RunStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var run = step.GetOptions<FlowRun>() ?? new FlowRun();
        var language = step.Language;

        // Jumps go forward, except a loop's jump back, which its limit bounds: this always reaches a question or the end.
        while (run.Position < _program.Count)
        {
            TrackReached(step.Context, _program[run.Position]);
            switch (InVariantWords(_program[run.Position], run))
            {
                case JumpInstruction jump:
                    run.Position = jump.Condition is null || !jump.Condition.IsTrue(WithClock(run.Values(), step.Context)) ? jump.Target : run.Position + 1;
                    continue;
                case StepInstruction { Step: SayStep say }:
                    await step.Context.SendActivityAsync(MessageFactory.Text(FlowText.Fill(say.Text.In(language), _titles.ForDisplay(run.Values(), language), language)), cancellationToken).ConfigureAwait(false);
                    run.Position++;
                    continue;
                case StepInstruction { Step: SetStep set }:
                    run.Set(set.Variable, set.Value.Evaluate(WithClock(run.Values(), step.Context)));
                    run.Position++;
                    continue;
                case StepInstruction { Step: AskStep ask }:
                    run.StepId = ask.Id;
                    step.Values.Set(RunKey, run);
                    return await step.PromptAsync(PromptId(ask.Kind), BuildPrompt(ask, language, _titles.ForDisplay(run.Values(), language), Today(step.Context)), cancellationToken).ConfigureAwait(false);
                case StepInstruction { Step: ActionStep action }:
                    var outcome = await RunActionAsync(step.Context, action, run, language, cancellationToken).ConfigureAwait(false);
                    run.Position++;
                    if (outcome is not null)
                    {
                        return await step.EndDialogAsync(outcome, cancellationToken).ConfigureAwait(false);
                    }

                    continue;
                case StepInstruction { Step: CardStep card }:
                    await SendCardAsync(step.Context, card, WithClock(run.Values(), step.Context), language, cancellationToken).ConfigureAwait(false);
                    run.Position++;
                    continue;
                case StepInstruction { Step: ImageStep image }:
                    await SendImageAsync(step.Context, image, language, cancellationToken).ConfigureAwait(false);
                    run.Position++;
                    continue;
                case StepInstruction { Step: ScheduleStep schedule }:
                    await ScheduleLaterAsync(step.Context, schedule, run, cancellationToken).ConfigureAwait(false);
                    run.Position++;
                    continue;
                case StepInstruction { Step: NotifyWhenStep notify }:
                    await NotifyWhenAsync(step.Context, notify, run, language, cancellationToken).ConfigureAwait(false);
                    run.Position++;
                    continue;
                case StepInstruction { Step: UnscheduleStep unschedule }:
                    await UnscheduleAsync(step.Context, unschedule, cancellationToken).ConfigureAwait(false);
                    run.Position++;
                    continue;
                case StepInstruction { Step: OptInStep optIn }:
                    if (await AskOptInAsync(step, optIn, run, language, cancellationToken).ConfigureAwait(false) is { } asked)
                    {
                        return asked;
                    }

                    run.Position++;
                    continue;
                case StepInstruction { Step: WaitStep { Parks: true } wait }:
                    return await ParkAsync(step, wait, run, cancellationToken).ConfigureAwait(false);
                case StepInstruction { Step: WaitStep wait }:
                    await PauseAsync(step.Context, wait, cancellationToken).ConfigureAwait(false);
                    run.Position++;
                    continue;
                case StepInstruction { Step: CallStep call }:
                    if (await BeginCallAsync(step, call, run, language, cancellationToken).ConfigureAwait(false) is { } called)
                    {
                        return called;
                    }

                    run.Position++;
                    continue;
                case StepInstruction { Step: GotoStep go }:
                    return await step.EndDialogAsync(new FlowOutcome(go.Target), cancellationToken).ConfigureAwait(false);
                default:
                    return await step.EndDialogAsync(new FlowOutcome(null) { Variables = run.Variables }, cancellationToken).ConfigureAwait(false);
            }
        }

        return await step.EndDialogAsync(new FlowOutcome(null) { Variables = run.Variables }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> StoreStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var run = step.Values.Get<FlowRun>(RunKey) ?? new FlowRun();
        if (run.Position < _program.Count && _program[run.Position] is StepInstruction { Step: CallStep call })
        {
            return await ReturnFromCallAsync(step, call, run, cancellationToken).ConfigureAwait(false);
        }

        if (run.Position < _program.Count && _program[run.Position] is StepInstruction { Step: OptInStep optIn })
        {
            await StoreOptInAsync(step, optIn, run, cancellationToken).ConfigureAwait(false);
            TrackAnswered(step.Context, optIn);
            run.Position++;
            return await step.ReplaceDialogAsync(RunWaterfall, run, cancellationToken).ConfigureAwait(false);
        }

        if (run.Position >= _program.Count || _program[run.Position] is not StepInstruction { Step: AskStep ask })
        {
            return await step.EndDialogAsync(new FlowOutcome(null), cancellationToken).ConfigureAwait(false);
        }

        var answer = Answer(ask.Kind, step);
        if (ask.Kind == AskKind.Choice && !ask.Options.Any(o => string.Equals(o.Value, answer as string, StringComparison.Ordinal)))
        {
            // An option the new version of the question no longer has (the customer answered the old buttons): ask again.
            return await step.ReplaceDialogAsync(RunWaterfall, run, cancellationToken).ConfigureAwait(false);
        }

        run.Set(ask.Variable, answer is ReceivedAttachment file ? file.Url : answer);
        if (answer is ReceivedAttachment received)
        {
            run.Set(ask.Variable + AttachmentTypeSuffix, received.ContentType);
        }

        TrackAnswered(step.Context, ask);
        run.Position++;
        return await step.ReplaceDialogAsync(RunWaterfall, run, cancellationToken).ConfigureAwait(false);
    }

    private static object? Answer(AskKind kind, WaterfallStepContext step) => kind switch
    {
        AskKind.Number => step.GetResult<decimal?>(),
        AskKind.Choice => step.GetResult<FoundChoice>()?.Value,
        AskKind.Confirm => step.GetResult<bool?>(),
        AskKind.Attachment => step.GetResult<ReceivedAttachment>(),
        AskKind.DateTime => step.GetResult<List<DateTimeResolution>>() is [var first, ..]
            ? first.Value.ToString(first.HasTime ? FlowDates.DateTimeFormat : FlowDates.DateFormat, CultureInfo.InvariantCulture)
            : null,
        _ => step.GetResult<string>(),
    };

    private static PromptOptions BuildPrompt(AskStep ask, string language, IReadOnlyDictionary<string, object?> values, DateOnly today)
    {
        var options = new PromptOptions
        {
            Prompt = (Activity)MessageFactory.Text(FlowText.Fill(ask.Prompt.In(language), values, language)),
            RetryPrompt = ask.Retry is null ? null : (Activity)MessageFactory.Text(FlowText.Fill(ask.Retry.In(language), values, language)),
        };

        if (ask.Kind == AskKind.Number && (ask.Min is not null || ask.Max is not null))
        {
            options.Validations = JObject.FromObject(new NumberRange(ask.Min, ask.Max));
        }

        if (ask.Kind == AskKind.DateTime)
        {
            // A flow's date is a day the customer names (a birthday, a visit): a bare year or month is asked again.
            options.Validations = JObject.FromObject(new DateTimeConstraints(
                RequireDay: true,
                MinDate: ask.MinDate?.Resolve(today).ToString(FlowDates.DateFormat, CultureInfo.InvariantCulture),
                MaxDate: ask.MaxDate?.Resolve(today).ToString(FlowDates.DateFormat, CultureInfo.InvariantCulture)));
        }

        if (ask.Kind == AskKind.Attachment)
        {
            // A text is no photo, but the customer is still in the flow: asked again, never given up on.
            options.MaxAttempts = 0;
        }

        if (ask.Kind == AskKind.Choice)
        {
            options.Choices = [.. ask.Options.Select(o =>
            {
                var title = o.Title.In(language);
                return new Choice(o.Value, o.Title.Fr, o.Title.En) { Action = new CardAction(ActionTypes.ImBack, title, value: title) };
            })];
        }

        return options;
    }
}
