using Majordome.Cards.Localization;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Cards.Orders;

/// <summary>
/// The order receipt card (Templates/order-receipt.json): thanks, order number, date, lines, totals and where the
/// order goes (delivery address or pick-up boutique).
/// Submit value: <c>{ "action": "trackOrder", "orderNumber" }</c>.
/// </summary>
public static class OrderReceiptCard
{
    /// <summary>The template name (Templates/order-receipt.json), also the prefix of the card's labels.</summary>
    public const string Name = "order-receipt";

    /// <summary>The card as a Bot Framework attachment.</summary>
    public static Attachment Create(OrderReceiptCardData data, string language) => AdaptiveCardAttachment.From(Render(data, language), Name, data);

    /// <summary>The card JSON; <paramref name="strict"/> makes a template/data mismatch throw (for tests).</summary>
    public static JObject Render(OrderReceiptCardData data, string language, bool strict = false)
    {
        ArgumentNullException.ThrowIfNull(data);
        var view = new JObject
        {
            ["orderNumber"] = data.OrderNumber,
            ["orderNumberText"] = CardLabels.Get(language, "order-receipt.orderNumber", ("number", data.OrderNumber)),
            ["dateText"] = CardFormat.DateTime(data.PlacedAt, language),
            ["fulfilmentText"] = FulfilmentLabel(data.Fulfilment, language),
            ["destination"] = data.Destination,
            ["lines"] = OrderText.Lines(data.Lines, language),
            ["totals"] = OrderText.Totals(data.Totals, language),
        };
        return CardRenderer.Render(Name, view, language, ToText(data, language), strict);
    }

    /// <summary>The same information as plain text, for channels without cards.</summary>
    public static string ToText(OrderReceiptCardData data, string language)
    {
        ArgumentNullException.ThrowIfNull(data);
        var lines = new List<string>
        {
            CardLabels.Get(language, "order-receipt.title"),
            CardLabels.Get(language, "order-receipt.orderNumber", ("number", data.OrderNumber)),
            $"{CardFormat.Colon(CardLabels.Get(language, "common.date"), language)} {CardFormat.DateTime(data.PlacedAt, language)}",
        };
        lines.AddRange(OrderText.Describe(data.Lines, data.Totals, language));
        lines.Add($"{CardFormat.Colon(FulfilmentLabel(data.Fulfilment, language), language)} {data.Destination}");
        return string.Join('\n', lines);
    }

    private static string FulfilmentLabel(Fulfilment fulfilment, string language) =>
        CardLabels.Get(language, fulfilment == Fulfilment.PickUp ? "order-receipt.pickUp" : "order-receipt.delivery");
}
