using Majordome.Dialogs.Content;

namespace Majordome.Dialogs.Conversations.Purchase;

/// <summary>What the shop shows next: the categories, a page of a category, or the cart.</summary>
/// <param name="Screen">Which screen.</param>
/// <param name="Category">The category browsed, on <see cref="PurchaseScreen.Browse"/>.</param>
/// <param name="Page">The page (from 0), on <see cref="PurchaseScreen.Browse"/>.</param>
/// <param name="AddSku">A product to ask the quantity of first (an "Add to cart" clicked outside the shop, or a product named at the menu).</param>
/// <param name="SaidQuantity">
/// The message that named <paramref name="AddSku"/> when it also said how many ("2 boîtes d'arpegio"): the
/// quantity is then not asked again if the rules accept it. A word that replaces ("finalement mettez 6 étuis")
/// sets the line's quantity instead of adding to it.
/// </param>
/// <param name="LastSku">The product whose line was just changed: what "make it 4" typed next is about.</param>
/// <param name="Items">
/// The items a typed message asked for ("2 sleeves of cascade and a descaling kit"): those with a quantity the rules
/// accept are added together, then the others are asked about one by one.
/// </param>
/// <param name="Misses">How many messages in a row the screen did not understand: the shop gives up as a prompt does.</param>
/// <param name="NotifySku">A product just found sold out: the screen offers to tell the customer when it is back.</param>
public sealed record PurchaseView(PurchaseScreen Screen, ProductCategory? Category = null, int Page = 0, string? AddSku = null, string? SaidQuantity = null, string? LastSku = null, IReadOnlyList<PurchaseItem>? Items = null, int Misses = 0, string? NotifySku = null);

/// <summary>The shop's screens.</summary>
public enum PurchaseScreen
{
    /// <summary>Pick a category.</summary>
    Categories,

    /// <summary>A page of products of a category.</summary>
    Browse,

    /// <summary>The cart, with checkout.</summary>
    Cart,
}
