using Microsoft.Bot.Builder;

namespace Majordome.Dialogs.Conversations;

/// <summary>
/// Who the customer is, for their orders and bookings: the channel (its <see cref="State.StateKeyChannel"/>, so the
/// endpoint that authenticated them) and the channel's user id. Orders and bookings are only ever shown to the same
/// key, so a customer can never see another's.
/// </summary>
public static class CustomerKey
{
    /// <summary>The customer key of the turn's sender.</summary>
    public static string From(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        return $"{State.StateKeyChannel.Of(turnContext)}/{activity.From?.Id ?? "anonymous"}";
    }
}
