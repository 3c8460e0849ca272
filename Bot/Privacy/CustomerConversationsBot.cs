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
/// once per process; the table ignores a pair it already has, so several instances agree.
/// </summary>
public sealed partial class CustomerConversationsBot : IBot
{
    // Bounded so a long-running instance does not grow without end; forgetting only costs a write that changes nothing.
    private const int MaxRemembered = 10_000;

    private readonly IBot _inner;
    private readonly SqlCustomerConversations _conversations;
    private readonly ILogger<CustomerConversationsBot> _logger;
    private readonly ConcurrentDictionary<(string, string, string), byte> _recorded = new();

    /// <summary>Wraps <paramref name="inner"/>.</summary>
    public CustomerConversationsBot(IBot inner, SqlCustomerConversations conversations, ILogger<CustomerConversationsBot> logger)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(conversations);
        ArgumentNullException.ThrowIfNull(logger);
        _inner = inner;
        _conversations = conversations;
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
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not record whose conversation {ConversationId} is (for data requests)")]
    private partial void LogRecordFailed(Exception exception, string conversationId);
}
