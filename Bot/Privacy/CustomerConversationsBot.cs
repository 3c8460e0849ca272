using System.Collections.Concurrent;
using System.Data.Common;
using Majordome.Dialogs.Conversations;
using Majordome.Dialogs.State;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Majordome.Bot.Privacy;

/// <summary>
/// Around the bot: records, the first time a customer writes in a conversation, that the conversation is theirs
/// (<see cref="SqlCustomerConversations"/>), so their data can later be found and erased. Each pair is written
/// once per process; the table ignores a pair it already has, so several instances agree. After a turn in which the
/// customer had their data erased, erases again what the turn itself saved after the erasure (see <see cref="ErasureSweep"/>).
/// </summary>
public sealed partial class CustomerConversationsBot : IBot
{
    // Bounded so a long-running instance does not grow without end; forgetting only costs a write that changes nothing.
    private const int MaxRemembered = 10_000;

    private readonly IBot _inner;
    private readonly SqlCustomerConversations _conversations;
    private readonly SqlCustomerErasure _erasure;
    private readonly ILogger<CustomerConversationsBot> _logger;
    private readonly ConcurrentDictionary<(string, string, string), byte> _recorded = new();

    /// <summary>Wraps <paramref name="inner"/>.</summary>
    public CustomerConversationsBot(IBot inner, SqlCustomerConversations conversations, SqlCustomerErasure erasure, ILogger<CustomerConversationsBot> logger)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(conversations);
        ArgumentNullException.ThrowIfNull(erasure);
        ArgumentNullException.ThrowIfNull(logger);
        _inner = inner;
        _conversations = conversations;
        _erasure = erasure;
        _logger = logger;
    }

    /// <inheritdoc />
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (activity.Type == ActivityTypes.Message && activity.From?.Id is { Length: > 0 } && activity.ChannelId is { Length: > 0 } channel
            && activity.Conversation?.Id is { Length: > 0 } conversationId && StateKeyChannel.Of(turnContext) is { Length: > 0 } stateChannel)
        {
            var customer = CustomerKey.From(turnContext);
            if (!_recorded.ContainsKey((customer, channel, conversationId)))
            {
                try
                {
                    await _conversations.RecordAsync(customer, new CustomerConversation(channel, conversationId, stateChannel), cancellationToken).ConfigureAwait(false);
                    if (_recorded.Count >= MaxRemembered)
                    {
                        _recorded.Clear();
                    }

                    _recorded.TryAdd((customer, channel, conversationId), 0);
                }
                catch (DbException exception)
                {
                    // The customer is answered all the same; the next message tries again.
                    LogRecordFailed(exception, conversationId);
                }
            }
        }

        await _inner.OnTurnAsync(turnContext, cancellationToken).ConfigureAwait(false);

        // The customer had their data erased in this turn: what the turn saved after that goes too, and their next
        // message links the conversation to them again (the erasure removed the link).
        if (ErasureSweep.Requested(turnContext) is { } erased && activity.ChannelId is { Length: > 0 } erasedIn && activity.Conversation?.Id is { Length: > 0 } erasedConversation)
        {
            _recorded.TryRemove((erased.Value, erasedIn, erasedConversation), out _);
            try
            {
                await _erasure.SweepAsync(erased, new CustomerConversation(erasedIn, erasedConversation, StateKeyChannel.Of(turnContext) ?? erasedIn), cancellationToken).ConfigureAwait(false);
            }
            catch (DbException exception)
            {
                LogSweepFailed(exception, activity.Conversation?.Id);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A customer erased in conversation {ConversationId} kept what the turn wrote after the erasure (state, messages): erase them again from the console or the CLI")]
    private partial void LogSweepFailed(Exception exception, string? conversationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not record whose conversation {ConversationId} is (for data requests)")]
    private partial void LogRecordFailed(Exception exception, string conversationId);
}
