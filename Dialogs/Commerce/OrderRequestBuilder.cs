namespace Majordome.Dialogs.Commerce;

/// <summary>
/// Turns what the customer confirmed at checkout into an <see cref="OrderRequest"/>: the priced cart's lines become
/// order lines with their prices frozen, and the payment method follows the delivery.
/// </summary>
public static class OrderRequestBuilder
{
    /// <summary>Builds the request.</summary>
    /// <param name="customerKey">Who orders (channel and user id).</param>
    /// <param name="language">The customer's language: each line keeps the product name in it.</param>
    /// <param name="cart">
    /// The cart priced by <see cref="CartPricing.Price"/> at checkout, as shown to the customer: its prices are the
    /// ones frozen. Lines of removed products are already out of it and the customer was told.
    /// </param>
    /// <param name="delivery">Where the order goes; its mode must be the one the cart was priced for, or the fee would be wrong.</param>
    /// <param name="email">Where the receipt is sent.</param>
    /// <param name="payment">How the order is paid; by default it follows the delivery (see <see cref="PaymentFor"/>).</param>
    /// <param name="operationId">The confirmation this order carries out (see <see cref="OrderRequest.OperationId"/>).</param>
    /// <exception cref="ArgumentException">The cart is empty, was priced for another delivery mode, or the delivery lacks its address or boutique.</exception>
    public static OrderRequest Build(string customerKey, string language, PricedCart cart, Delivery delivery, string email, PaymentMethod? payment = null, string? operationId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(customerKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        ArgumentNullException.ThrowIfNull(cart);
        ArgumentNullException.ThrowIfNull(delivery);
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        if (cart.IsEmpty)
        {
            throw new ArgumentException("The cart has no orderable line: check PricedCart.IsEmpty before checkout.", nameof(cart));
        }

        if (cart.Mode != delivery.Mode)
        {
            throw new ArgumentException(
                $"The cart was priced for {cart.Mode} but the delivery is {delivery.Mode}: price it again with CartPricing.Price(…, {delivery.Mode}).",
                nameof(cart));
        }

        EnsureComplete(delivery);
        var lines = cart.Lines.Select(l => new OrderLine(l.Sku, l.Name.In(language), l.UnitPrice, l.Quantity)).ToList();
        return new OrderRequest(customerKey, language, lines, delivery, email, cart.DeliveryFee, payment ?? PaymentFor(delivery.Mode), operationId);
    }

    /// <summary>How an order delivered this way is paid: at the boutique on pick-up, to the courier on home delivery.</summary>
    public static PaymentMethod PaymentFor(DeliveryMode mode) => mode switch
    {
        DeliveryMode.PickUp => PaymentMethod.AtPickUp,
        DeliveryMode.Home => PaymentMethod.OnDelivery,
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown delivery mode."),
    };

    private static void EnsureComplete(Delivery delivery)
    {
        var complete = delivery.Mode switch
        {
            DeliveryMode.Home => !string.IsNullOrWhiteSpace(delivery.Street)
                && FrenchPostalCode.IsValid(delivery.PostalCode)
                && !string.IsNullOrWhiteSpace(delivery.City),
            DeliveryMode.PickUp => !string.IsNullOrWhiteSpace(delivery.BoutiqueId),
            _ => false,
        };
        if (!complete)
        {
            throw new ArgumentException(
                delivery.Mode == DeliveryMode.PickUp
                    ? "A pick-up needs the boutique: set Delivery.BoutiqueId."
                    : "A home delivery needs a street, a valid French postal code and a city: read them with FrenchAddressParser.",
                nameof(delivery));
        }
    }
}
