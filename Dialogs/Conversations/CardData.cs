using Majordome.Cards.Boutiques;
using Majordome.Cards.Products;
using Majordome.Dialogs.Content;
using Majordome.Dialogs.Localization;

namespace Majordome.Dialogs.Conversations;

/// <summary>Maps the brand's content to the data the cards show, in the customer's language.</summary>
public static class CardData
{
    /// <summary>A product card's data.</summary>
    public static ProductCardData For(Product product, string language)
    {
        ArgumentNullException.ThrowIfNull(product);
        var features = new List<string>();
        if (product.Machine is { } machine)
        {
            features.Add(language == Localization.Languages.English
                ? (machine.MilkSystem ? "Milk system" : "No milk system")
                : (machine.MilkSystem ? "Système lait" : "Sans système lait"));
            features.Add($"{machine.PressureBars} bar");
        }

        return new ProductCardData(product.Sku, product.Name.In(language), product.Description.In(language), product.Price, product.Stock)
        {
            ImageUrl = product.ImageUrl.ToString(),
            Intensity = product.Capsule?.Intensity,
            Features = features,
        };
    }

    /// <summary>A location card's data, with "open now" computed in the boutique's time zone.</summary>
    public static LocationCardData For(Boutique boutique, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(boutique);
        var zone = TimeZones.Get(boutique.TimeZoneId);
        var localNow = TimeZoneInfo.ConvertTime(now, zone);
        var today = DateOnly.FromDateTime(localNow.DateTime);

        // The week shown starts today, so a holiday today shows as closed.
        var hours = Enumerable.Range(0, 7)
            .Select(offset => today.AddDays(offset))
            .SelectMany(date => boutique.HoursOn(date).Select(r => new OpeningHours(date.DayOfWeek, r.Opens, r.Closes)))
            .ToList();
        return new LocationCardData(boutique.Id, boutique.Name, boutique.Address.ToString(), hours, localNow) { Phone = boutique.Phone };
    }
}
