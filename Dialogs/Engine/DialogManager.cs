using Majordome.Dialogs.Analytics;
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
/// Runs the root dialog for each turn (Bot Framework's <c>DialogManager</c>): resolves the turn's language,
/// handles the global commands in any step — help (about the current question, which is asked again after),
/// cancel, start over, back, menu, language switch, human — then continues the active dialog or begins the root
/// one. It never leaves a customer with nothing to do: when everything is cancelled it shows the menu.
/// Saving state is the caller's job (the bot saves conversation and user state after the turn).
/// </summary>
public sealed partial class DialogManager
{
    private readonly DialogSet _dialogs;
    private readonly UserProfileAccessor _profiles;
    private readonly ConversationOptions _options;
    private readonly Localizer _localizer;
    private readonly ILogger<DialogManager> _logger;
    private readonly IHumanHandoff? _handoff;
    private readonly Interruptions? _interruptions;
    private readonly Func<string?, LanguageGuess>? _learnedLanguage;
    private readonly IStatePropertyAccessor<PendingSwitch> _pendingSwitch;
    private readonly IConversationAnalytics? _analytics;

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
    public DialogManager(Dialog rootDialog, ConversationStateStore conversationState, UserProfileAccessor profiles, IOptions<ConversationOptions> options, ILogger<DialogManager> logger, Localizer? localizer = null, IHumanHandoff? handoff = null, Interruptions? interruptions = null, Func<string?, LanguageGuess>? learnedLanguage = null, IConversationAnalytics? analytics = null)
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
        _logger = logger;
        _handoff = handoff;
        _interruptions = interruptions;
        _learnedLanguage = learnedLanguage;
        _pendingSwitch = conversationState.CreateProperty<PendingSwitch>(nameof(PendingSwitch));
        _analytics = analytics;
    }

    /// <summary>The dialog every conversation starts with (the greeting and main menu).</summary>
    public Dialog RootDialog { get; }

    /// <summary>Runs one turn.</summary>
    public async Task<DialogTurnResult> OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;

        // The state stores hand every reader of the turn the same profile and dialog stack, and save what changed
        // at the end of the turn: nothing has to be written back here.
        var profile = await _profiles.GetAsync(turnContext, cancellationToken).ConfigureAwait(false);
        turnContext.SetLanguage(LanguageResolver.Resolve(profile, activity, _options.DefaultLanguage, _learnedLanguage));
        turnContext.SetDefaultTimeZone(_options.DefaultTimeZone);
        if (_analytics is not null)
        {
            turnContext.SetAnalytics(_analytics);
        }

        if (activity.Type == ActivityTypes.Message)
        {
            turnContext.Track(AnalyticsEvents.Message);
        }

        var dc = await _dialogs.CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var idle = dc.Stack.Count == 0;
        var result = await RunAsync(dc, profile, cancellationToken).ConfigureAwait(false);

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

        if (activity.Type != ActivityTypes.Message)
        {
            return IsNewMember(activity) && dc.Stack.Count == 0
                ? await BeginRootAsync(dc, RootDialogReason.Welcome, cancellationToken).ConfigureAwait(false)
                : new DialogTurnResult(DialogTurnStatus.Waiting);
        }

        var command = string.IsNullOrWhiteSpace(activity.Text) ? null : GlobalCommandRecognizer.Recognize(activity.Text);
        // A switch question is answered on the very next message or forgotten, so a later "oui" never triggers it.
        var pending = await TakePendingSwitchAsync(dc.Context, cancellationToken).ConfigureAwait(false);
        var result = command is { } kind
            ? await HandleCommandAsync(dc, kind, profile, cancellationToken).ConfigureAwait(false)
            : await HandleSwitchAsync(dc, pending, cancellationToken).ConfigureAwait(false)
                ?? await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
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

    private static bool IsNewMember(IActivity activity) =>
        activity is IConversationUpdateActivity { MembersAdded: { Count: > 0 } added } update
        && added.Any(m => m.Id != update.Recipient?.Id);

    private Task<DialogTurnResult> BeginRootAsync(DialogContext dc, RootDialogReason reason, CancellationToken cancellationToken) =>
        dc.BeginDialogAsync(RootDialog.Id, new RootDialogOptions(reason), cancellationToken);

    private async Task<DialogTurnResult> HandleCommandAsync(DialogContext dc, GlobalCommandKind command, UserProfile profile, CancellationToken cancellationToken)
    {
        LogCommand(dc.Context.Activity.Conversation?.Id, command);
        switch (command)
        {
            case GlobalCommandKind.SwitchToFrench:
            case GlobalCommandKind.SwitchToEnglish:
                var language = command == GlobalCommandKind.SwitchToFrench ? Languages.French : Languages.English;
                LanguageResolver.Choose(profile, language);
                dc.Context.SetLanguage(language);
                await SayAsync(dc, "language.switched", cancellationToken).ConfigureAwait(false);
                return await DialogNavigator.ReplayCurrentQuestionAsync(dc, cancellationToken).ConfigureAwait(false)
                    ?? await RepromptAsync(dc, cancellationToken).ConfigureAwait(false);

            case GlobalCommandKind.Help:
                var help = await DialogNavigator.GetHelpAsync(dc, cancellationToken).ConfigureAwait(false);
                if (help is not null)
                {
                    await dc.Context.SendActivityAsync(help, cancellationToken).ConfigureAwait(false);
                }

                await SayAsync(dc, "help.commands", cancellationToken).ConfigureAwait(false);
                return await RepromptAsync(dc, cancellationToken).ConfigureAwait(false);

            case GlobalCommandKind.Cancel:
                await SayAsync(dc, dc.Stack.Count == 0 ? "cancel.nothing" : "cancel.done", cancellationToken).ConfigureAwait(false);
                return await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);

            case GlobalCommandKind.Menu:
                await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
                return await BeginRootAsync(dc, RootDialogReason.Menu, cancellationToken).ConfigureAwait(false);

            case GlobalCommandKind.StartOver:
                await SayAsync(dc, "startOver.done", cancellationToken).ConfigureAwait(false);
                if (await DialogNavigator.RestartCurrentFlowAsync(dc, cancellationToken).ConfigureAwait(false) is { } restarted)
                {
                    return restarted;
                }

                await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
                return await BeginRootAsync(dc, RootDialogReason.Welcome, cancellationToken).ConfigureAwait(false);

            case GlobalCommandKind.Back:
                if (await DialogNavigator.GoBackAsync(dc, cancellationToken).ConfigureAwait(false) is { } back)
                {
                    return back;
                }

                await SayAsync(dc, "back.nothing", cancellationToken).ConfigureAwait(false);
                return await RepromptAsync(dc, cancellationToken).ConfigureAwait(false);

            case GlobalCommandKind.Greeting:
                // A greeting starts the conversation; in the middle of one, greet back and repeat the question.
                if (dc.Stack.Count == 0)
                {
                    return await BeginRootAsync(dc, RootDialogReason.Welcome, cancellationToken).ConfigureAwait(false);
                }

                await SayAsync(dc, "greeting.again", cancellationToken).ConfigureAwait(false);
                return await RepromptAsync(dc, cancellationToken).ConfigureAwait(false);

            default:
                // The host decides what handing over means (recorded for the team until a channel has a human
                // inbox); the customer is told honestly and keeps the current question.
                LogHumanRequested(dc.Context.Activity.Conversation?.Id);
                if (_handoff is not null)
                {
                    await _handoff.RequestAsync(dc.Context, null, cancellationToken).ConfigureAwait(false);
                }

                await SayAsync(dc, "human.requested", cancellationToken).ConfigureAwait(false);
                return await RepromptAsync(dc, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<DialogTurnResult> RepromptAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.Stack.Count == 0)
        {
            return await BeginRootAsync(dc, RootDialogReason.Menu, cancellationToken).ConfigureAwait(false);
        }

        await dc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
        return Dialog.EndOfTurn;
    }

    private Task SayAsync(DialogContext dc, string key, CancellationToken cancellationToken) =>
        dc.Context.SendActivityAsync(MessageFactory.Text(_localizer.Get(dc.Language, key)), cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Global command {Command} in conversation {ConversationId}")]
    private partial void LogCommand(string? conversationId, GlobalCommandKind command);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A customer asked for a human in conversation {ConversationId}")]
    private partial void LogHumanRequested(string? conversationId);
}
