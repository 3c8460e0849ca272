namespace Majordome.Dialogs.Understanding;

/// <summary>
/// The ids of the brand's built-in flows as the recognizer names them (brand/intents.yaml uses the same ids;
/// a declarative flow brings its own id).
/// </summary>
public static class Intents
{
    /// <summary>Questions about the brand, its products and services (the FAQ).</summary>
    public const string Information = "information";

    /// <summary>Buying products.</summary>
    public const string Shop = "shop";

    /// <summary>Booking a tasting table.</summary>
    public const string Book = "book";

    /// <summary>Seeing, moving or cancelling one's bookings.</summary>
    public const string MyBookings = "my-bookings";

    /// <summary>Where an order is, what one has ordered.</summary>
    public const string Orders = "orders";

    /// <summary>Talking to a person.</summary>
    public const string Human = "human";

    /// <summary>Seeing what is kept about oneself (recognized by rules, not learned: see PrivacyRequestRecognizer).</summary>
    public const string MyData = "my-data";

    /// <summary>Having one's data erased (recognized by rules, not learned).</summary>
    public const string EraseMyData = "erase-my-data";

    /// <summary>Out of scope: nothing the brand's flows do.</summary>
    public const string None = "none";
}
