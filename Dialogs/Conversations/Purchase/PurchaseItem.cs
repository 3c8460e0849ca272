using Majordome.Dialogs.Commerce;
using Majordome.Dialogs.Understanding;

namespace Majordome.Dialogs.Conversations.Purchase;

/// <summary>One item a typed message asked for, as the shop keeps it in dialog state.</summary>
/// <param name="Skus">The product, or the products the words fit equally (the customer is asked which).</param>
/// <param name="Quantity">How many, as said, or null to ask.</param>
public sealed record PurchaseItem(IReadOnlyList<string> Skus, RequestedQuantity? Quantity)
{
    /// <summary>The items of <paramref name="mentions"/>, in the order said.</summary>
    public static IReadOnlyList<PurchaseItem> From(IReadOnlyList<ProductMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        return mentions.Select(m => new PurchaseItem(m.Candidates.Select(p => p.Sku).ToList(), m.Quantity)).ToList();
    }
}

/// <summary>The items step's options: what is left to put in the cart.</summary>
/// <param name="Items">The items, in the order said.</param>
/// <param name="Added">Whether the items whose quantity the rules accept were already added (then each one left is asked about).</param>
internal sealed record ItemsAsk(IReadOnlyList<PurchaseItem> Items, bool Added = false);
