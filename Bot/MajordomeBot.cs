using Majordome.Bot.Adapters;
using Majordome.Bot.Channels;
using Majordome.Bot.Telemetry;
using Majordome.Bot.Turns;
using Majordome.Bot.Turns.Holds;
using Majordome.Dialogs.Diagnostics;
using Majordome.Dialogs.Channels;
using Majordome.Dialogs.Engine;
using Majordome.Dialogs.State;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Majordome.Bot;

/// <summary>
/// The bot every channel calls: one turn at a time per conversation; the conversation's and the customer's state
/// are read together, the dialog manager runs the turn, and what changed is saved together at its end (with the
/// ETags read, so a concurrent write is detected). Turns are idempotent by the id of what they answer: the stored
/// inbound event's (<see cref="InboundEventId"/>, Messenger and WhatsApp) or else the activity's. The id is recorded in
/// the conversation state in the same save (<see cref="CompletedTurns"/>), so an event run again after a crash, or a
/// request retried on any instance after its turn was saved, is not run a second time: a retry that expects its
/// replies in the answer (<see cref="DeliveryModes.ExpectReplies"/>) gets those of the first run, and a retry that
/// arrives while the first run still holds the conversation waits for it behind the conversation lock. Every turn carries the channel registry, which the dialogs ask what the
/// channel can show (<see cref="TurnChannel"/>), and a number typed under a list shown numbered is read as its entry
/// (<see cref="NumberedReplies"/>). A conversation a person holds (<see cref="ConversationHold"/>, read from the state just
/// loaded) is not answered: the turn is marked <see cref="HeldTurn"/> for the layers around the bot.
/// </summary>
public sealed class MajordomeBot : IBot
{
    private readonly DialogManager _dialogManager;
    private readonly StateStoreSet _state;
    private readonly ConversationLocks _locks;
    private readonly CompletedTurns _completed;
    private readonly IChannelRegistry _channels;
    private readonly NumberedReplies _numbered;
    private readonly ConversationHolds? _holds;

    /// <summary>
    /// Creates the bot; <paramref name="channels"/> defaults to <see cref="ChannelRegistry.Default"/>, <paramref name="numbered"/>
    /// to the numbered lists of carousels shown as text and of WhatsApp's numbered choices; without <paramref name="holds"/>
    /// no conversation is ever held.
    /// </summary>
    public MajordomeBot(DialogManager dialogManager, ConversationStateStore conversationState, UserStateStore userState, ConversationLocks locks, IChannelRegistry? channels = null, CompletedTurns? completedTurns = null, NumberedReplies? numbered = null, ConversationHolds? holds = null)
    {
        ArgumentNullException.ThrowIfNull(dialogManager);
        ArgumentNullException.ThrowIfNull(conversationState);
        ArgumentNullException.ThrowIfNull(userState);
        ArgumentNullException.ThrowIfNull(locks);
        _dialogManager = dialogManager;
        _state = new StateStoreSet(conversationState, userState);
        _locks = locks;
        _channels = channels ?? ChannelRegistry.Default;
        _completed = completedTurns ?? new CompletedTurns(conversationState);
        _holds = holds;
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
        using var telemetry = TurnTelemetry.Start(turnContext);
        try
        {
            await RunAsync(turnContext, key, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (telemetry?.Failed(exception) ?? false)
        {
            // Never taken: the filter only marks the turn failed and lets the exception reach the adapter's handler.
            throw;
        }
    }

    private async Task RunAsync(ITurnContext turnContext, string key, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        using (await AcquireAsync(turnContext, key, cancellationToken).ConfigureAwait(false))
        {
            // Read under the lock: the documents are those the previous turn of this conversation saved.
            using (MajordomeDiagnostics.Source.StartActivity("majordome.storage.read"))
            {
                await _state.LoadAllAsync(turnContext, force: true, cancellationToken).ConfigureAwait(false);
            }

            // A person has the conversation: the bot neither answers nor moves its dialogs on. The flag came with the
            // state just read, so a conversation nobody holds pays nothing for it.
            if (_holds is not null && await _holds.FindActiveAsync(turnContext, cancellationToken).ConfigureAwait(false) is { } hold)
            {
                HeldTurn.Mark(turnContext, hold);
                return;
            }

            var turnId = InboundEventId.Find(turnContext) ?? activity.Id;
            if (!string.IsNullOrEmpty(turnId) && await _completed.FindAsync(turnContext, turnId, cancellationToken).ConfigureAwait(false) is { } done)
            {
                await ReplayAsync(turnContext, done, cancellationToken).ConfigureAwait(false);
                return;
            }

            // Replies are kept only for a caller that reads them from the answer; others got them as they were sent.
            var recorder = activity.DeliveryMode == DeliveryModes.ExpectReplies ? ReplyRecorder.Attach(turnContext) : null;

            // "2" typed under a numbered list (products, WhatsApp's long choices) is read as that entry.
            await _numbered.BeginTurnAsync(turnContext, cancellationToken).ConfigureAwait(false);
            await _dialogManager.OnTurnAsync(turnContext, cancellationToken).ConfigureAwait(false);
            await _numbered.EndTurnAsync(turnContext, cancellationToken).ConfigureAwait(false);

            // A text held back to be merged with a next one (Messenger) goes out before the turn counts as answered.
            await ChannelReplySender.FlushAsync(turnContext, cancellationToken).ConfigureAwait(false);
            if (!string.IsNullOrEmpty(turnId))
            {
                await _completed.RecordAsync(turnContext, turnId, recorder?.Replies ?? [], cancellationToken).ConfigureAwait(false);
            }

            using (MajordomeDiagnostics.Source.StartActivity("majordome.storage.write"))
            {
                // The last thing the turn does under the lock: on PostgreSQL the save may release it in its round trip.
                // The team's transcript of the turn is written with the save (its commit, its round trip).
                Storage.TurnConnection.Current?.NextWriteIsLast();
                using (Storage.WrittenWithLastSave.Offer(Team.PendingTranscript.Find(turnContext)))
                {
                    await _state.SaveAllChangesAsync(turnContext, force: false, cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }

    private Task<IDisposable> AcquireAsync(ITurnContext turnContext, string key, CancellationToken cancellationToken)
    {
        // Not async on purpose: the shared lock leaves the turn's connection in the caller's flow (an AsyncLocal, lent
        // to the state storage and the business stores), and a value set inside an async method does not flow back.
        // Its own span: with PostgreSQL a turn may wait here for the same conversation's turn on another instance.
        var outer = System.Diagnostics.Activity.Current;
        var span = MajordomeDiagnostics.Source.StartActivity("majordome.conversation.lock");
        try
        {
            // The state the turn reads first thing under the lock: PostgreSQL reads it in the lock's round trip.
            var stateKeys = _locks.ReadsStateWithLock ? _state.StorageKeysFor(turnContext) : [];

            // A stored inbound event waits as long as it takes (its inbox runs one at a time per conversation); a
            // caller waiting on the line gets an answer it can act on (503, retry) rather than a request that never ends.
            if (InboundEventId.Find(turnContext) is not null)
            {
                return FinishAcquireAsync(_locks.AcquireAsync(key, stateKeys, cancellationToken), span, null, turnContext, cancellationToken);
            }

            var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            wait.CancelAfter(_completed.Options.LockWaitTimeout);
            return FinishAcquireAsync(_locks.AcquireAsync(key, stateKeys, wait.Token), span, wait, turnContext, cancellationToken);
        }
        finally
        {
            // The span ends when the lock is held, in FinishAcquireAsync; the turn's own spans are not its children.
            System.Diagnostics.Activity.Current = outer;
        }
    }

    private async Task<IDisposable> FinishAcquireAsync(Task<IDisposable> acquiring, System.Diagnostics.Activity? span, CancellationTokenSource? wait, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        using (span)
        using (wait)
        {
            try
            {
                return await acquiring.ConfigureAwait(false);
            }
            catch (OperationCanceledException ex) when (wait is not null && !cancellationToken.IsCancellationRequested)
            {
                throw new ConversationBusyException($"Another turn of conversation {turnContext.Activity.Conversation?.Id} still runs after {_completed.Options.LockWaitTimeout}.", ex);
            }
        }
    }

    private static async Task ReplayAsync(ITurnContext turnContext, CompletedTurn done, CancellationToken cancellationToken)
    {
        // Only a caller that reads the replies from this answer needs them again: elsewhere they were delivered
        // while the first run went on, before its state was saved.
        if (turnContext.Activity.DeliveryMode != DeliveryModes.ExpectReplies)
        {
            return;
        }

        var replies = done.ToReplies(turnContext);
        if (replies.Count > 0)
        {
            await turnContext.SendActivitiesAsync([.. replies], cancellationToken).ConfigureAwait(false);
        }
    }
}
