using Majordome.Dialogs.State;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Majordome.Bot.Turns.Holds;

/// <summary>
/// Reads and writes the <see cref="ConversationHold"/> flag in the conversation's state document. A turn reads it
/// from the state it loaded (no query of its own); the team console and Meta's handover webhooks write it between
/// turns, under the conversation's lock and with the document's ETag, as a turn saves its state, so a hold and a
/// turn of the same conversation never overwrite each other.
/// </summary>
public sealed partial class ConversationHolds
{
    private readonly ConversationStateStore _state;
    private readonly IStatePropertyAccessor<ConversationHold?> _hold;
    private readonly ConversationLocks _locks;
    private readonly TimeProvider _time;
    private readonly ILogger<ConversationHolds> _logger;

    /// <summary>Creates the flag's reader and writer on <paramref name="conversationState"/>.</summary>
    public ConversationHolds(ConversationStateStore conversationState, ConversationLocks locks, TimeProvider time, ILogger<ConversationHolds> logger)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        ArgumentNullException.ThrowIfNull(locks);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _state = conversationState;
        _hold = conversationState.CreateProperty<ConversationHold?>(ConversationHold.PropertyName);
        _locks = locks;
        _time = time;
        _logger = logger;
    }

    /// <summary>The hold that keeps the bot silent in the turn's conversation now, or null; read from the state the turn loaded.</summary>
    public async Task<ConversationHold?> FindActiveAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var hold = await _hold.GetAsync(turnContext, () => null, cancellationToken).ConfigureAwait(false);
        return hold is not null && hold.IsActiveAt(_time.GetUtcNow()) ? hold : null;
    }

    /// <summary>Holds the turn's own conversation from inside the turn: saved with the turn's state at its end.</summary>
    public Task HoldInTurnAsync(ITurnContext turnContext, string kind, string? by, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return _hold.SetAsync(turnContext, new ConversationHold { Kind = kind, By = by, Since = _time.GetUtcNow() }, cancellationToken);
    }

    /// <summary>
    /// Holds the conversation (between turns): the bot stays silent in it from its next turn on. Holding again renews
    /// the hold; a team hold is never replaced by an inbox one.
    /// </summary>
    public Task HoldAsync(string channelId, string conversationId, string kind, string? by, CancellationToken cancellationToken = default) =>
        ChangeAsync(channelId, conversationId, current => current is { Kind: HoldKinds.Team } && kind != HoldKinds.Team
            ? current
            : new ConversationHold { Kind = kind, By = by, Since = _time.GetUtcNow() }, cancellationToken);

    /// <summary>
    /// Lets the bot answer the conversation again. With <paramref name="kind"/>, only a hold of that kind is released
    /// (control coming back from the Page Inbox does not end a team member's hold); without, any hold.
    /// </summary>
    public Task ReleaseAsync(string channelId, string conversationId, string? kind = null, CancellationToken cancellationToken = default) =>
        ChangeAsync(channelId, conversationId, current => kind is null || current?.Kind == kind ? null : current, cancellationToken);

    /// <summary>The conversation's hold as stored (active or lapsed), or null; one read of its state document.</summary>
    public async Task<ConversationHold?> FindAsync(string channelId, string conversationId, CancellationToken cancellationToken = default)
    {
        using var turn = DetachedTurn(channelId, conversationId);
        return await _hold.GetAsync(turn, () => null, cancellationToken).ConfigureAwait(false);
    }

    private async Task ChangeAsync(string channelId, string conversationId, Func<ConversationHold?, ConversationHold?> change, CancellationToken cancellationToken)
    {
        // The conversation's own lock: a turn running now finishes (and saves) first; the next one reads the new flag.
        using (await _locks.AcquireAsync($"{channelId}/{conversationId}", cancellationToken).ConfigureAwait(false))
        {
            using var turn = DetachedTurn(channelId, conversationId);
            await _state.LoadAsync(turn, force: true, cancellationToken).ConfigureAwait(false);
            var current = await _hold.GetAsync(turn, () => null, cancellationToken).ConfigureAwait(false);
            var next = change(current);
            if (ReferenceEquals(next, current))
            {
                return;
            }

            if (next is null)
            {
                await _hold.DeleteAsync(turn, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await _hold.SetAsync(turn, next, cancellationToken).ConfigureAwait(false);
            }

            await _state.SaveChangesAsync(turn, force: false, cancellationToken).ConfigureAwait(false);
            LogChanged(channelId, conversationId, next?.Kind ?? "nobody", next?.By);
        }
    }

    // A turn of no one's: only the state stores' key (channel and conversation) is read from its activity.
    private static TurnContext DetachedTurn(string channelId, string conversationId)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var activity = new Activity { Type = ActivityTypes.Event, ChannelId = channelId, Conversation = new ConversationAccount { Id = conversationId } };
        return new TurnContext(DetachedAdapter.Instance, activity);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{ChannelId} conversation {ConversationId} is now held by {Kind} ({By})")]
    private partial void LogChanged(string channelId, string conversationId, string kind, string? by);

    private sealed class DetachedAdapter : BotAdapter
    {
        public static readonly DetachedAdapter Instance = new();

        public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("A conversation's hold is changed outside any turn: nothing can be sent from there.");

        public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
            throw new NotSupportedException();
    }
}
