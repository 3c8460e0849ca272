using Majordome.Dialogs.Commerce;
using Majordome.Dialogs.Content;

namespace Majordome.Dialogs.Understanding;

/// <summary>One item a message asks for: the product (or the products its words fit equally) and how many, if said.</summary>
/// <param name="Candidates">The product named, or several when the words fit each equally ("a cup pair"): the customer is asked which.</param>
/// <param name="Quantity">How many, as said ("2 sleeves", "40 capsules", "a"), or null when not said.</param>
public sealed record ProductMention(IReadOnlyList<Product> Candidates, RequestedQuantity? Quantity)
{
    /// <summary>The one product named, or null when the words fit several.</summary>
    public Product? Product => Candidates.Count == 1 ? Candidates[0] : null;
}
