using Majordome.Bot.Team.Notifications;
using Majordome.Dialogs.Conversations;
using Majordome.Dialogs.Engine;
using Majordome.Dialogs.Localization;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;

namespace Majordome.Bot.Team;

/// <summary>
/// A customer asked for a person (the "human" command, a flow's <c>handoff</c> step, a group booking): the request
/// is still recorded as before (the decorated <see cref="IHumanHandoff"/>) and, on a channel the team can answer from
/// the console, the conversation joins the team's queue at <c>/team</c>.
/// </summary>
public sealed class TeamQueueHandoff : IHumanHandoff
{
    private readonly IHumanHandoff _inner;
    private readonly SqlHandoffQueue _queue;
    private readonly IReadOnlyCollection<string> _channels;
    private readonly TeamNotices? _notices;
    private readonly TimeProvider _time;

    /// <summary>Wraps <paramref name="inner"/>; <paramref name="channels"/> are those the console can answer.</summary>
    /// <param name="inner">The handoff it decorates.</param>
    /// <param name="queue">The team's queue.</param>
    /// <param name="channels">The channels the console can answer.</param>
    /// <param name="notices">Where the team's notices are queued; null tells nobody.</param>
    /// <param name="time">The clock; null for the system's.</param>
    public TeamQueueHandoff(IHumanHandoff inner, SqlHandoffQueue queue, IEnumerable<ITeamConversationChannel> channels, TeamNotices? notices = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(channels);
        _inner = inner;
        _queue = queue;
        _channels = channels.Select(c => c.ChannelId).ToHashSet(StringComparer.Ordinal);
        _notices = notices;
        _time = time ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public async Task RequestAsync(ITurnContext turnContext, string? reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        await _inner.RequestAsync(turnContext, reason, cancellationToken).ConfigureAwait(false);
        var activity = turnContext.Activity;
        if (activity.Conversation?.Id is not { Length: > 0 } conversationId)
        {
            return;
        }

        var language = turnContext.FindLanguage() ?? Languages.FromLocale(activity.Locale) ?? Languages.French;
        var customer = CustomerKey.From(turnContext);
        var channel = activity.ChannelId ?? "unknown";
        TeamNotice Notice(long? id) => new(TeamNoticeEvents.Requested, id, channel, conversationId, language, reason, null, null, null, null, _time.GetUtcNow());
        if (_channels.Contains(channel))
        {
            var reference = JsonConvert.SerializeObject(activity.GetConversationReference());
            // The notice commits with the request (one transaction): a crash between the two writes would have kept a
            // request the team is never told of. Keyed by the request: asking twice while it waits tells the team once.
            await _queue.EnqueueAsync(channel, conversationId, customer, reason, language, reference, _notices is null
                ? null
                : (request, transaction, ct) => _notices.QueueAsync(transaction, $"handoff-{request.Id}-requested", customer, Notice(request.Id), ct),
                cancellationToken).ConfigureAwait(false);
            return;
        }

        if (_notices is not null)
        {
            // A channel the console cannot show: only the notice is written, keyed by the turn (a retried turn is told once).
            var turn = activity.Id ?? _time.GetUtcNow().ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
            await _notices.QueueAsync($"{channel}/{conversationId}/{turn}-requested", customer, Notice(null), cancellationToken).ConfigureAwait(false);
        }
    }
}
