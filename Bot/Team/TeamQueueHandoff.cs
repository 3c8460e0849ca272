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

    /// <summary>Wraps <paramref name="inner"/>; <paramref name="channels"/> are those the console can answer.</summary>
    public TeamQueueHandoff(IHumanHandoff inner, SqlHandoffQueue queue, IEnumerable<ITeamConversationChannel> channels)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(channels);
        _inner = inner;
        _queue = queue;
        _channels = channels.Select(c => c.ChannelId).ToHashSet(StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public async Task RequestAsync(ITurnContext turnContext, string? reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        await _inner.RequestAsync(turnContext, reason, cancellationToken).ConfigureAwait(false);
        var activity = turnContext.Activity;
        if (!_channels.Contains(activity.ChannelId) || activity.Conversation?.Id is not { Length: > 0 } conversationId)
        {
            return;
        }

        var language = turnContext.FindLanguage() ?? Languages.FromLocale(activity.Locale) ?? Languages.French;
        var reference = JsonConvert.SerializeObject(activity.GetConversationReference());
        await _queue.EnqueueAsync(activity.ChannelId, conversationId, CustomerKey.From(turnContext), reason, language, reference, cancellationToken).ConfigureAwait(false);
    }
}
