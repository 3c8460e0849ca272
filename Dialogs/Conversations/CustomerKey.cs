using Microsoft.Bot.Builder;

namespace Majordome.Dialogs.Conversations;

/// <summary>
/// Who the customer is, for their orders and bookings: the channel (its <see cref="State.StateKeyChannel"/>, so the
/// endpoint that authenticated them) and the channel's user id. Orders and bookings are only ever shown to the same
/// key, so a customer can never see another's. A customer who proved on another channel that they are the same
/// person (a single-use link token issued to their key there, see <see cref="Identity.LinkedCustomer"/>) gets that
/// linked key on both channels: a link is never made from a name, an email or a phone number the customer typed.
/// </summary>
public static class CustomerKey
{
    /// <summary>The customer key of the turn's sender: the key they are linked to, else the one their endpoint authenticated.</summary>
    public static string From(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return Identity.LinkedCustomer.Find(turnContext) ?? Authenticated(turnContext);
    }

    /// <summary>The key the endpoint authenticated for the turn's sender, whatever it is linked to.</summary>
    public static string Authenticated(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        return $"{State.StateKeyChannel.Of(turnContext)}/{activity.From?.Id ?? "anonymous"}";
    }
}
