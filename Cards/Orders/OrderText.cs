using System.Globalization;
using Majordome.Cards.Localization;
using Newtonsoft.Json.Linq;

namespace Majordome.Cards.Orders;

/// <summary>Lines and totals as the cart and receipt cards (and their text fallbacks) show them.</summary>
internal static class OrderText
{
    /// <summary>"2 × 4,50 €".</summary>
    public static string Quantity(OrderLine line, string language) => CardLabels.Get(language, "common.lineQuantity",
        ("quantity", line.Quantity.ToString(CultureInfo.InvariantCulture)), ("unitPrice", CardFormat.Euros(line.UnitPrice, language)));

    public static string DeliveryFee(decimal fee, string language) =>
        fee == 0 ? CardLabels.Get(language, "common.free") : CardFormat.Euros(fee, language);

    /// <summary>The lines as template data.</summary>
    public static JArray Lines(IEnumerable<OrderLine> lines, string language) => JArray.FromObject(lines.Select(l => new
    {
        sku = l.Sku,
        name = l.Name,
        quantity = l.Quantity,
        quantityText = Quantity(l, language),
        lineTotalText = CardFormat.Euros(l.LineTotal, language),
    }));

    /// <summary>The totals as template data.</summary>
    public static JObject Totals(OrderTotals totals, string language) => JObject.FromObject(new
    {
        subtotalText = CardFormat.Euros(totals.Subtotal, language),
        deliveryFeeText = DeliveryFee(totals.DeliveryFee, language),
        totalText = CardFormat.Euros(totals.Total, language),
    });

    /// <summary>"- Espresso Forte: 2 × 4,50 € = 9,00 €" per line, then the three totals.</summary>
    public static IEnumerable<string> Describe(IReadOnlyList<OrderLine> lines, OrderTotals totals, string language)
    {
        foreach (var line in lines)
        {
            yield return $"- {CardFormat.Colon(line.Name, language)} {Quantity(line, language)} = {CardFormat.Euros(line.LineTotal, language)}";
        }

        yield return $"{CardFormat.Colon(CardLabels.Get(language, "common.subtotal"), language)} {CardFormat.Euros(totals.Subtotal, language)}";
        yield return $"{CardFormat.Colon(CardLabels.Get(language, "common.deliveryFee"), language)} {DeliveryFee(totals.DeliveryFee, language)}";
        yield return $"{CardFormat.Colon(CardLabels.Get(language, "common.total"), language)} {CardFormat.Euros(totals.Total, language)}";
    }
}
