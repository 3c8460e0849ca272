using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Majordome.Dialogs.Engine;

/// <summary>
/// The base of every dialog, mirroring Bot Framework's <c>Dialog</c>: a dialog is begun, continued
/// with each message while it is active, resumed when a child it started ends, and ended or cancelled.
/// </summary>
public abstract class Dialog
{
    /// <summary>Creates a dialog with an id unique within its <see cref="DialogSet"/>.</summary>
    protected Dialog(string dialogId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogId);
        Id = dialogId;
    }

    /// <summary>The result a dialog returns when it waits for the user's next message.</summary>
    public static DialogTurnResult EndOfTurn { get; } = new(DialogTurnStatus.Waiting);

    /// <summary>The dialog's id.</summary>
    public string Id { get; }

    /// <summary>
    /// The name the brand's reports give this dialog, or null (the default) for a dialog they do not follow: when
    /// set, the engine counts its starts, completions and cancellations (see <see cref="Analytics.AnalyticsEvents"/>).
    /// Set it on the flows a customer chooses (booking, shop...), not on their inner steps and prompts.
    /// </summary>
    public string? AnalyticsName { get; init; }

    /// <summary>Starts the dialog; it is already on top of <paramref name="dc"/>'s stack.</summary>
    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default);

    /// <summary>Handles the user's message while the dialog is active. By default the dialog ends.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default) =>
        dc.EndDialogAsync(null, cancellationToken);

    /// <summary>Called when a child dialog this dialog started has ended. By default the dialog ends with the child's result.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default) =>
        dc.EndDialogAsync(result, cancellationToken);

    /// <summary>Asks the user again for what the dialog is waiting for (after help, for instance).</summary>
    public virtual Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;

    /// <summary>Called when the dialog leaves the stack, with the reason.</summary>
    public virtual Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;

    /// <summary>
    /// Context-aware help: what to tell a user who asks for help while this dialog is active, or null to let
    /// the dialog below it answer.
    /// </summary>
    public virtual Task<IMessageActivity?> GetHelpAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken = default) =>
        Task.FromResult<IMessageActivity?>(null);

    /// <summary>
    /// Whether the turn's message answers what this dialog waits for, without consuming it (nothing is sent or
    /// stored). The dialog manager asks the innermost active dialog before anything else: a message that clearly
    /// answers the waiting question goes to it, never to a global command or an interruption. Dialogs that ask
    /// nothing themselves answer <see cref="AnswerMatch.None"/> (the default); prompts recognize.
    /// </summary>
    public virtual Task<AnswerMatch> RecognizeAnswerAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken = default) =>
        Task.FromResult(AnswerMatch.None);

    /// <summary>
    /// True when what the dialog waits for is a follow-up to a finished task ("did this answer help?", "anything
    /// else?"): a request for another flow then simply starts it, without asking whether to leave this one.
    /// </summary>
    public virtual bool IsFollowUpQuestion(DialogInstance instance) => false;

    /// <summary>
    /// True when what the dialog waits for is the customer's own words (a name, an address): even an answer it is
    /// sure of (<see cref="AnswerMatch.Clear"/>, "22 avenue Foch, 75116 Paris") says nothing of their language.
    /// </summary>
    public virtual bool TakesCustomerWords => false;

    /// <summary>A string that changes when the dialog's definition changes, so running instances can tell.</summary>
    /// <remarks>
    /// Its stamp is worked out once (<see cref="DialogVersion.Of"/>) and again only after a dialog set or a waterfall
    /// changed: an override whose result changes otherwise calls <see cref="DialogVersion.Changed"/>.
    /// </remarks>
    public virtual string GetVersion() => Id;

    /// <summary>The stamp <see cref="DialogVersion.Of"/> worked out, with the generation of definitions it holds for.</summary>
    internal DialogVersionStamp? VersionStamp { get; set; }
}
