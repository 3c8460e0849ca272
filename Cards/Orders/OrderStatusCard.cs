using Majordome.Cards.Localization;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Cards.Orders;

/// <summary>
/// The order status card (Templates/order-status.json): the stage, when it changed, the expected date, a link to the
/// carrier's tracking page (Action.OpenUrl, when there is one), "talk to someone" and "back to the menu".
/// Submit values: <c>{ "action": "talkToHuman", "orderNumber" }</c> and <c>{ "action": "menu" }</c>.
/// </summary>
public static class OrderStatusCard
{
    /// <summary>The template name (Templates/order-status.json), also the prefix of the card's labels.</summary>
    public const string Name = "order-status";

    /// <summary>The card as a Bot Framework attachment.</summary>
    public static Attachment Create(OrderStatusCardData data, string language) => AdaptiveCardAttachment.From(Render(data, language), Name, data);

    /// <summary>The card JSON; <paramref name="strict"/> makes a template/data mismatch throw (for tests).</summary>
    public static JObject Render(OrderStatusCardData data, string language, bool strict = false)
    {
        ArgumentNullException.ThrowIfNull(data);
        var view = new JObject
        {
            ["orderNumber"] = data.OrderNumber,
            ["titleText"] = CardLabels.Get(language, "order-status.title", ("number", data.OrderNumber)),
            ["stageText"] = StageLabel(data.Stage, language),
            ["stageColor"] = data.Stage switch
            {
                OrderStage.Cancelled => "Attention",
                OrderStage.Delivered or OrderStage.ReadyForPickUp => "Good",
                _ => "Accent",
            },
            ["updatedAtText"] = CardFormat.DateTime(data.UpdatedAt, language),
            ["estimatedDateText"] = data.EstimatedDate is { } date ? CardFormat.Date(date, language) : null,
            ["trackingUrl"] = data.TrackingUrl,
        };
        return CardRenderer.Render(Name, view, language, ToText(data, language), strict);
    }

    /// <summary>The same information as plain text, for channels without cards (the tracking link included).</summary>
    public static string ToText(OrderStatusCardData data, string language)
    {
        ArgumentNullException.ThrowIfNull(data);
        var lines = new List<string>
        {
            CardLabels.Get(language, "order-status.title", ("number", data.OrderNumber)),
            StageLabel(data.Stage, language),
            $"{CardFormat.Colon(CardLabels.Get(language, "order-status.updatedAt"), language)} {CardFormat.DateTime(data.UpdatedAt, language)}",
        };
        if (data.EstimatedDate is { } date)
        {
            lines.Add($"{CardFormat.Colon(CardLabels.Get(language, "order-status.estimatedDate"), language)} {CardFormat.Date(date, language)}");
        }

        if (!string.IsNullOrEmpty(data.TrackingUrl))
        {
            lines.Add($"{CardFormat.Colon(CardLabels.Get(language, "order-status.trackParcel"), language)} {data.TrackingUrl}");
        }

        return string.Join('\n', lines);
    }

    private static string StageLabel(OrderStage stage, string language)
    {
        var name = stage.ToString();
        return CardLabels.Get(language, "order-status.stage." + char.ToLowerInvariant(name[0]) + name[1..]);
    }
}
