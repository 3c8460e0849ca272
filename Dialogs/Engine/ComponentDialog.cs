using Microsoft.Bot.Builder;

namespace Majordome.Dialogs.Engine;

/// <summary>
/// A dialog made of dialogs, with its own inner stack (Bot Framework's <c>ComponentDialog</c>): one per task,
/// such as booking a table. The inner stack is persisted in the instance's "dialogs" property.
/// </summary>
public class ComponentDialog : DialogContainer
{
    private const string OptionsKey = "options";

    /// <summary>Creates a component dialog.</summary>
    public ComponentDialog(string dialogId)
        : base(dialogId)
    {
    }

    /// <summary>The dialog begun when the component begins; by default the first one added.</summary>
    public string? InitialDialogId { get; set; }

    /// <summary>Adds an inner dialog.</summary>
    public ComponentDialog AddDialog(Dialog dialog)
    {
        Dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    /// <inheritdoc />
    public override string GetVersion() => $"{Id}({Dialogs.GetVersion()})";

    /// <inheritdoc />
    public override DialogContext CreateChildContext(DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = dc.ActiveDialog ?? throw new InvalidOperationException("ComponentDialog.CreateChildContext(): the stack is empty.");
        instance.Dialogs ??= new DialogState();
        return new DialogContext(Dialogs, dc, instance.Dialogs);
    }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = dc.ActiveDialog!;
        instance.State[OptionsKey] = JsonValue.From(options);
        instance.Dialogs = new DialogState();
        var innerDc = CreateChildContext(dc);
        var result = await OnBeginDialogAsync(innerDc, options, cancellationToken).ConfigureAwait(false);
        return await HandleInnerResultAsync(dc, instance, result, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = dc.ActiveDialog!;
        var result = await OnContinueDialogAsync(CreateChildContext(dc), cancellationToken).ConfigureAwait(false);
        return await HandleInnerResultAsync(dc, instance, result, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A dialog begun by this component on the outer stack ended: ask the inner question again.</summary>
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
        return new DialogContext(Dialogs, turnContext, instance.Dialogs ??= new DialogState()).RepromptDialogAsync(cancellationToken);
    }

    /// <summary>When the component is cancelled, its inner dialogs are cancelled too.</summary>
    public override async Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (reason == DialogReason.CancelCalled && instance.Dialogs is { } inner)
        {
            await new DialogContext(Dialogs, turnContext, inner).CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The options the component was begun with, typed (used to restart it).</summary>
    public static T? GetOptions<T>(DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return JsonValue.To<T>(instance.State[OptionsKey]);
    }

    /// <summary>Begins the initial dialog; override to prepare something first.</summary>
    protected virtual Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var initial = InitialDialogId ?? throw new InvalidOperationException(
            $"ComponentDialog '{Id}' has no dialogs: call AddDialog in its constructor.");
        return innerDc.BeginDialogAsync(initial, options, cancellationToken);
    }

    /// <summary>Continues the inner stack; override to intercept messages first.</summary>
    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        return innerDc.ContinueDialogAsync(cancellationToken);
    }

    /// <summary>Ends the component with the inner result; override to shape the result.</summary>
    protected virtual Task<DialogTurnResult> EndComponentAsync(DialogContext outerDc, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        return outerDc.EndDialogAsync(result, cancellationToken);
    }

    private async Task<DialogTurnResult> HandleInnerResultAsync(DialogContext outerDc, DialogInstance instance, DialogTurnResult innerResult, CancellationToken cancellationToken)
    {
        if (innerResult.Status == DialogTurnStatus.Waiting)
        {
            return EndOfTurn;
        }

        // The inner dialogs cancelled this component too (a prompt out of attempts cancels everything):
        // there is nothing left to end here, report the cancellation upward.
        if (!ReferenceEquals(outerDc.ActiveDialog, instance))
        {
            return innerResult;
        }

        return await EndComponentAsync(outerDc, innerResult.Result, cancellationToken).ConfigureAwait(false);
    }
}
