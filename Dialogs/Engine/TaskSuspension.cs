using Microsoft.Bot.Builder;

namespace Majordome.Dialogs.Engine;

/// <summary>
/// Keeps the task a customer left for another flow and gives it back when they want it: the turn policies suspend
/// it on "yes, switch", the root dialog offers it when the other flow ends, and the dialog manager puts the stack
/// back at the end of the turn in which the customer accepted. One task is kept: leaving a second one replaces it.
/// </summary>
public sealed class TaskSuspension
{
    private const string Key = "Majordome.TaskSuspension";
    private const string ResumeKey = "Majordome.TaskSuspension.Resume";

    private readonly IStatePropertyAccessor<SuspendedTask> _accessor;

    /// <summary>Creates the suspension kept in <paramref name="accessor"/>'s conversation state property.</summary>
    public TaskSuspension(IStatePropertyAccessor<SuspendedTask> accessor)
    {
        ArgumentNullException.ThrowIfNull(accessor);
        _accessor = accessor;
    }

    /// <summary>The suspension available to dialogs in this turn, or null when the bot suspends nothing.</summary>
    public static TaskSuspension? Of(ITurnContext turnContext) => TurnItems.Get<TaskSuspension>(turnContext, Key);

    /// <summary>Makes this suspension available to the dialogs of <paramref name="turnContext"/>.</summary>
    public void Attach(ITurnContext turnContext) => TurnItems.Set(turnContext, Key, this);

    /// <summary>Keeps a copy of the stack of <paramref name="dc"/>, the task <paramref name="intent"/>, before it is cancelled.</summary>
    public Task SuspendAsync(DialogContext dc, string intent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentException.ThrowIfNullOrEmpty(intent);

        // A deep copy: cancelling the dialogs next must not touch what is kept.
        var stack = JsonValue.To<List<DialogInstance>>(JsonValue.From(dc.Stack)) ?? [];
        return _accessor.SetAsync(dc.Context, new SuspendedTask { Intent = intent, Stack = stack }, cancellationToken);
    }

    /// <summary>The task kept, removed from state (it is offered once), or null.</summary>
    public async Task<SuspendedTask?> TakeAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var task = await _accessor.GetAsync(turnContext, () => new SuspendedTask(), cancellationToken).ConfigureAwait(false);
        await _accessor.DeleteAsync(turnContext, cancellationToken).ConfigureAwait(false);
        return task.Intent.Length > 0 && task.Stack.Count > 0 ? task : null;
    }

    /// <summary>Asks for <paramref name="task"/> to be put back at the end of this turn, its question asked again.</summary>
    public static void Resume(ITurnContext turnContext, SuspendedTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        TurnItems.Set(turnContext, ResumeKey, task);
    }

    /// <summary>Puts back the task a dialog asked to resume in this turn; false when none was.</summary>
    internal static async Task<bool> ResumeRequestedAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (TurnItems.Get<SuspendedTask>(dc.Context, ResumeKey) is not { } task)
        {
            return false;
        }

        TurnItems.Set(dc.Context, ResumeKey, null);
        dc.Stack.Clear();
        dc.Stack.AddRange(task.Stack);
        await dc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }
}
