using Majordome.Dialogs.Engine;
using Microsoft.Bot.Builder;

namespace Majordome.Bot.Privacy;

/// <summary>
/// A customer erased during their own turn: the turn still saves its conversation state and profile and appends
/// its messages after the erasure ran, so the outermost bot (<see cref="CustomerConversationsBot"/>) erases once
/// more when the turn is over. This marks the turn.
/// </summary>
internal static class ErasureSweep
{
    private const string TurnKey = "Majordome.Privacy.ErasedCustomer";

    /// <summary>Asks for a sweep of <paramref name="customer"/> when the turn ends.</summary>
    public static void Request(ITurnContext turnContext, CustomerRecordKey customer) => TurnItems.Set(turnContext, TurnKey, customer);

    /// <summary>The customer to sweep after the turn, if one was erased in it.</summary>
    public static CustomerRecordKey? Requested(ITurnContext turnContext) => TurnItems.Get<CustomerRecordKey>(turnContext, TurnKey);
}
