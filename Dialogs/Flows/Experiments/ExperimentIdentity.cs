using Majordome.Dialogs.Conversations;
using Microsoft.Bot.Builder;

namespace Majordome.Dialogs.Flows.Experiments;

/// <summary>
/// Who a customer is for experiments: the key their orders and bookings carry (<see cref="CustomerKey"/>), made
/// by the endpoint that authenticated them, so that an order or a booking can convert the assignment. It is the
/// one place to change when customers' identities are linked across channels: the hash and the stored assignment
/// then follow the linked identity, and the variant follows the customer.
/// </summary>
public static class ExperimentIdentity
{
    /// <summary>The identity of the turn's customer.</summary>
    public static string Of(ITurnContext turnContext) => CustomerKey.From(turnContext);
}
