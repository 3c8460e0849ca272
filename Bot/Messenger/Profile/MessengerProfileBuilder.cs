using Majordome.Bot.Messenger.Rendering;
using Majordome.Cards.Localization;
using Majordome.Cards.Menu;
using Majordome.Dialogs.Choices;
using Majordome.Dialogs.Localization;
using Newtonsoft.Json.Linq;

namespace Majordome.Bot.Messenger.Profile;

/// <summary>
/// The Messenger profile a Page should have (MESSENGER.md §5.2), from the brand's name and the fr/en strings:
/// the Get Started button (<c>{"action":"getStarted"}</c>), a greeting per locale (≤160 characters), a persistent
/// menu per locale (the three menu choices as <c>{"action":"menu","choice":…}</c> postbacks plus "talk to someone",
/// whose payload is its own title so the dialogs read it as the human command; titles ≤30), and up to four ice
/// breakers per locale (new format). "default" is the brand's default language; fr_FR and en_US follow.
/// </summary>
public static class MessengerProfileBuilder
{
    /// <summary>The profile fields Majordome manages; the GET asks for these.</summary>
    public static readonly IReadOnlyList<string> Fields = ["get_started", "greeting", "persistent_menu", "ice_breakers"];

    private const int MaxGreeting = 160;
    private const int MaxMenuTitle = 30;
    private static readonly (string Locale, string Language)[] Locales = [("fr_FR", Languages.French), ("en_US", Languages.English)];

    /// <summary>The desired profile of a Page of brand <paramref name="brandName"/>.</summary>
    public static JObject Build(string brandName, string defaultLanguage, Localizer strings)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(brandName);
        ArgumentNullException.ThrowIfNull(strings);
        var locales = Locales.Prepend(("default", defaultLanguage == Languages.English ? Languages.English : Languages.French)).ToList();
        return new JObject
        {
            ["get_started"] = new JObject { ["payload"] = new JObject { ["action"] = "getStarted" }.ToString(Newtonsoft.Json.Formatting.None) },
            ["greeting"] = new JArray(locales.Select(l => new JObject
            {
                ["locale"] = l.Item1,
                ["text"] = TitleShortener.Shorten(strings.GetPlain(l.Item2, "messenger.greeting", new { brand = brandName }), MaxGreeting),
            })),
            ["persistent_menu"] = new JArray(locales.Select(l => new JObject
            {
                ["locale"] = l.Item1,
                ["composer_input_disabled"] = false,
                ["call_to_actions"] = new JArray(MenuCard.Choices
                    .Select(choice => Postback(CardLabels.Get(l.Item2, $"menu.{choice}"), MenuPayload(choice)))
                    .Append(Postback(strings.Get(l.Item2, "messenger.menu.human"), strings.Get(l.Item2, "messenger.menu.human")))),
            })),
            ["ice_breakers"] = new JArray(locales.Select(l => new JObject
            {
                ["locale"] = l.Item1,
                ["call_to_actions"] = new JArray(MenuCard.Choices
                    .Select(choice => IceBreaker(strings.Get(l.Item2, $"messenger.iceBreaker.{choice}"), MenuPayload(choice)))
                    .Append(IceBreaker(strings.Get(l.Item2, "messenger.iceBreaker.human"), strings.Get(l.Item2, "messenger.menu.human")))
                    .Take(4)),
            })),
        };
    }

    private static string MenuPayload(string choice) =>
        new JObject { ["action"] = "menu", ["choice"] = choice }.ToString(Newtonsoft.Json.Formatting.None);

    private static JObject Postback(string title, string payload) => new()
    {
        ["type"] = "postback",
        ["title"] = TitleShortener.Shorten(title, MaxMenuTitle),
        ["payload"] = payload,
    };

    private static JObject IceBreaker(string question, string payload) => new() { ["question"] = question, ["payload"] = payload };
}
