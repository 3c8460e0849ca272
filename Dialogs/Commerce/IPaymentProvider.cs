namespace Majordome.Dialogs.Commerce;

/// <summary>
/// How orders are paid. The default, <see cref="PayOnCollection"/>, takes no payment in the chat: the customer pays
/// at the boutique or to the courier. A brand that wants online payment plugs in a provider that sends a payment
/// link from its payment service; a chat never collects card details.
/// </summary>
public interface IPaymentProvider
{
    /// <summary>The payment method of an order delivered this way.</summary>
    PaymentMethod MethodFor(DeliveryMode mode);

    /// <summary>
    /// Starts the payment of a placed order and says what the customer must do. It may be called again for the same
    /// order (a confirmation replayed after a crash), so a provider keys what it starts on <see cref="Order.Number"/>.
    /// </summary>
    Task<PaymentInstructions> RequestAsync(Order order, CancellationToken cancellationToken = default);
}

/// <summary>What the customer must do to pay.</summary>
/// <param name="Settled">True when nothing is left to pay.</param>
/// <param name="MessageKey">The localized string telling the customer how to pay.</param>
public sealed record PaymentInstructions(bool Settled, string MessageKey);
