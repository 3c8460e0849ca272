using Majordome.Cards.Boutiques;
using Majordome.Cards.Bookings;
using Majordome.Cards.Menu;
using Majordome.Cards.Orders;
using Majordome.Cards.Products;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Cards;

/// <summary>Maison Tasse sample data for every card, and every card rendered from it.</summary>
internal static class SampleCards
{
    public static readonly ProductCardData Coffee = new("MT-ESP-FORTE", "Espresso Forte", "Un espresso corsé aux notes de cacao.", 4.50m, 120)
    {
        ImageUrl = "https://maisontasse.example/img/espresso-forte.jpg",
        Intensity = 11,
    };

    public static readonly ProductCardData Machine = new("MT-MACH-DUO", "Machine Duo", "La machine à deux têtes pour l'espresso et le lungo.", 1249.00m, 3)
    {
        ImageUrl = "https://maisontasse.example/img/duo.jpg",
        Features = ["Pression 19 bars", "Mousseur à lait intégré", "Réservoir de 1,2 L"],
    };

    public static readonly ProductCardData SoldOut = new("MT-LUN-DOUX", "Lungo Doux", "Un lungo rond et délicat.", 4.20m, 0) { Intensity = 5 };

    public static readonly CartCardData Cart = new(
        [new OrderLine("MT-ESP-FORTE", "Espresso Forte", 2, 4.50m), new OrderLine("MT-MACH-DUO", "Machine Duo", 1, 1249.00m)],
        new OrderTotals(1258.00m, 0m, 1258.00m));

    public static readonly CartCardData EmptyCart = new([], new OrderTotals(0m, 0m, 0m));

    public static readonly OrderReceiptCardData Receipt = new(
        "MT-2025-0042",
        new DateTimeOffset(2025, 6, 14, 15, 30, 0, TimeSpan.FromHours(2)),
        Cart.Lines,
        new OrderTotals(1258.00m, 4.90m, 1262.90m),
        Fulfilment.Delivery,
        "12 rue des Rosiers, 75004 Paris");

    public static readonly OrderStatusCardData Status = new("MT-2025-0042", OrderStage.Shipped, new DateTimeOffset(2025, 6, 15, 9, 5, 0, TimeSpan.FromHours(2)))
    {
        EstimatedDate = new DateOnly(2025, 6, 17),
        TrackingUrl = "https://carrier.example/track/XY123456789FR",
    };

    public static readonly LocationCardData Boutique = new(
        "paris-marais",
        "Maison Tasse Marais",
        "12 rue des Rosiers, 75004 Paris",
        [
            new OpeningHours(DayOfWeek.Tuesday, new TimeOnly(10, 0), new TimeOnly(19, 0)),
            new OpeningHours(DayOfWeek.Wednesday, new TimeOnly(10, 0), new TimeOnly(19, 0)),
            new OpeningHours(DayOfWeek.Thursday, new TimeOnly(10, 0), new TimeOnly(19, 0)),
            new OpeningHours(DayOfWeek.Friday, new TimeOnly(10, 0), new TimeOnly(20, 0)),
            new OpeningHours(DayOfWeek.Saturday, new TimeOnly(9, 30), new TimeOnly(13, 0)),
            new OpeningHours(DayOfWeek.Saturday, new TimeOnly(14, 0), new TimeOnly(20, 0)),
        ],

        // Saturday 14 June 2025, 15:00 in Paris: open, afternoon period.
        new DateTimeOffset(2025, 6, 14, 15, 0, 0, TimeSpan.FromHours(2)))
    {
        Phone = "+33 1 23 45 67 89",
    };

    public static readonly BookingConfirmationCardData Booking = new(
        "RES-7K2P", "Maison Tasse Marais", "12 rue des Rosiers, 75004 Paris", new DateTimeOffset(2025, 6, 21, 15, 0, 0, TimeSpan.FromHours(2)), 4);

    public static readonly MenuCardData Menu = new("Maison Tasse") { ImageUrl = "https://maisontasse.example/img/banner.jpg" };

    public static IEnumerable<string> Languages => ["fr", "en"];

    /// <summary>Every card variant rendered strictly in <paramref name="language"/>, named "{template}-{variant}".</summary>
    public static IEnumerable<(string Name, string Template, JObject Card)> RenderAll(string language)
    {
        yield return ("product-coffee", ProductCard.Name, ProductCard.Render(Coffee, language, strict: true));
        yield return ("product-machine", ProductCard.Name, ProductCard.Render(Machine, language, strict: true));
        yield return ("product-soldout", ProductCard.Name, ProductCard.Render(SoldOut, language, strict: true));
        yield return ("product-carousel-coffee", ProductCarousel.Name, ProductCarousel.Render(Coffee, language, strict: true));
        yield return ("product-carousel-soldout", ProductCarousel.Name, ProductCarousel.Render(SoldOut, language, strict: true));
        yield return ("cart-full", CartCard.Name, CartCard.Render(Cart, language, strict: true));
        yield return ("cart-empty", CartCard.Name, CartCard.Render(EmptyCart, language, strict: true));
        yield return ("order-receipt", OrderReceiptCard.Name, OrderReceiptCard.Render(Receipt, language, strict: true));
        yield return ("order-status", OrderStatusCard.Name, OrderStatusCard.Render(Status, language, strict: true));
        yield return ("order-status-bare", OrderStatusCard.Name, OrderStatusCard.Render(new OrderStatusCardData("MT-1", OrderStage.Received, Status.UpdatedAt), language, strict: true));
        yield return ("location", LocationCard.Name, LocationCard.Render(Boutique, language, strict: true));
        yield return ("booking-confirmation", BookingConfirmationCard.Name, BookingConfirmationCard.Render(Booking, language, strict: true));
        yield return ("menu", MenuCard.Name, MenuCard.Render(Menu, language, strict: true));
    }
}
