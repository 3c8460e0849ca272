using Majordome.Dialogs.Conversations.Purchase;

namespace Majordome.Dialogs.Engine.Policies;

/// <summary>
/// A card's button clicked while a finished task's follow-up question waits ("shall I tell you when your capsules
/// run low?" under the receipt, whose "Track my order" is clicked instead) is what the customer wants now: the
/// question is dropped and the click goes to the root dialog, which routes it as at the menu. Without this the
/// question answered "please answer yes or no" to a button the bot had just shown.
/// </summary>
public sealed class FollowUpCardClickPolicy : ITurnPolicy
{
    /// <inheritdoc />
    public async Task<DialogTurnResult?> OnMessageAsync(TurnPolicyContext turn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Answer != AnswerMatch.None || !turn.WaitingOnFollowUp || CardSubmit.From(turn.Turn.Activity) is null)
        {
            return null;
        }

        await turn.Dialogs.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        return await turn.BeginRootAsync(new RootDialogOptions(RootDialogReason.CardClick), cancellationToken).ConfigureAwait(false);
    }
}
