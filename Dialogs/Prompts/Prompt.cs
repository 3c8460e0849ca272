using Majordome.Dialogs.Engine;
using Majordome.Dialogs.Localization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Dialogs.Prompts;

/// <summary>
/// The base of every prompt (Bot Framework's <c>Prompt&lt;T&gt;</c>): asks a question, recognizes the answer,
/// runs the optional validator and ends with the value, or asks again with a hint. Unlike Bot Framework it
/// gives up after <see cref="PromptOptions.MaxAttempts"/> answers with a clear message and cancels the
/// conversation's dialogs, so nobody is stuck in a loop; and it answers "help" with help about this question.
/// </summary>
/// <typeparam name="T">The type of value the prompt returns.</typeparam>
public abstract class Prompt<T> : Dialog
{
    /// <summary>How many answers a user may give when the options do not say.</summary>
    public const int DefaultMaxAttempts = 3;

    private const string RecognizedKey = "Majordome.Prompt.Recognized";

    private readonly PromptValidator<T>? _validator;

    /// <summary>Creates a prompt with an optional validator.</summary>
    protected Prompt(string dialogId, PromptValidator<T>? validator = null, Localizer? localizer = null)
        : base(dialogId)
    {
        _validator = validator;
        Localizer = localizer ?? Localizer.Default;
    }

    /// <summary>The strings the prompt uses for hints and help.</summary>
    protected Localizer Localizer { get; }

    /// <summary>The key of the hint said before the question when an answer is not understood.</summary>
    protected abstract string RetryHintKey { get; }

    /// <summary>The key of the help said when the user asks for help at this question.</summary>
    protected abstract string HelpKey { get; }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var promptOptions = options as PromptOptions ?? JsonValue.To<PromptOptions>(options)
            ?? throw new ArgumentException($"{GetType().Name} '{Id}' needs PromptOptions: call dc.PromptAsync(\"{Id}\", new PromptOptions {{ Prompt = ... }}).", nameof(options));

        SetInputHint(promptOptions.Prompt);
        SetInputHint(promptOptions.RetryPrompt);
        SetInputHint(promptOptions.Reprompt);
        var state = new JObject { [PromptState.AttemptCountKey] = 0 };
        dc.ActiveDialog!.State[PromptState.OptionsKey] = PromptOptionsJson.Store(promptOptions);
        dc.ActiveDialog.State[PromptState.StateKey] = state;
        await OnPromptAsync(dc.Context, state, promptOptions, isRetry: false, hint: null, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return EndOfTurn;
        }

        var instance = dc.ActiveDialog!;
        var options = ReadOptions(instance);
        var state = ReadState(instance);
        // The turn policies may have recognized this very message already (RecognizeAnswerAsync): the date
        // recognizer is a turn's costliest step, so it is not run twice.
        var recognized = TakeRecognized(dc.Context, instance)
            ?? await OnRecognizeAsync(dc.Context, state, options, cancellationToken).ConfigureAwait(false);

        var attempts = (state.Value<int?>(PromptState.AttemptCountKey) ?? 0) + 1;
        state[PromptState.AttemptCountKey] = attempts;

        var isValid = _validator is null
            ? recognized.Succeeded
            : await _validator(new PromptValidatorContext<T>(dc.Context, recognized, state, options), cancellationToken).ConfigureAwait(false);
        if (isValid)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken).ConfigureAwait(false);
        }

        var maxAttempts = options.MaxAttempts ?? DefaultMaxAttempts;
        if (maxAttempts > 0 && attempts >= maxAttempts)
        {
            var giveUp = options.TooManyAttemptsMessage
                ?? (Activity)MessageFactory.Text(Localizer.Get(dc.Language, "prompt.tooManyAttempts"));
            await dc.Context.SendActivityAsync(giveUp, cancellationToken).ConfigureAwait(false);
            return await dc.CancelAllDialogsAsync(cancelParents: true, cancellationToken).ConfigureAwait(false);
        }

        // A validator that answered the user itself replaces the retry prompt, as in Bot Framework.
        if (!dc.Context.Responded)
        {
            var hint = recognized.RetryHintKey is { } key ? Localizer.Get(dc.Language, key, recognized.RetryHintArgs) : null;
            await OnPromptAsync(dc.Context, state, AskedAgain(options), isRetry: true, hint, cancellationToken).ConfigureAwait(false);
        }

        return EndOfTurn;
    }

    /// <summary>A dialog begun on top of the prompt ended: ask the question again.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    /// <inheritdoc />
    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return OnPromptAsync(turnContext, ReadState(instance), AskedAgain(ReadOptions(instance)), isRetry: false, hint: null, cancellationToken);
    }

    /// <summary>The options with <see cref="PromptOptions.Reprompt"/> as the question, when there is one.</summary>
    private static PromptOptions AskedAgain(PromptOptions options)
    {
        if (options.Reprompt is { } reprompt)
        {
            options.Prompt = reprompt;
        }

        return options;
    }

    /// <summary>
    /// Runs the prompt's recognizer on the turn's message (recognizers read their state, never write it), and keeps
    /// the result for <see cref="ContinueDialogAsync"/> in the same turn: <see cref="AnswerMatch.Clear"/>
    /// when it recognizes a value it is sure of (see <see cref="IsClearAnswer"/>), <see cref="AnswerMatch.Possible"/>
    /// for a value it is not sure of, <see cref="AnswerMatch.None"/> otherwise. The validator does not run: a
    /// recognized date on a closed day is still the answer, which the prompt then explains.
    /// </summary>
    public override async Task<AnswerMatch> RecognizeAnswerAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(instance);
        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return AnswerMatch.None;
        }

        if (AcceptsAnyText)
        {
            return IsClearText(PromptInput.GetText(dc.Context.Activity)) ? AnswerMatch.Clear : AnswerMatch.Open;
        }

        var recognized = await OnRecognizeAsync(dc.Context, ReadState(instance), ReadOptions(instance), cancellationToken).ConfigureAwait(false);
        TurnItems.Set(dc.Context, RecognizedKey, new TurnRecognition(instance, recognized));
        return !recognized.Succeeded ? AnswerMatch.None : IsClearAnswer(recognized) ? AnswerMatch.Clear : AnswerMatch.Possible;
    }

    /// <inheritdoc />
    public override bool IsFollowUpQuestion(DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return ReadOptions(instance).IsFollowUp;
    }

    /// <summary>
    /// True for prompts whose recognizer takes any text (a name, a question): their recognition says nothing about
    /// whether the message is an answer, so it never outranks a command or a request for another flow
    /// (<see cref="AnswerMatch.Open"/>).
    /// </summary>
    protected virtual bool AcceptsAnyText => false;

    /// <inheritdoc />
    public override bool TakesCustomerWords => AcceptsAnyText;

    /// <summary>
    /// For a prompt that takes any text: whether <paramref name="text"/> is certainly its answer (a complete postal
    /// address at the address question), so that it goes to the question before any request for another flow the
    /// classifier might read in it ("avenue Foch" is no question about boutiques). By default never.
    /// </summary>
    protected virtual bool IsClearText(string? text) => false;

    /// <summary>Whether a recognized value is certain enough to be the answer whatever else the message could mean.</summary>
    protected virtual bool IsClearAnswer(PromptRecognizerResult<T> recognized) => recognized is { Succeeded: true };

    /// <summary>Help about this question: the options' help, else the help for this kind of prompt.</summary>
    public override Task<IMessageActivity?> GetHelpAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(instance);
        var options = ReadOptions(instance);
        IMessageActivity help = options.Help ?? MessageFactory.Text(Localizer.Get(dc.Language, GetHelpKey(dc.Context, options), GetHelpArgs(options)));
        return Task.FromResult<IMessageActivity?>(help);
    }

    /// <summary>The help string for this question as the channel shows it; by default <see cref="HelpKey"/>.</summary>
    protected virtual string GetHelpKey(ITurnContext turnContext, PromptOptions options) => HelpKey;

    /// <summary>Sends the question, or on a retry the retry prompt, or the hint followed by the question.</summary>
    protected virtual async Task OnPromptAsync(ITurnContext turnContext, JObject state, PromptOptions options, bool isRetry, string? hint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var language = turnContext.GetLanguage();
        IMessageActivity question;
        if (isRetry && options.RetryPrompt is not null)
        {
            question = Decorate(turnContext, Clone(options.RetryPrompt)!, options, language);
        }
        else
        {
            question = Decorate(turnContext, Clone(options.Prompt) ?? (Activity)MessageFactory.Text(string.Empty), options, language);
            if (isRetry)
            {
                var prefix = hint ?? Localizer.Get(language, RetryHintKey, GetHelpArgs(options));
                question.Text = string.IsNullOrEmpty(question.Text) ? prefix : $"{prefix} {question.Text}";
            }
        }

        question.InputHint ??= InputHints.ExpectingInput;
        await turnContext.SendActivityAsync(question, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Adds what the prompt shows besides the question (choices, for instance); by default nothing.</summary>
    protected virtual IMessageActivity Decorate(ITurnContext turnContext, Activity question, PromptOptions options, string language) => question;

    /// <summary>Arguments of the hint and help strings (the bounds of a number, for instance).</summary>
    protected virtual object? GetHelpArgs(PromptOptions options) => null;

    /// <summary>The recognition <see cref="RecognizeAnswerAsync"/> made of this turn's message for <paramref name="instance"/>, taken once.</summary>
    private static PromptRecognizerResult<T>? TakeRecognized(ITurnContext turnContext, DialogInstance instance)
    {
        if (TurnItems.Get<TurnRecognition>(turnContext, RecognizedKey) is not { } kept)
        {
            return null;
        }

        TurnItems.Set(turnContext, RecognizedKey, null);
        return ReferenceEquals(kept.Instance, instance) ? kept.Result as PromptRecognizerResult<T> : null;
    }

    /// <summary>Recognizes the answer in the turn's activity; reads <paramref name="state"/>, never changes it.</summary>
    protected abstract Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, JObject state, PromptOptions options, CancellationToken cancellationToken);

    private static PromptOptions ReadOptions(DialogInstance instance) =>
        PromptOptionsJson.Read(instance.State[PromptState.OptionsKey]);

    private static JObject ReadState(DialogInstance instance)
    {
        if (instance.State[PromptState.StateKey] is not JObject state)
        {
            state = new JObject { [PromptState.AttemptCountKey] = 0 };
            instance.State[PromptState.StateKey] = state;
        }

        return state;
    }

    private static Activity? Clone(Activity? activity) => activity is null ? null : JsonValue.To<Activity>(JsonValue.From(activity));

    private static void SetInputHint(Activity? activity)
    {
        if (activity is not null && string.IsNullOrEmpty(activity.InputHint))
        {
            activity.InputHint = InputHints.ExpectingInput;
        }
    }
}

/// <summary>A prompt's recognition of the turn's message, kept for the rest of the turn.</summary>
/// <param name="Instance">The prompt instance that recognized it.</param>
/// <param name="Result">Its <c>PromptRecognizerResult</c>.</param>
internal sealed record TurnRecognition(DialogInstance Instance, object Result);
