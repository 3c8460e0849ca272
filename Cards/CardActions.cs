namespace Majordome.Cards;

/// <summary>
/// The "action" values of the cards' Action.Submit buttons. A click reaches the dialogs as <c>Activity.Value</c>,
/// a JSON object whose "action" is one of these; the other fields are listed on each constant.
/// </summary>
public static class CardActions
{
    /// <summary>Product and carousel cards: <c>{ "action": "addToCart", "sku": "MT-ESP-01" }</c>.</summary>
    public const string AddToCart = "addToCart";

    /// <summary>Product card: <c>{ "action": "showSimilar", "sku": "MT-ESP-01" }</c>.</summary>
    public const string ShowSimilar = "showSimilar";

    /// <summary>Carousel card: <c>{ "action": "showProduct", "sku": "MT-ESP-01" }</c>.</summary>
    public const string ShowProduct = "showProduct";

    /// <summary>Cart card: <c>{ "action": "setQuantity", "sku": "MT-ESP-01", "quantity": 3 }</c> (quantity is a number, the new total for the line).</summary>
    public const string SetQuantity = "setQuantity";

    /// <summary>Cart card: <c>{ "action": "removeLine", "sku": "MT-ESP-01" }</c>.</summary>
    public const string RemoveLine = "removeLine";

    /// <summary>Cart card: <c>{ "action": "checkout" }</c>.</summary>
    public const string Checkout = "checkout";

    /// <summary>Cart card: <c>{ "action": "continueShopping" }</c>.</summary>
    public const string ContinueShopping = "continueShopping";

    /// <summary>Order receipt card: <c>{ "action": "trackOrder", "orderNumber": "MT-2025-0042" }</c>.</summary>
    public const string TrackOrder = "trackOrder";

    /// <summary>Order status card: <c>{ "action": "talkToHuman", "orderNumber": "MT-2025-0042" }</c>.</summary>
    public const string TalkToHuman = "talkToHuman";

    /// <summary>
    /// Menu card: <c>{ "action": "menu", "choice": "shop" }</c> with choice "information", "shop" or "book" (the main
    /// dialog's choice values; its prompts read "choice"). Order status card: <c>{ "action": "menu" }</c>, back to the menu.
    /// </summary>
    public const string Menu = "menu";

    /// <summary>Location card: <c>{ "action": "bookTable", "boutiqueId": "paris-marais" }</c>.</summary>
    public const string BookTable = "bookTable";

    /// <summary>Booking confirmation card: <c>{ "action": "cancelBooking", "reference": "RES-7K2P" }</c>.</summary>
    public const string CancelBooking = "cancelBooking";

    /// <summary>Booking confirmation card: <c>{ "action": "moveBooking", "reference": "RES-7K2P" }</c>.</summary>
    public const string MoveBooking = "moveBooking";
}
