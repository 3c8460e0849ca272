using Majordome.Dialogs.Analytics;
using Majordome.Dialogs.Localization;
using Majordome.Dialogs.Prompts;
using Microsoft.Bot.Builder;

namespace Majordome.Dialogs.Engine;

/// <summary>
/// The dialog stack of one turn and the operations on it (Bot Framework's <c>DialogContext</c>):
/// begin, continue, end, replace, cancel and reprompt. Index 0 of <see cref="Stack"/> is the active dialog.
/// </summary>
public class DialogContext
{
    private readonly DialogState _state;

    /// <summary>Creates the root context of a turn.</summary>
    public DialogContext(DialogSet dialogs, ITurnContext turnContext, DialogState state)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(state);
        Dialogs = dialogs;
        Context = turnContext;
        _state = state;
    }

    /// <summary>Creates the context of a container's inner stack, whose dialogs can also find their parent's dialogs.</summary>
    public DialogContext(DialogSet dialogs, DialogContext parent, DialogState state)
        : this(dialogs, parent?.Context ?? throw new ArgumentNullException(nameof(parent)), state)
    {
        Parent = parent;
    }

    /// <summary>Creates a context over the same stack as <paramref name="dc"/> (a waterfall step's context).</summary>
    protected DialogContext(DialogContext dc)
        : this(dc?.Dialogs ?? throw new ArgumentNullException(nameof(dc)), dc.Context, dc._state)
    {
        Parent = dc.Parent;
    }

    /// <summary>The dialogs this context can begin.</summary>
    public DialogSet Dialogs { get; }

    /// <summary>The turn.</summary>
    public ITurnContext Context { get; }

    /// <summary>The context of the container that owns this stack, or null at the root.</summary>
    public DialogContext? Parent { get; }

    /// <summary>The stack, top first. It is the persisted list itself: changes are saved with the state.</summary>
    public List<DialogInstance> Stack => _state.DialogStack;

    /// <summary>The active dialog's instance, or null when the stack is empty.</summary>
    public DialogInstance? ActiveDialog => Stack.Count > 0 ? Stack[0] : null;

    /// <summary>The context of the active dialog's inner stack when the active dialog is a container, else null.</summary>
    public DialogContext? Child =>
        ActiveDialog is { } active && FindDialog(active.Id) is DialogContainer container ? container.CreateChildContext(this) : null;

    /// <summary>The language of this turn ("fr" or "en").</summary>
    public string Language => Context.GetLanguage();

    /// <summary>The persisted state object behind <see cref="Stack"/> (shared with step contexts).</summary>
    internal DialogState State => _state;

    /// <summary>Finds a dialog in this context's set, then in its parents' sets.</summary>
    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId) ?? Parent?.FindDialog(dialogId);

    /// <summary>Pushes a dialog on the stack and begins it.</summary>
    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default) =>
        BeginCoreAsync(dialogId, options, counted: true, cancellationToken);

    /// <summary>Begins a prompt with its options.</summary>
    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Gives the user's message to the active dialog; returns <see cref="DialogTurnStatus.Empty"/> when there is none.</summary>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is not { } active)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        var dialog = FindDialog(active.Id) ?? throw new InvalidOperationException(
            $"DialogContext.ContinueDialogAsync(): the active dialog '{active.Id}' is not registered any more. Was it removed from the bot?");
        return await dialog.ContinueDialogAsync(this, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends the active dialog and resumes the one below it with <paramref name="result"/>.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        GuardNotToken(result, nameof(result));
        await EndActiveDialogAsync(DialogReason.EndCalled, cancellationToken).ConfigureAwait(false);

        if (ActiveDialog is { } parent)
        {
            var dialog = FindDialog(parent.Id) ?? throw new InvalidOperationException(
                $"DialogContext.EndDialogAsync(): the dialog '{parent.Id}' to resume is not registered any more.");
            return await dialog.ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken).ConfigureAwait(false);
        }

        return new DialogTurnResult(DialogTurnStatus.Complete, result) { ParentEnded = true };
    }

    /// <summary>Ends the active dialog without resuming its parent and begins another in its place (loops, restarts).</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        GuardNotToken(options, nameof(options));

        // A dialog that replaces itself (a loop, a restart) goes on for the reports: neither ended nor begun again.
        var restarting = ActiveDialog?.Id == dialogId;
        await EndActiveDialogAsync(DialogReason.ReplaceCalled, cancellationToken, counted: !restarting).ConfigureAwait(false);
        return await BeginCoreAsync(dialogId, options, counted: !restarting, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Cancels every dialog of this stack.</summary>
    public Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default) =>
        CancelAllDialogsAsync(cancelParents: false, cancellationToken);

    /// <summary>Cancels every dialog of this stack and, with <paramref name="cancelParents"/>, of every stack above it.</summary>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(bool cancelParents, CancellationToken cancellationToken = default)
    {
        var cancelledAny = false;
        for (var dc = this; dc is not null; dc = cancelParents ? dc.Parent : null)
        {
            while (dc.Stack.Count > 0)
            {
                await dc.EndActiveDialogAsync(DialogReason.CancelCalled, cancellationToken).ConfigureAwait(false);
                cancelledAny = true;
            }
        }

        return new DialogTurnResult(cancelledAny ? DialogTurnStatus.Cancelled : DialogTurnStatus.Empty);
    }

    /// <summary>Asks the active dialog to repeat its question.</summary>
    public async Task RepromptDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is { } active && FindDialog(active.Id) is { } dialog)
        {
            await dialog.RepromptDialogAsync(Context, active, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Pops the active dialog, letting it know why.</summary>
    internal async Task EndActiveDialogAsync(DialogReason reason, CancellationToken cancellationToken, bool counted = true)
    {
        if (ActiveDialog is not { } active)
        {
            return;
        }

        if (FindDialog(active.Id) is { } dialog)
        {
            await dialog.EndDialogAsync(Context, active, reason, cancellationToken).ConfigureAwait(false);
            if (counted && dialog.AnalyticsName is { } name)
            {
                // Replaced by another dialog counts as left before the end, as a cancel does.
                Context.Track(reason == DialogReason.EndCalled ? AnalyticsEvents.FlowCompleted : AnalyticsEvents.FlowCancelled, name);
            }
        }

        // The dialog may have changed the stack while ending (it should not); remove this very instance.
        Stack.Remove(active);
    }

    /// <summary>Pushes and begins a dialog; <paramref name="counted"/> false when it only restarts itself (not a start for the reports).</summary>
    private async Task<DialogTurnResult> BeginCoreAsync(string dialogId, object? options, bool counted, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogId);
        GuardNotToken(options, nameof(options));
        var dialog = FindDialog(dialogId) ?? throw new ArgumentException(
            $"DialogContext.BeginDialogAsync(): a dialog with the id '{dialogId}' wasn't found. Add it to the DialogSet or ComponentDialog that begins it.",
            nameof(dialogId));

        Stack.Insert(0, new DialogInstance { Id = dialogId, Version = DialogVersion.Of(dialog) });
        if (counted && dialog.AnalyticsName is { } name)
        {
            Context.Track(AnalyticsEvents.FlowStarted, name);
        }

        return await dialog.BeginDialogAsync(this, options, cancellationToken).ConfigureAwait(false);
    }

    private static void GuardNotToken(object? value, string name)
    {
        if (value is CancellationToken)
        {
            throw new ArgumentException($"{name} cannot be a CancellationToken: did you pass the token in the wrong position?", name);
        }
    }
}
