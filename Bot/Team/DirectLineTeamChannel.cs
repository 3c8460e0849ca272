using Majordome.Bot.DirectLine;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Majordome.Bot.Team;

/// <summary>
/// Web Chat (Direct Line): an agent's message goes through the adapter's continue-conversation path, so it reaches
/// the customer's stream (WebSocket or polling) like any bot reply; the hand-back turn runs through the adapter as a
/// turn of the conversation.
/// </summary>
public sealed class DirectLineTeamChannel : ITeamConversationChannel
{
    private readonly DirectLineAdapter _adapter;
    private readonly IDirectLineConversations _conversations;
    private readonly IServiceProvider _services;

    /// <summary>Creates the channel; the bot is resolved when a hand-back runs (it depends on the team's own decorator).</summary>
    public DirectLineTeamChannel(DirectLineAdapter adapter, IDirectLineConversations conversations, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        ArgumentNullException.ThrowIfNull(conversations);
        ArgumentNullException.ThrowIfNull(services);
        _adapter = adapter;
        _conversations = conversations;
        _services = services;
    }

    /// <inheritdoc />
    public string ChannelId => DirectLineAdapter.ChannelId;

    /// <inheritdoc />
    public async Task<TeamDelivery> SendAsync(ConversationReference reference, string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (!await IsOpenAsync(reference, cancellationToken).ConfigureAwait(false))
        {
            return TeamDelivery.CustomerGone;
        }

        await _adapter.ContinueConversationAsync(string.Empty, reference, (turn, ct) => turn.SendActivityAsync(MessageFactory.Text(text), ct), cancellationToken).ConfigureAwait(false);
        return TeamDelivery.Sent;
    }

    /// <inheritdoc />
    public async Task<bool> RunBotTurnAsync(ConversationReference reference, Activity handBack, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(handBack);
        if (!await IsOpenAsync(reference, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        await _adapter.ProcessActivityAsync(handBack, _services.GetRequiredService<IBot>(), cancellationToken).ConfigureAwait(false);
        return true;
    }

    // A conversation idle past DirectLine:IdleTimeout is forgotten: its visitor left, nobody would read a reply. Asked of
    // the shared store, so on PostgreSQL an agent on any instance reaches a conversation started on another.
    private async ValueTask<bool> IsOpenAsync(ConversationReference reference, CancellationToken cancellationToken) =>
        reference.Conversation?.Id is { Length: > 0 } id && await _conversations.ExistsAsync(id, cancellationToken).ConfigureAwait(false);
}
