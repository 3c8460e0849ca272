using Majordome.Dialogs.Conversations;
using Microsoft.Bot.Builder;

namespace Majordome.Dialogs.Anticipation.BackInStock;

/// <summary>
/// Puts the customer of this turn on the waiting list of a product, at this turn's address, with the words they
/// accepted. The entry itself is the consent, to this one message about this one product: a general marketing opt-in
/// (<see cref="IProactiveConsents"/>) would also let reorder suggestions and offers through, which they did not ask for.
/// </summary>
public static class BackInStockSignup
{
    /// <summary>True when the customer was added, false when they were already waiting for it.</summary>
    public static Task<bool> AddAsync(ITurnContext turnContext, IStockWaitingList waitingList, string sku, string wording, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(waitingList);
        var customer = CustomerKey.From(turnContext);
        return waitingList.AddAsync(new StockWaiter(TurnAddress.Of(turnContext, customer), sku, wording, at), cancellationToken);
    }
}
