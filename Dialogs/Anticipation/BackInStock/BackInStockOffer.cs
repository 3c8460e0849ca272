using Majordome.Dialogs.Engine;
using Microsoft.Bot.Builder;

namespace Majordome.Dialogs.Anticipation.BackInStock;

/// <summary>
/// The product that was just found sold out in this turn (a quantity asked, a rule refused, an order the stock could
/// not fill), kept in the turn's state so that the shop's next screen offers "Prévenez-moi" about it, whichever child
/// dialog found it.
/// </summary>
public static class BackInStockOffer
{
    private const string TurnKey = "Majordome.BackInStock.SoldOutSku";

    /// <summary>Notes that <paramref name="sku"/> is sold out, when the waiting list is kept (otherwise nothing is offered).</summary>
    public static void Remember(ITurnContext turnContext, AnticipationServices? anticipation, string sku)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentException.ThrowIfNullOrWhiteSpace(sku);
        if (anticipation?.WaitingList is not null)
        {
            TurnItems.Set(turnContext, TurnKey, sku);
        }
    }

    /// <summary>The product found sold out in this turn, or null.</summary>
    public static string? Take(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var sku = TurnItems.Get<string>(turnContext, TurnKey);
        TurnItems.Set(turnContext, TurnKey, null);
        return sku;
    }
}
