using System.Runtime.ExceptionServices;
using Majordome.Dialogs.Localization;
using Microsoft.Bot.Builder;
using Majordome.Dialogs.State;
using Majordome.Bot.Health;

namespace Majordome.Bot.Adapters;

/// <summary>
/// What every channel adapter does when a turn fails: log it with the conversation, clear the conversation's
/// dialog state (so the customer is not stuck replaying the failing step) and apologise in the customer's
/// language. The state is cleared first, so a channel that cannot take the apology still gets a fresh start; and
/// the apology is sent even when clearing fails (a full disk), so the customer is never left without an answer.
/// Two things are not failures of the conversation and are treated apart:
/// a turn the adapter cancelled (<see cref="TurnCancellation"/>: the host is stopping, or the turn ran out of time)
/// is neither apologised for nor cleared, and its cancellation goes back to the adapter, which hands the message
/// back to be answered later; a reply the channel would not deliver (<see cref="IReplyDeliveryFailure"/>) keeps the
/// state, so the customer carries on where they were once delivery works again.
/// </summary>
public static partial class TurnErrorHandler
{
    /// <summary>The <see cref="BotAdapter.OnTurnError"/> handler for an adapter of <paramref name="channel"/>.</summary>
    /// <param name="channel">The adapter's name, for the log.</param>
    /// <param name="conversationState">The state cleared after a failure.</param>
    /// <param name="strings">The apology's strings.</param>
    /// <param name="logger">The log.</param>
    /// <param name="storageProbe">Told of each failure, so <c>/readyz</c> checks the storage again at once (a full disk shows first as a failed turn).</param>
    public static Func<ITurnContext, Exception, Task> Create(string channel, ConversationStateStore conversationState, Localizer strings, ILogger logger, StorageWriteProbe? storageProbe = null)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        ArgumentNullException.ThrowIfNull(strings);
        ArgumentNullException.ThrowIfNull(logger);
        return async (turnContext, exception) =>
        {
            var conversationId = turnContext.Activity?.Conversation?.Id;
            if (exception is OperationCanceledException && TurnCancellation.IsRequested(turnContext))
            {
                LogTurnCancelled(logger, channel, conversationId);
                ExceptionDispatchInfo.Throw(exception);
            }

            if (exception is Turns.ConversationBusyException)
            {
                // Another turn of the conversation still runs: nothing failed here, so nothing is cleared or
                // apologised for; the endpoint tells the caller to retry.
                LogConversationBusy(logger, channel, conversationId);
                ExceptionDispatchInfo.Throw(exception);
            }

            LogTurnError(logger, exception, channel, conversationId, turnContext.Activity?.ChannelId);
            var delivery = exception as IReplyDeliveryFailure;
            if (delivery is null)
            {
                storageProbe?.Invalidate();
            }

            // Read before the state is cleared: the conversation's language may live in it.
            var language = turnContext.FindLanguage() ?? Languages.FromLocale(turnContext.Activity?.Locale) ?? Languages.French;
            if (delivery is null)
            {
                try
                {
                    await conversationState.DeleteAsync(turnContext, CancellationToken.None).ConfigureAwait(false);

                    // A document that cannot be read (the customer's profile as well as the conversation's) would fail
                    // every next turn the same way: it goes, and the next message starts afresh.
                    if (exception is UnreadableStateException unreadable)
                    {
                        LogUnreadableStateRemoved(logger, unreadable.Key);
                        await conversationState.Storage.DeleteAsync([unreadable.Key], CancellationToken.None).ConfigureAwait(false);
                    }
                }
#pragma warning disable CA1031 // On a full disk clearing the state fails too: the customer is still told.
                catch (Exception inner)
#pragma warning restore CA1031
                {
                    LogErrorHandlerFailed(logger, inner, channel, conversationId);
                }
            }

            try
            {
                if (delivery is null || delivery.CustomerMayBeTold)
                {
                    await turnContext.SendActivityAsync(MessageFactory.Text(strings.Get(language, "error.generic")), CancellationToken.None).ConfigureAwait(false);
                }
            }
#pragma warning disable CA1031 // The error handler must never throw: the turn has already failed and the reason is logged.
            catch (Exception inner)
#pragma warning restore CA1031
            {
                LogErrorHandlerFailed(logger, inner, channel, conversationId);
            }
        };
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed in {Adapter} conversation {ConversationId} on channel {ChannelId}")]
    private static partial void LogTurnError(ILogger logger, Exception exception, string adapter, string? conversationId, string? channelId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Turn cut short in {Adapter} conversation {ConversationId} (stopping or out of time); its state is kept and its message handed back")]
    private static partial void LogTurnCancelled(ILogger logger, string adapter, string? conversationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Turn not run in {Adapter} conversation {ConversationId}: another turn of it still runs (Turns:LockWaitTimeout); the caller is told to retry")]
    private static partial void LogConversationBusy(ILogger logger, string adapter, string? conversationId);

    [LoggerMessage(Level = LogLevel.Error, Message = "The state document {Key} could not be read and is removed")]
    private static partial void LogUnreadableStateRemoved(ILogger logger, string key);

    [LoggerMessage(Level = LogLevel.Error, Message = "The error handler itself failed in {Adapter} conversation {ConversationId}")]
    private static partial void LogErrorHandlerFailed(ILogger logger, Exception exception, string adapter, string? conversationId);
}
