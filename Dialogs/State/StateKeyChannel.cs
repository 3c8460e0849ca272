using Majordome.Dialogs.Engine;
using Microsoft.Bot.Builder;

namespace Majordome.Dialogs.State;

/// <summary>
/// The channel part of a turn's state keys (<c>{channel}/conversations/{id}</c>, <c>{channel}/users/{id}</c>) and of
/// its customer key: the activity's channel id, unless the adapter that authenticated the turn gave it a key space
/// of its own. Two endpoints may carry the same channel id without sharing customers (Azure's Direct Line through
/// the Bot Connector and Majordome's own Direct Line both say "directline"): an id one issued must not reach the
/// other's state.
/// </summary>
public static class StateKeyChannel
{
    private const string TurnKey = "Majordome.StateKeyChannel";

    /// <summary>Keys the state of <paramref name="turnContext"/> under <paramref name="channel"/> instead of its channel id.</summary>
    public static void Set(ITurnContext turnContext, string channel)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentException.ThrowIfNullOrWhiteSpace(channel);
        TurnItems.Set(turnContext, TurnKey, channel);
    }

    /// <summary>The channel part of the turn's keys, or null when the activity has no channel id.</summary>
    public static string? Of(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return TurnItems.Get<string>(turnContext, TurnKey) is { Length: > 0 } channel ? channel : turnContext.Activity?.ChannelId;
    }
}
