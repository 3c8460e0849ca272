using Majordome.Cards.Localization;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Cards.Menu;

/// <summary>
/// The welcome card (Templates/menu.json) with the brand's three conversations: information, shop, book a table.
/// Submit value: <c>{ "action": "menu", "choice": "information" | "shop" | "book" }</c>; the values are the main
/// dialog's menu choices, and its choice prompt reads "choice", so a click equals typing the choice.
/// </summary>
public static class MenuCard
{
    /// <summary>The template name (Templates/menu.json), also the prefix of the card's labels.</summary>
    public const string Name = "menu";

    /// <summary>The choice values, in the order the card shows them.</summary>
    public static IReadOnlyList<string> Choices { get; } = ["information", "shop", "book"];

    /// <summary>The card as a Bot Framework attachment.</summary>
    public static Attachment Create(MenuCardData data, string language) => AdaptiveCardAttachment.From(Render(data, language), Name, data);

    /// <summary>The card JSON; <paramref name="strict"/> makes a template/data mismatch throw (for tests).</summary>
    public static JObject Render(MenuCardData data, string language, bool strict = false)
    {
        ArgumentNullException.ThrowIfNull(data);
        var view = new JObject
        {
            ["welcomeText"] = CardLabels.Get(language, "menu.welcome", ("brand", data.BrandName)),
            ["imageUrl"] = data.ImageUrl ?? string.Empty,
            ["choices"] = JArray.FromObject(Choices.Select(choice => new
            {
                value = choice,
                title = CardLabels.Get(language, $"menu.{choice}"),
                description = CardLabels.Get(language, $"menu.{choice}.description"),
            })),
        };
        return CardRenderer.Render(Name, view, language, ToText(data, language), strict);
    }

    /// <summary>The welcome and the numbered choices as plain text, for channels without cards.</summary>
    public static string ToText(MenuCardData data, string language)
    {
        ArgumentNullException.ThrowIfNull(data);
        var lines = new List<string> { CardLabels.Get(language, "menu.welcome", ("brand", data.BrandName)), CardLabels.Get(language, "menu.prompt") };
        lines.AddRange(Choices.Select((choice, i) =>
            $"{i + 1}. {CardLabels.Get(language, $"menu.{choice}")} — {CardLabels.Get(language, $"menu.{choice}.description")}"));
        return string.Join('\n', lines);
    }
}
