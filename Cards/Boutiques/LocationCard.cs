using Majordome.Cards.Localization;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Cards.Boutiques;

/// <summary>
/// The boutique card (Templates/location.json): name, address, open now or not, today's hours, the week's hours,
/// phone, a map link (Action.OpenUrl) and "book a table".
/// Submit value: <c>{ "action": "bookTable", "boutiqueId" }</c>.
/// </summary>
public static class LocationCard
{
    /// <summary>The template name (Templates/location.json), also the prefix of the card's labels.</summary>
    public const string Name = "location";

    /// <summary>The card as a Bot Framework attachment.</summary>
    public static Attachment Create(LocationCardData data, string language) => AdaptiveCardAttachment.From(Render(data, language), Name, data);

    /// <summary>The card JSON; <paramref name="strict"/> makes a template/data mismatch throw (for tests).</summary>
    public static JObject Render(LocationCardData data, string language, bool strict = false)
    {
        ArgumentNullException.ThrowIfNull(data);
        var open = BoutiqueHours.IsOpen(data.Hours, data.LocalNow);
        var view = new JObject
        {
            ["boutiqueId"] = data.BoutiqueId,
            ["name"] = data.Name,
            ["address"] = data.Address,
            ["phone"] = data.Phone,
            ["mapUrl"] = MapUrl(data),
            ["openNow"] = open,
            ["openNowText"] = CardLabels.Get(language, open ? "location.openNow" : "location.closedNow"),
            ["todayText"] = BoutiqueHours.Day(data.Hours, data.LocalNow.DayOfWeek, language),
            ["week"] = JArray.FromObject(BoutiqueHours.Week.Select(day => new
            {
                day = BoutiqueHours.Capitalized(CardFormat.DayName(day, language)),
                hours = BoutiqueHours.Day(data.Hours, day, language),
            })),
        };
        return CardRenderer.Render(Name, view, language, ToText(data, language), strict);
    }

    /// <summary>The same information as plain text, for channels without cards (the map link included).</summary>
    public static string ToText(LocationCardData data, string language)
    {
        ArgumentNullException.ThrowIfNull(data);
        var lines = new List<string>
        {
            data.Name,
            data.Address,
            CardLabels.Get(language, BoutiqueHours.IsOpen(data.Hours, data.LocalNow) ? "location.openNow" : "location.closedNow"),
            $"{CardFormat.Colon(CardLabels.Get(language, "location.today"), language)} {BoutiqueHours.Day(data.Hours, data.LocalNow.DayOfWeek, language)}",
            CardFormat.Colon(CardLabels.Get(language, "location.weekHours"), language),
        };
        lines.AddRange(BoutiqueHours.Week.Select(day =>
            $"- {CardFormat.Colon(BoutiqueHours.Capitalized(CardFormat.DayName(day, language)), language)} {BoutiqueHours.Day(data.Hours, day, language)}"));
        if (!string.IsNullOrEmpty(data.Phone))
        {
            lines.Add($"{CardFormat.Colon(CardLabels.Get(language, "location.phone"), language)} {data.Phone}");
        }

        lines.Add($"{CardFormat.Colon(CardLabels.Get(language, "location.map"), language)} {MapUrl(data)}");
        return string.Join('\n', lines);
    }

    private static string MapUrl(LocationCardData data) => string.IsNullOrEmpty(data.MapUrl)
        ? "https://www.openstreetmap.org/search?query=" + Uri.EscapeDataString(data.Address)
        : data.MapUrl;
}
