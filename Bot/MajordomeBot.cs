using Majordome.Dialogs.Engine;
using Majordome.Dialogs.State;
using Microsoft.Bot.Builder;

namespace Majordome.Bot;

/// <summary>
/// The bot every channel calls: one turn at a time per conversation; the conversation's and the customer's state
/// are read together, the dialog manager runs the turn, and what changed is saved together at its end (with the
/// ETags read, so a concurrent write is detected).
/// </summary>
public sealed class MajordomeBot : IBot
{
    private readonly DialogManager _dialogManager;
    private readonly StateStoreSet _state;
    private readonly ConversationLocks _locks;

    /// <summary>Creates the bot.</summary>
    public MajordomeBot(DialogManager dialogManager, ConversationStateStore conversationState, UserStateStore userState, ConversationLocks locks)
    {
        ArgumentNullException.ThrowIfNull(dialogManager);
        ArgumentNullException.ThrowIfNull(conversationState);
        ArgumentNullException.ThrowIfNull(userState);
        ArgumentNullException.ThrowIfNull(locks);
        _dialogManager = dialogManager;
        _state = new StateStoreSet(conversationState, userState);
        _locks = locks;
    }

    /// <inheritdoc />
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        TurnCulture.UseCachedCulture();
        var activity = turnContext.Activity;
        var key = $"{activity.ChannelId}/{activity.Conversation?.Id}";
        using (await _locks.AcquireAsync(key, cancellationToken).ConfigureAwait(false))
        {
            // Read under the lock: the documents are those the previous turn of this conversation saved.
            await _state.LoadAllAsync(turnContext, force: true, cancellationToken).ConfigureAwait(false);
            await _dialogManager.OnTurnAsync(turnContext, cancellationToken).ConfigureAwait(false);
            await _state.SaveAllChangesAsync(turnContext, force: false, cancellationToken).ConfigureAwait(false);
        }
    }
}
