using Majordome.Dialogs.Commerce;

namespace Majordome.Dialogs.Conversations.Purchase;

/// <summary>What the quantity question is about, kept in its options.</summary>
/// <param name="Sku">The product.</param>
/// <param name="Change">Whether the answer adds to the cart's line or replaces its quantity.</param>
/// <param name="Offered">Quantities already offered when the question is asked after a refusal ("20 or 30 capsules"); may be null.</param>
public sealed record QuantityQuestion(string Sku, QuantityChange Change = QuantityChange.Add, IReadOnlyList<RequestedQuantity>? Offered = null);
