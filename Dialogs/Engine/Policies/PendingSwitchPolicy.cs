using Majordome.Dialogs.Recognition;
using Microsoft.Extensions.Logging;

namespace Majordome.Dialogs.Engine.Policies;

/// <summary>
/// The answer to "do you want to stop and switch?" asked last turn: yes keeps the task aside
/// (<see cref="TaskSuspension"/>) and starts the other flow with what the customer had said, no asks the waiting
/// question again, anything else goes on to the next policies (most likely the answer to the waiting question).
/// </summary>
public sealed partial class PendingSwitchPolicy(ILogger logger) : ITurnPolicy
{
    /// <inheritdoc />
    public async Task<DialogTurnResult?> OnMessageAsync(TurnPolicyContext turn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.PendingSwitch is not { } pending || turn.Dialogs.Stack.Count == 0)
        {
            return null;
        }

        switch (ConfirmRecognizer.Recognize(turn.Text, turn.Language))
        {
            case true:
                LogSwitched(logger, turn.Turn.Activity.Conversation?.Id, pending.Intent);

                // Kept aside, not thrown away: a "yes" the customer regrets is offered back when the other flow ends.
                if (pending.Current.Length > 0 && TaskSuspension.Of(turn.Turn) is { } suspension)
                {
                    await suspension.SuspendAsync(turn.Dialogs, pending.Current, cancellationToken).ConfigureAwait(false);
                }

                await turn.Dialogs.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
                return await turn.BeginRootAsync(new RootDialogOptions(RootDialogReason.Switch, pending.Intent, pending.Utterance), cancellationToken).ConfigureAwait(false);
            case false:
                await turn.SayAsync("understanding.switchKept", cancellationToken: cancellationToken).ConfigureAwait(false);
                return await turn.RepromptAsync(cancellationToken).ConfigureAwait(false);
            default:
                return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Switched to flow {Intent} after an interruption in conversation {ConversationId}")]
    private static partial void LogSwitched(ILogger logger, string? conversationId, string intent);
}
