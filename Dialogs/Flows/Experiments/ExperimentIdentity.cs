using Majordome.Dialogs.Conversations;
using Microsoft.Bot.Builder;

namespace Majordome.Dialogs.Flows.Experiments;

/// <summary>
/// Who a customer is for experiments: the key their orders and bookings carry (<see cref="CustomerKey"/>), made
/// by the endpoint that authenticated them, or the key that one is linked to (<see cref="Identity.LinkedCustomer"/>), so
/// that an order or a booking can convert the assignment. A customer who followed a link from Web Chat to Messenger
/// has the same identity on both: the hash and the stored assignment follow it, and the variant follows the customer.
/// </summary>
public static class ExperimentIdentity
{
    /// <summary>The identity of the turn's customer.</summary>
    public static string Of(ITurnContext turnContext) => CustomerKey.From(turnContext);
}
