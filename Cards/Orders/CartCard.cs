using Majordome.Cards.Localization;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Cards.Orders;

/// <summary>
/// The cart card (Templates/cart.json): each line with "one less" (from 2 units), "one more" and "remove", then the
/// totals and "checkout" (when not empty) / "continue shopping"; a summary (<see cref="CartCardData.Editable"/> false)
/// has no buttons.
/// Submit values: <c>{ "action": "setQuantity", "sku", "quantity": number }</c> (the line's new quantity),
/// <c>{ "action": "removeLine", "sku" }</c>, <c>{ "action": "checkout" }</c>, <c>{ "action": "continueShopping" }</c>.
/// </summary>
public static class CartCard
{
    /// <summary>The template name (Templates/cart.json), also the prefix of the card's labels.</summary>
    public const string Name = "cart";

    /// <summary>The card as a Bot Framework attachment.</summary>
    public static Attachment Create(CartCardData data, string language) => AdaptiveCardAttachment.From(Render(data, language), Name, data);

    /// <summary>The card JSON; <paramref name="strict"/> makes a template/data mismatch throw (for tests).</summary>
    public static JObject Render(CartCardData data, string language, bool strict = false)
    {
        ArgumentNullException.ThrowIfNull(data);
        var view = new JObject
        {
            ["lines"] = OrderText.Lines(data.Lines, language),
            ["totals"] = OrderText.Totals(data.Totals, language),
            ["editable"] = data.Editable,
        };
        return CardRenderer.Render(Name, view, language, ToText(data, language), strict);
    }

    /// <summary>The same information as plain text, for channels without cards.</summary>
    public static string ToText(CartCardData data, string language)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Lines.Count == 0)
        {
            return CardLabels.Get(language, "cart.empty");
        }

        return string.Join('\n', OrderText.Describe(data.Lines, data.Totals, language)
            .Prepend(CardFormat.Colon(CardLabels.Get(language, "cart.title"), language)));
    }
}
