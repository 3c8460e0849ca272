using Majordome.Dialogs.Analytics;
using Majordome.Dialogs.Engine.Policies;
using Majordome.Dialogs.Localization;
using Majordome.Dialogs.Profile;
using Majordome.Dialogs.Recognition;
using Majordome.Dialogs.Understanding;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Majordome.Dialogs.State;

namespace Majordome.Dialogs.Engine;

/// <summary>
/// Runs the root dialog for each turn (Bot Framework's <c>DialogManager</c>): resolves the turn's language, lets
/// the turn policies decide what a message means while a question waits (see <see cref="TurnPolicies"/>: the
/// waiting question's own answer first, then global commands, small talk and switches to another flow), then
/// continues the active dialog or begins the root one. It never leaves a customer with nothing to do: when
/// everything is cancelled it shows the menu.
/// Saving state is the caller's job (the bot saves conversation and user state after the turn).
/// </summary>
public sealed partial class DialogManager
{
    private readonly DialogSet _dialogs;
    private readonly UserProfileAccessor _profiles;
    private readonly ConversationOptions _options;
    private readonly Localizer _localizer;
    private readonly Func<string?, LanguageGuess>? _learnedLanguage;
    private readonly IStatePropertyAccessor<PendingSwitch>? _pendingSwitch;
    private readonly IConversationAnalytics? _analytics;
    private readonly IReadOnlyList<ITurnPolicy> _policies;
    private readonly TaskSuspension? _suspension;
    private readonly Anticipation.IProactiveGreeting? _greeting;

    /// <summary>Creates the manager of <paramref name="rootDialog"/>, whose stack lives in conversation state.</summary>
    /// <param name="rootDialog">The dialog every conversation starts with.</param>
    /// <param name="conversationState">Where the dialog stack is kept.</param>
    /// <param name="profiles">The customers' profiles (language).</param>
    /// <param name="options">Default language and time zone.</param>
    /// <param name="logger">The log.</param>
    /// <param name="localizer">The customer-facing strings.</param>
    /// <param name="handoff">What asking for a person does.</param>
    /// <param name="interruptions">Tells a request for another flow from an answer while a question waits; null never interrupts.</param>
    /// <param name="learnedLanguage">A learned French/English classifier for first messages whose words say too little; may be null.</param>
    /// <param name="analytics">Counts messages, conversations and flows for the brand's reports; null counts nothing.</param>
    /// <param name="knowledge">The FAQ that answers a question typed in the middle of a task before the task's question is asked again; null answers none in place.</param>
    /// <param name="feedback">Where a question typed in the middle of a task that nothing answers is recorded for the team; null records none.</param>
    /// <param name="consents">Where "stop les rappels" turns the messages the assistant writes first off; null leaves "stop" a cancel only.</param>
    /// <param name="greeting">The messages kept for a visitor's next visit on a channel that cannot write first (Web Chat), shown when they arrive; null shows none.</param>
    /// <param name="time">The clock a stop is dated by; the system's when null.</param>
    /// <param name="teamHours">When the team answers a request for a person; null takes it to be always there.</param>
    public DialogManager(Dialog rootDialog, ConversationStateStore conversationState, UserProfileAccessor profiles, IOptions<ConversationOptions> options, ILogger<DialogManager> logger, Localizer? localizer = null, IHumanHandoff? handoff = null, Interruptions? interruptions = null, Func<string?, LanguageGuess>? learnedLanguage = null, IConversationAnalytics? analytics = null, Knowledge.FaqKnowledge? knowledge = null, Knowledge.IFeedbackLog? feedback = null, Anticipation.IProactiveConsents? consents = null, Anticipation.IProactiveGreeting? greeting = null, TimeProvider? time = null, ITeamHours? teamHours = null)
    {
        ArgumentNullException.ThrowIfNull(rootDialog);
        ArgumentNullException.ThrowIfNull(conversationState);
        ArgumentNullException.ThrowIfNull(profiles);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        RootDialog = rootDialog;
        _dialogs = new DialogSet(conversationState.CreateProperty<DialogState>(nameof(DialogState))).Add(rootDialog);
        _profiles = profiles;
        _options = options.Value;
        _localizer = localizer ?? Localizer.Default;
        _learnedLanguage = learnedLanguage;
        var pendingSwitch = conversationState.CreateProperty<PendingSwitch>(nameof(PendingSwitch));
        _pendingSwitch = interruptions is null ? null : pendingSwitch;
        _suspension = interruptions is null ? null : new TaskSuspension(conversationState.CreateProperty<SuspendedTask>(nameof(SuspendedTask)));
        _analytics = analytics;
        _policies = TurnPolicies.Default(logger, handoff, interruptions, pendingSwitch, knowledge, feedback, consents, time, teamHours);
        _greeting = greeting;
    }

    /// <summary>The dialog every conversation starts with (the greeting and main menu).</summary>
    public Dialog RootDialog { get; }

    /// <summary>Runs one turn.</summary>
    public async Task<DialogTurnResult> OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        using var span = Diagnostics.MajordomeDiagnostics.Source.StartActivity("majordome.dialog");

        // The state stores hand every reader of the turn the same profile and dialog stack, and save what changed
        // at the end of the turn: nothing has to be written back here.
        var profile = await _profiles.GetAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var previousLanguage = profile.Language;
        turnContext.SetLanguage(LanguageResolver.Resolve(profile, activity, _options.DefaultLanguage, _learnedLanguage));
        turnContext.SetDefaultTimeZone(_options.DefaultTimeZone);
        if (_analytics is not null)
        {
            turnContext.SetAnalytics(_analytics);
        }

        _suspension?.Attach(turnContext);

        if (activity.Type == ActivityTypes.Message)
        {
            turnContext.Track(AnalyticsEvents.Message);
        }

        var dc = await _dialogs.CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var idle = dc.Stack.Count == 0;

        // An answer to a question that takes any text is the customer's words, not their language: an English
        // customer typing "12 rue de la Roquette, 75011 Paris" or a French name stays in English.
        if (previousLanguage is not null && profile.Language != previousLanguage
            && await IsCustomerWordsAsync(dc, cancellationToken).ConfigureAwait(false))
        {
            profile.Language = previousLanguage;
            turnContext.SetLanguage(previousLanguage);
        }

        // Which flow the turn worked in is read only when telemetry listens (walking the stack is not free), and
        // then on every turn, sampled out of the traces or not: the turn metrics count by flow.
        var observed = Diagnostics.MajordomeDiagnostics.Source.HasListeners();
        var flowBefore = observed ? Diagnostics.TurnFlow.Active(dc) : null;
        var result = await RunAsync(dc, profile, cancellationToken).ConfigureAwait(false);
        if (observed)
        {
            var flow = Diagnostics.TurnFlow.Active(dc) ?? flowBefore ?? Diagnostics.TurnFlow.None;
            Diagnostics.TurnFlow.Set(turnContext, flow);
            span?.SetTag(Diagnostics.MajordomeDiagnostics.FlowTag, flow);
            span?.SetTag("majordome.dialog.status", result.Status.ToString());
        }

        // The main dialog loops until the conversation state goes: a stack that was empty and is not any more is a
        // customer starting (first contact, Get Started, or back after their state expired).
        if (idle && dc.Stack.Count > 0)
        {
            turnContext.Track(AnalyticsEvents.Conversation);
        }

        return result;
    }

    private async Task<DialogTurnResult> RunAsync(DialogContext dc, UserProfile profile, CancellationToken cancellationToken)
    {
        var activity = dc.Context.Activity;

        // Get Started, a link's ref or a persistent-menu item: start where the customer asked.
        if (Conversations.ConversationStart.From(activity) is { } start)
        {
            return await start.BeginAsync(dc, RootDialog.Id, cancellationToken).ConfigureAwait(false);
        }

        // A turn the assistant started itself to move a waiting dialog on: only the dialogs on the stack may use it.
        if (ResumeEvent.Is(activity))
        {
            return dc.Stack.Count > 0 ? await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false) : new DialogTurnResult(DialogTurnStatus.Waiting);
        }

        if (activity.Type != ActivityTypes.Message)
        {
            if (IsNewMember(activity))
            {
                await ShowKeptMessagesAsync(dc, cancellationToken).ConfigureAwait(false);
            }

            return IsNewMember(activity) && dc.Stack.Count == 0
                ? await BeginRootAsync(dc, RootDialogReason.Welcome, cancellationToken).ConfigureAwait(false)
                : new DialogTurnResult(DialogTurnStatus.Waiting);
        }

        // A switch question is answered on the very next message or forgotten, so a later "oui" never triggers it.
        var pending = await TakePendingSwitchAsync(dc.Context, cancellationToken).ConfigureAwait(false);
        var answer = await RecognizeAnswerAsync(dc, cancellationToken).ConfigureAwait(false);
        var turn = new TurnPolicyContext(dc, profile, answer, pending, _localizer, (options, ct) => dc.BeginDialogAsync(RootDialog.Id, options, ct));
        DialogTurnResult? result = null;
        foreach (var policy in _policies)
        {
            if ((result = await policy.OnMessageAsync(turn, cancellationToken).ConfigureAwait(false)) is not null)
            {
                break;
            }
        }

        result ??= await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);

        // The customer took back the task they had left for another flow: its stack returns, its question is asked again.
        if (await TaskSuspension.ResumeRequestedAsync(dc, cancellationToken).ConfigureAwait(false))
        {
            return Dialog.EndOfTurn;
        }

        if (dc.Stack.Count > 0)
        {
            return result;
        }

        // Nothing runs any more (first message, or everything was cancelled or done): offer the menu.
        var reason = result.Status switch
        {
            DialogTurnStatus.Empty => RootDialogReason.Welcome,
            DialogTurnStatus.Cancelled => RootDialogReason.Cancelled,
            _ => RootDialogReason.Completed,
        };
        return await BeginRootAsync(dc, reason, cancellationToken).ConfigureAwait(false);
    }

    // A visitor arriving on a channel that cannot write first (Web Chat) sees what was kept for them (a reorder
    // suggestion, a reminder) before the greeting, composed now in the turn's language.
    private async Task ShowKeptMessagesAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (_greeting is null)
        {
            return;
        }

        var culture = System.Globalization.CultureInfo.GetCultureInfo(Languages.LocaleOf(dc.Language));
        var kept = await _greeting.TakeDueAsync(Conversations.CustomerKey.From(dc.Context), culture, cancellationToken).ConfigureAwait(false);
        if (kept.Count > 0)
        {
            await dc.Context.SendActivitiesAsync([.. kept.Cast<Activity>()], cancellationToken).ConfigureAwait(false);
        }
    }

    private static bool IsNewMember(IActivity activity) =>
        activity is IConversationUpdateActivity { MembersAdded: { Count: > 0 } added } update
        && added.Any(m => m.Id != update.Recipient?.Id);

    private Task<DialogTurnResult> BeginRootAsync(DialogContext dc, RootDialogReason reason, CancellationToken cancellationToken) =>
        dc.BeginDialogAsync(RootDialog.Id, new RootDialogOptions(reason), cancellationToken);

    /// <summary>Whether the message answers a question that takes the customer's own words (see <see cref="Dialog.TakesCustomerWords"/>).</summary>
    private static async Task<bool> IsCustomerWordsAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var answer = await RecognizeAnswerAsync(dc, cancellationToken).ConfigureAwait(false);
        return answer == AnswerMatch.Open
            || (answer == AnswerMatch.Clear && DialogNavigator.Leaf(dc) is { ActiveDialog: { } waiting } leaf && leaf.FindDialog(waiting.Id) is { TakesCustomerWords: true });
    }

    /// <summary>How the message answers the question the innermost dialog waits on.</summary>
    private static async Task<AnswerMatch> RecognizeAnswerAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var leaf = DialogNavigator.Leaf(dc);
        return leaf.ActiveDialog is { } waiting && leaf.FindDialog(waiting.Id) is { } dialog
            ? await dialog.RecognizeAnswerAsync(leaf, waiting, cancellationToken).ConfigureAwait(false)
            : AnswerMatch.None;
    }
}
