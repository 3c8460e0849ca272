using Newtonsoft.Json.Linq;

namespace Majordome.Bot.Privacy;

/// <summary>
/// An order's stored delivery (JSON) without where the customer lives: the street, postal code and city (and any
/// name, phone or email a later version may add) are replaced; the delivery mode and the boutique stay, so the
/// business still knows how the order was fulfilled.
/// </summary>
internal static class OrderDeliveryAnonymizer
{
    /// <summary>What replaces a personal value.</summary>
    internal const string Erased = "[erased]";

    private static readonly HashSet<string> Personal = new(StringComparer.OrdinalIgnoreCase)
    {
        "Street", "PostalCode", "City", "Name", "Phone", "Email", "Address",
    };

    /// <summary>The anonymised JSON; text that is not a JSON object is replaced whole.</summary>
    internal static string Anonymize(string deliveryJson)
    {
        JObject delivery;
        try
        {
            delivery = JObject.Parse(deliveryJson);
        }
        catch (Newtonsoft.Json.JsonReaderException)
        {
            return "{}";
        }

        foreach (var property in delivery.Properties().Where(p => Personal.Contains(p.Name) && p.Value.Type != JTokenType.Null))
        {
            property.Value = Erased;
        }

        return delivery.ToString(Newtonsoft.Json.Formatting.None);
    }
}
