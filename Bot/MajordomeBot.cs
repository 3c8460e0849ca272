using Majordome.Bot.Adapters;
using Majordome.Bot.Channels;
using Majordome.Dialogs.Channels;
using Majordome.Dialogs.Engine;
using Majordome.Dialogs.State;
using Microsoft.Bot.Builder;

namespace Majordome.Bot;

/// <summary>
/// The bot every channel calls: one turn at a time per conversation; the conversation's and the customer's state
/// are read together, the dialog manager runs the turn, and what changed is saved together at its end (with the
/// ETags read, so a concurrent write is detected). A turn answering a stored inbound event (<see cref="InboundEventId"/>)
/// records the event in the conversation state, in the same save: an event run again after a crash whose turn was
/// already saved is not run a second time. Every turn carries the channel registry, which the dialogs ask what the
/// channel can show (<see cref="TurnChannel"/>), and a number typed under a list shown numbered is read as its entry
/// (<see cref="NumberedReplies"/>).
/// </summary>
public sealed class MajordomeBot : IBot
{
    private readonly DialogManager _dialogManager;
    private readonly StateStoreSet _state;
    private readonly ConversationLocks _locks;
    private readonly IStatePropertyAccessor<string?> _lastInboundEvent;
    private readonly IChannelRegistry _channels;
    private readonly NumberedReplies _numbered;

    /// <summary>
    /// Creates the bot; <paramref name="channels"/> defaults to <see cref="ChannelRegistry.Default"/>, <paramref name="numbered"/>
    /// to the numbered lists of carousels shown as text and of WhatsApp's numbered choices.
    /// </summary>
    public MajordomeBot(DialogManager dialogManager, ConversationStateStore conversationState, UserStateStore userState, ConversationLocks locks, IChannelRegistry? channels = null, NumberedReplies? numbered = null)
    {
        ArgumentNullException.ThrowIfNull(dialogManager);
        ArgumentNullException.ThrowIfNull(conversationState);
        ArgumentNullException.ThrowIfNull(userState);
        ArgumentNullException.ThrowIfNull(locks);
        _dialogManager = dialogManager;
        _state = new StateStoreSet(conversationState, userState);
        _locks = locks;
        _channels = channels ?? ChannelRegistry.Default;
        _lastInboundEvent = conversationState.CreateProperty<string?>("lastInboundEvent");
        _numbered = numbered ?? new NumberedReplies(conversationState, [new CarouselTextChoices(), new WhatsApp.Rendering.WhatsAppNumberedChoices(new WhatsApp.Rendering.WhatsAppRenderer(Dialogs.Localization.Localizer.Default))]);
    }

    /// <inheritdoc />
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        TurnCulture.UseCachedCulture();
        turnContext.UseRegistry(_channels);
        var activity = turnContext.Activity;
        var key = $"{activity.ChannelId}/{activity.Conversation?.Id}";
        using (await _locks.AcquireAsync(key, cancellationToken).ConfigureAwait(false))
        {
            // Read under the lock: the documents are those the previous turn of this conversation saved.
            await _state.LoadAllAsync(turnContext, force: true, cancellationToken).ConfigureAwait(false);
            if (InboundEventId.Find(turnContext) is { } eventId)
            {
                if (await _lastInboundEvent.GetAsync(turnContext, () => null, cancellationToken).ConfigureAwait(false) == eventId)
                {
                    return;
                }

                await _lastInboundEvent.SetAsync(turnContext, eventId, cancellationToken).ConfigureAwait(false);
            }

            // "2" typed under a numbered list (products, WhatsApp's long choices) is read as that entry.
            await _numbered.BeginTurnAsync(turnContext, cancellationToken).ConfigureAwait(false);
            await _dialogManager.OnTurnAsync(turnContext, cancellationToken).ConfigureAwait(false);
            await _numbered.EndTurnAsync(turnContext, cancellationToken).ConfigureAwait(false);
            await _state.SaveAllChangesAsync(turnContext, force: false, cancellationToken).ConfigureAwait(false);
        }
    }
}
