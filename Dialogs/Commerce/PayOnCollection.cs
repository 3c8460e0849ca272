namespace Majordome.Dialogs.Commerce;

/// <summary>The default payment: at the boutique when picking up, to the courier on delivery. Nothing is charged in the chat.</summary>
public sealed class PayOnCollection : IPaymentProvider
{
    /// <inheritdoc />
    public PaymentMethod MethodFor(DeliveryMode mode) => OrderRequestBuilder.PaymentFor(mode);

    /// <inheritdoc />
    public Task<PaymentInstructions> RequestAsync(Order order, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(order);
        return Task.FromResult(new PaymentInstructions(
            Settled: false,
            order.Payment == PaymentMethod.AtPickUp ? "payment.atPickUp" : "payment.onDelivery"));
    }
}
