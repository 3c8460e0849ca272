namespace Majordome.Dialogs.Commerce;

/// <summary>What a customer confirmed at checkout.</summary>
/// <param name="CustomerKey">Who orders (the channel and user id): only they can see the order later.</param>
/// <param name="Language">The customer's language, for messages about the order.</param>
/// <param name="Lines">The cart's lines with the prices shown at checkout.</param>
/// <param name="Delivery">Where the order goes.</param>
/// <param name="Email">Where the receipt is sent.</param>
/// <param name="DeliveryFee">The delivery fee shown at checkout, in euros.</param>
/// <param name="Payment">How the customer pays.</param>
/// <param name="OperationId">
/// The confirmation this order carries out, decided when the customer was asked (see
/// <see cref="Conversations.ConfirmationOperation"/>): the store saves it with the order, so the same confirmation sent
/// again (the bot died after ordering, before saving the conversation) returns that order instead of a second one.
/// Null orders without that protection.
/// </param>
public sealed record OrderRequest(string CustomerKey, string Language, IReadOnlyList<OrderLine> Lines, Delivery Delivery, string Email, decimal DeliveryFee, PaymentMethod Payment, string? OperationId = null);
