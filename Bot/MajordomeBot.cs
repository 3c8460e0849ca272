using Majordome.Dialogs.Engine;
using Microsoft.Bot.Builder;

namespace Majordome.Bot;

/// <summary>
/// The bot every channel calls: one turn at a time per conversation, the dialog manager runs it, and the
/// conversation and user state are saved at the end (with their ETags, so a concurrent write is detected).
/// </summary>
public sealed class MajordomeBot : IBot
{
    private readonly DialogManager _dialogManager;
    private readonly ConversationState _conversationState;
    private readonly UserState _userState;
    private readonly ConversationLocks _locks;

    /// <summary>Creates the bot.</summary>
    public MajordomeBot(DialogManager dialogManager, ConversationState conversationState, UserState userState, ConversationLocks locks)
    {
        ArgumentNullException.ThrowIfNull(dialogManager);
        ArgumentNullException.ThrowIfNull(conversationState);
        ArgumentNullException.ThrowIfNull(userState);
        ArgumentNullException.ThrowIfNull(locks);
        _dialogManager = dialogManager;
        _conversationState = conversationState;
        _userState = userState;
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
            await _dialogManager.OnTurnAsync(turnContext, cancellationToken).ConfigureAwait(false);
            await _conversationState.SaveChangesAsync(turnContext, force: false, cancellationToken).ConfigureAwait(false);
            await _userState.SaveChangesAsync(turnContext, force: false, cancellationToken).ConfigureAwait(false);
        }
    }
}
