using Majordome.Bot.Turns.Holds;
using Majordome.Dialogs.Conversations;
using Majordome.Dialogs.Localization;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace Majordome.Bot.Team;

/// <summary>What an agent's action on a conversation came to.</summary>
public enum TakeoverOutcome
{
    /// <summary>Done.</summary>
    Done,

    /// <summary>No such request.</summary>
    NotFound,

    /// <summary>Another agent took it first, or it is no longer in the state the action needs.</summary>
    Conflict,

    /// <summary>The customer's conversation can no longer be reached (it ended or expired).</summary>
    CustomerGone,

    /// <summary>The channel forbids a free-form message to this customer now (<see cref="TeamDelivery.OutsideWindow"/>): nothing was sent.</summary>
    OutsideWindow,

    /// <summary>The platform refused the message for another reason (<see cref="TeamDelivery.Failed"/>): nothing was sent.</summary>
    NotDelivered,
}

/// <summary>
/// An agent takes a waiting conversation (the customer is told who they are talking to), writes to the customer, and
/// hands the conversation back to the bot (which says so and offers its menu). Taking sets the conversation's one
/// hold flag (<see cref="ConversationHolds"/>), which keeps the bot silent on every channel; handing back clears it.
/// Each message is kept in the transcript and shown live to the agents watching the conversation.
/// </summary>
public sealed partial class TeamTakeover
{
    /// <summary>The name of the event activity that hands a conversation back to the bot (<see cref="ConversationStart.HandBackEventName"/>).</summary>
    public const string HandBackEventName = ConversationStart.HandBackEventName;

    /// <summary>The longest message an agent may send in one go (Web Chat and Messenger both take 2000).</summary>
    public const int MaxMessageLength = 2000;

    private readonly SqlHandoffQueue _queue;
    private readonly ConversationHolds _holds;
    private readonly SqlTranscriptStore _transcripts;
    private readonly TeamLiveSignals _signals;
    private readonly Localizer _strings;
    private readonly IReadOnlyDictionary<string, ITeamConversationChannel> _channels;
    private readonly ILogger<TeamTakeover> _logger;

    /// <summary>Creates the service.</summary>
    public TeamTakeover(SqlHandoffQueue queue, ConversationHolds holds, SqlTranscriptStore transcripts, TeamLiveSignals signals, Localizer strings, IEnumerable<ITeamConversationChannel> channels, ILogger<TeamTakeover> logger)
    {
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(holds);
        ArgumentNullException.ThrowIfNull(transcripts);
        ArgumentNullException.ThrowIfNull(signals);
        ArgumentNullException.ThrowIfNull(strings);
        ArgumentNullException.ThrowIfNull(channels);
        ArgumentNullException.ThrowIfNull(logger);
        _queue = queue;
        _holds = holds;
        _transcripts = transcripts;
        _signals = signals;
        _strings = strings;
        _channels = channels.ToDictionary(c => c.ChannelId, StringComparer.Ordinal);
        _logger = logger;
    }

    /// <summary>Gives the waiting conversation to <paramref name="agent"/> (atomically: one agent wins) and tells the customer who answers.</summary>
    public async Task<TakeoverOutcome> TakeAsync(long requestId, TeamMember agent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agent);
        if (await _queue.FindAsync(requestId, cancellationToken).ConfigureAwait(false) is not { } request)
        {
            return TakeoverOutcome.NotFound;
        }

        if (!await _queue.TakeAsync(requestId, agent.Id, agent.DisplayName, cancellationToken).ConfigureAwait(false))
        {
            return TakeoverOutcome.Conflict;
        }

        // The bot is silenced before the customer is told, so no bot reply follows the announcement.
        await _holds.HoldAsync(request.Channel, request.ConversationId, HoldKinds.Team, agent.DisplayName, cancellationToken).ConfigureAwait(false);
        LogTaken(request.ConversationId, agent.Username);
        var said = _strings.GetPlain(request.Language, "team.takenOver", new { agent = agent.DisplayName });
        var outcome = await SayAsync(request, said, TranscriptAuthor.Bot, null, cancellationToken).ConfigureAwait(false);

        // Taken all the same when the window is closed: the agent learns it when they write.
        return outcome == TakeoverOutcome.OutsideWindow ? TakeoverOutcome.Done : outcome;
    }

    /// <summary>Sends <paramref name="text"/> from <paramref name="agent"/>, who must hold the conversation.</summary>
    public async Task<TakeoverOutcome> SendAsync(long requestId, TeamMember agent, string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agent);
        ArgumentNullException.ThrowIfNull(text);
        if (await _queue.FindAsync(requestId, cancellationToken).ConfigureAwait(false) is not { } request)
        {
            return TakeoverOutcome.NotFound;
        }

        if (request.Status != HandoffStatus.Taken || request.AgentId != agent.Id)
        {
            return TakeoverOutcome.Conflict;
        }

        return await SayAsync(request, text.Trim(), TranscriptAuthor.Agent, agent.DisplayName, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Hands the conversation back to the bot: <paramref name="agent"/> must hold it (an admin may hand back any). The
    /// customer is told in their language and the bot offers its menu.
    /// </summary>
    public async Task<TakeoverOutcome> HandBackAsync(long requestId, TeamMember agent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agent);
        if (await _queue.FindAsync(requestId, cancellationToken).ConfigureAwait(false) is not { } request)
        {
            return TakeoverOutcome.NotFound;
        }

        if (!await _queue.HandBackAsync(requestId, agent.Role == TeamRoles.Admin ? null : agent.Id, cancellationToken).ConfigureAwait(false))
        {
            return TakeoverOutcome.Conflict;
        }

        // The bot answers the conversation again from its next turn, whatever becomes of the messages below.
        await _holds.ReleaseAsync(request.Channel, request.ConversationId, cancellationToken: cancellationToken).ConfigureAwait(false);
        LogHandedBack(request.ConversationId, agent.Username);
        var said = _strings.GetPlain(request.Language, "team.handedBack", new { agent = request.AgentName ?? agent.DisplayName });
        var outcome = await SayAsync(request, said, TranscriptAuthor.Bot, null, cancellationToken).ConfigureAwait(false);
        if (outcome != TakeoverOutcome.Done)
        {
            // Outside the window the bot cannot write either: it answers when the customer writes again.
            return outcome == TakeoverOutcome.OutsideWindow ? TakeoverOutcome.Done : outcome;
        }

        // The bot's own turn: it drops whatever question was pending before the person took over and offers the menu.
        var reference = Reference(request);
        var handBack = reference.GetContinuationActivity();
        handBack.Type = ActivityTypes.Event;
        handBack.Name = HandBackEventName;
        handBack.Id = $"handback-{request.Id}";
        handBack.Locale = Languages.LocaleOf(request.Language);
        return await _channels[request.Channel].RunBotTurnAsync(reference, handBack, cancellationToken).ConfigureAwait(false)
            ? TakeoverOutcome.Done
            : TakeoverOutcome.CustomerGone;
    }

    private async Task<TakeoverOutcome> SayAsync(HandoffRequest request, string text, string author, string? authorName, CancellationToken cancellationToken)
    {
        if (!_channels.TryGetValue(request.Channel, out var channel))
        {
            return TakeoverOutcome.CustomerGone;
        }

        switch (await channel.SendAsync(Reference(request), text, cancellationToken).ConfigureAwait(false))
        {
            case TeamDelivery.CustomerGone:
                return TakeoverOutcome.CustomerGone;
            case TeamDelivery.OutsideWindow:
                LogOutsideWindow(request.Channel, request.ConversationId);
                return TakeoverOutcome.OutsideWindow;
            case TeamDelivery.Failed:
                return TakeoverOutcome.NotDelivered;
        }

        await _transcripts.AppendAsync(request.Channel, request.ConversationId, [(author, authorName, text)], cancellationToken).ConfigureAwait(false);
        _signals.Notify(request.Channel, request.ConversationId);
        return TakeoverOutcome.Done;
    }

    private static ConversationReference Reference(HandoffRequest request) =>
        JsonConvert.DeserializeObject<ConversationReference>(request.ReferenceJson)
            ?? throw new InvalidOperationException($"Handoff request {request.Id} has no conversation reference.");

    [LoggerMessage(Level = LogLevel.Information, Message = "{ChannelId} conversation {ConversationId}: the platform's messaging window is closed, a team message was not sent")]
    private partial void LogOutsideWindow(string channelId, string conversationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Conversation {ConversationId} taken by team member {Agent}")]
    private partial void LogTaken(string conversationId, string agent);

    [LoggerMessage(Level = LogLevel.Information, Message = "Conversation {ConversationId} handed back to the bot by team member {Agent}")]
    private partial void LogHandedBack(string conversationId, string agent);
}
