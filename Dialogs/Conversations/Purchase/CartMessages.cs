using Majordome.Cards.Orders;
using Majordome.Dialogs.Commerce;
using CardLine = Majordome.Cards.Orders.OrderLine;

namespace Majordome.Dialogs.Conversations.Purchase;

/// <summary>Maps a priced cart to the cart card's data.</summary>
public static class CartMessages
{
    /// <summary>The cart card's data in the customer's language; <paramref name="editable"/> false for a summary without buttons.</summary>
    public static CartCardData ToCardData(PricedCart cart, string language, bool editable = true)
    {
        ArgumentNullException.ThrowIfNull(cart);
        var lines = cart.Lines.Select(l => new CardLine(l.Sku, l.Name.In(language), l.Quantity, l.UnitPrice)).ToList();
        return new CartCardData(lines, new OrderTotals(cart.Subtotal, cart.DeliveryFee, cart.Total), editable);
    }
}
