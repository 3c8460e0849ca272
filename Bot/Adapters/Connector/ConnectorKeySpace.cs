using Majordome.Dialogs.State;
using Microsoft.Bot.Builder;

namespace Majordome.Bot.Adapters.Connector;

/// <summary>
/// On <c>/api/messages</c>, a turn on a channel whose customers one of Majordome's own endpoints authenticates
/// (<see cref="ChannelsOwnedElsewhere"/>: Azure's Direct Line, Facebook… sent by the Bot Connector) keeps its
/// conversation state, user state, orders and bookings under <see cref="Prefix"/> + channel id: a conversation or
/// user id issued by Azure's channel never reads or writes what Majordome's own endpoint keeps under the same id,
/// nor the other way round.
/// </summary>
public sealed class ConnectorKeySpace : Microsoft.Bot.Builder.IMiddleware
{
    /// <summary>What the Bot Connector's key space puts before the channel id.</summary>
    public const string Prefix = "botframework-";

    /// <inheritdoc />
    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        if (turnContext.Activity?.ChannelId is { } channelId && ChannelsOwnedElsewhere.Contains(channelId))
        {
            StateKeyChannel.Set(turnContext, Prefix + channelId.Trim().ToLowerInvariant());
        }

        return next(cancellationToken);
    }
}
