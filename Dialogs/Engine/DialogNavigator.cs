using Microsoft.Bot.Schema;

namespace Majordome.Dialogs.Engine;

/// <summary>
/// Moves around a whole dialog tree (stacks inside components inside stacks) for the global commands:
/// find the innermost active dialog, go back to the previous question, ask the current question again,
/// collect context-aware help, restart the current flow.
/// </summary>
public static class DialogNavigator
{
    /// <summary>The innermost active context: the one whose active dialog is not a container.</summary>
    public static DialogContext Leaf(DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var leaf = dc;
        while (leaf.Child is { } child)
        {
            leaf = child;
        }

        return leaf;
    }

    /// <summary>
    /// Goes back to the previous question of the innermost waterfall that has one, ending the dialogs above it;
    /// returns null when there is no previous question anywhere.
    /// </summary>
    public static async Task<DialogTurnResult?> GoBackAsync(DialogContext root, CancellationToken cancellationToken = default)
    {
        var target = await UnwindToAsync(root, (w, i) => w.CanGoBack(i), cancellationToken).ConfigureAwait(false);
        return target is { } t ? await t.Waterfall.GoBackAsync(t.Context, cancellationToken).ConfigureAwait(false) : null;
    }

    /// <summary>
    /// Asks the current question again by running the step that asked it (so its text is rebuilt, in the new
    /// language after a switch); returns null when no waterfall is waiting on a question.
    /// </summary>
    public static async Task<DialogTurnResult?> ReplayCurrentQuestionAsync(DialogContext root, CancellationToken cancellationToken = default)
    {
        var target = await UnwindToAsync(root, (w, i) => w.CanReplay(i), cancellationToken).ConfigureAwait(false);
        return target is { } t ? await t.Waterfall.ReplayCurrentStepAsync(t.Context, cancellationToken).ConfigureAwait(false) : null;
    }

    /// <summary>Help from the innermost dialog that has some, or null.</summary>
    public static async Task<IMessageActivity?> GetHelpAsync(DialogContext root, CancellationToken cancellationToken = default)
    {
        for (var dc = Leaf(root); dc is not null; dc = dc.Parent)
        {
            foreach (var instance in dc.Stack.ToList())
            {
                if (dc.FindDialog(instance.Id) is { } dialog
                    && await dialog.GetHelpAsync(dc, instance, cancellationToken).ConfigureAwait(false) is { } help)
                {
                    return help;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Restarts the flow the root dialog is running (the dialog on top of the root's inner stack) with the
    /// options it was begun with; returns null when the root runs no flow.
    /// </summary>
    public static async Task<DialogTurnResult?> RestartCurrentFlowAsync(DialogContext root, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(root);
        if (root.Child is not { Stack.Count: > 1 } inner)
        {
            return null;
        }

        var flow = inner.ActiveDialog!;

        // A flow that no longer exists (a marketer deleted its file) cannot be begun again.
        if (inner.FindDialog(flow.Id) is null)
        {
            return null;
        }

        var options = flow.State["options"]?.DeepClone();
        await inner.EndActiveDialogAsync(DialogReason.CancelCalled, cancellationToken).ConfigureAwait(false);
        return await inner.BeginDialogAsync(flow.Id, options, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<(DialogContext Context, WaterfallDialog Waterfall)?> UnwindToAsync(
        DialogContext root, Func<WaterfallDialog, DialogInstance, bool> accepts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(root);
        for (var dc = Leaf(root); dc is not null; dc = dc.Parent)
        {
            for (var i = 0; i < dc.Stack.Count; i++)
            {
                var instance = dc.Stack[i];
                if (dc.FindDialog(instance.Id) is not WaterfallDialog waterfall || !accepts(waterfall, instance))
                {
                    continue;
                }

                // End what sits above the waterfall (its prompt, or a component and everything inside it).
                while (!ReferenceEquals(dc.ActiveDialog, instance))
                {
                    await dc.EndActiveDialogAsync(DialogReason.CancelCalled, cancellationToken).ConfigureAwait(false);
                }

                return (dc, waterfall);
            }
        }

        return null;
    }
}
