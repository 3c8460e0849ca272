using Majordome.Dialogs.Localization;
using Majordome.Dialogs.Profile;
using Majordome.Dialogs.Recognition;
using Majordome.Dialogs.Understanding;
using Microsoft.Bot.Builder;

namespace Majordome.Dialogs.Engine.Policies;

/// <summary>
/// What the policies know of a message, read once per turn: its text, the global command it is, how it answers
/// the waiting question, the switch question asked last turn, and the ways back to the menu or the question.
/// </summary>
public sealed class TurnPolicyContext
{
    private readonly Func<RootDialogOptions, CancellationToken, Task<DialogTurnResult>> _beginRoot;

    /// <summary>Creates the context of one message.</summary>
    /// <param name="dialogs">The turn's root dialog context.</param>
    /// <param name="profile">The customer's profile.</param>
    /// <param name="answer">How the message answers the waiting question.</param>
    /// <param name="pendingSwitch">The switch question asked last turn, if any.</param>
    /// <param name="localizer">The customer-facing strings.</param>
    /// <param name="beginRoot">Begins the root dialog (the menu, or a flow to switch to) with its options.</param>
    public TurnPolicyContext(DialogContext dialogs, UserProfile profile, AnswerMatch answer, PendingSwitch? pendingSwitch, Localizer localizer, Func<RootDialogOptions, CancellationToken, Task<DialogTurnResult>> beginRoot)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(beginRoot);
        Dialogs = dialogs;
        Profile = profile;
        Answer = answer;
        PendingSwitch = pendingSwitch;
        Localizer = localizer;
        _beginRoot = beginRoot;
        Text = Prompts.PromptInput.GetText(dialogs.Context.Activity);
        Command = string.IsNullOrWhiteSpace(dialogs.Context.Activity.Text) ? null : GlobalCommandRecognizer.Recognize(dialogs.Context.Activity.Text);
    }

    /// <summary>The turn's root dialog context.</summary>
    public DialogContext Dialogs { get; }

    /// <summary>The turn.</summary>
    public ITurnContext Turn => Dialogs.Context;

    /// <summary>The customer's profile (their language choice).</summary>
    public UserProfile Profile { get; }

    /// <summary>The message's text (typed, or the title of what was clicked).</summary>
    public string? Text { get; }

    /// <summary>The global command the message is, if any.</summary>
    public GlobalCommandKind? Command { get; }

    /// <summary>How the message answers the question the innermost dialog waits on.</summary>
    public AnswerMatch Answer { get; }

    /// <summary>The switch question asked last turn ("do you want to stop and switch?"), if any; it is answered now or forgotten.</summary>
    public PendingSwitch? PendingSwitch { get; }

    /// <summary>The customer-facing strings.</summary>
    public Localizer Localizer { get; }

    /// <summary>The turn's language.</summary>
    public string Language => Dialogs.Language;

    /// <summary>
    /// True while the customer is inside a task, false at the menu: every flow (built-in or a marketer's) is a
    /// component the root dialog begins, while what the root itself asks (the menu, "did you mean…?") is home.
    /// </summary>
    public bool InFlow => Dialogs.Child?.Child is not null;

    /// <summary>
    /// True when the waiting question is a follow-up to a finished task ("did this answer help?", "anything
    /// else?"): what comes next is a new request, not something to keep the customer's place for.
    /// </summary>
    public bool WaitingOnFollowUp
    {
        get
        {
            var leaf = DialogNavigator.Leaf(Dialogs);
            return leaf.ActiveDialog is { } waiting && leaf.FindDialog(waiting.Id) is { } dialog && dialog.IsFollowUpQuestion(waiting);
        }
    }

    /// <summary>Says the localized string <paramref name="key"/>.</summary>
    public Task SayAsync(string key, object? args = null, CancellationToken cancellationToken = default) =>
        Turn.SendActivityAsync(MessageFactory.Text(Localizer.Get(Language, key, args)), cancellationToken);

    /// <summary>Begins the root dialog (the menu) for <paramref name="reason"/>; the stack must be empty.</summary>
    public Task<DialogTurnResult> BeginRootAsync(RootDialogReason reason, CancellationToken cancellationToken = default) =>
        _beginRoot(new RootDialogOptions(reason), cancellationToken);

    /// <summary>Begins the root dialog with <paramref name="options"/> (a flow to switch to, for instance); the stack must be empty.</summary>
    public Task<DialogTurnResult> BeginRootAsync(RootDialogOptions options, CancellationToken cancellationToken = default) =>
        _beginRoot(options, cancellationToken);

    /// <summary>Asks the waiting question again, or shows the menu when nothing waits.</summary>
    public async Task<DialogTurnResult> RepromptAsync(CancellationToken cancellationToken = default)
    {
        if (Dialogs.Stack.Count == 0)
        {
            return await BeginRootAsync(RootDialogReason.Menu, cancellationToken).ConfigureAwait(false);
        }

        await Dialogs.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
        return Dialog.EndOfTurn;
    }

    /// <summary>Shows the menu afresh: everything that runs is ended first.</summary>
    public async Task<DialogTurnResult> ShowMenuAsync(CancellationToken cancellationToken = default)
    {
        await Dialogs.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        return await BeginRootAsync(RootDialogReason.Menu, cancellationToken).ConfigureAwait(false);
    }
}
