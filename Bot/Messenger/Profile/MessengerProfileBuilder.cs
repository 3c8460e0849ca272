using Majordome.Bot.Messenger.Rendering;
using Majordome.Cards.Localization;
using Majordome.Cards.Menu;
using Majordome.Dialogs.Choices;
using Majordome.Dialogs.Flows;
using Majordome.Dialogs.Localization;
using Majordome.Dialogs.Understanding;
using Newtonsoft.Json.Linq;

namespace Majordome.Bot.Messenger.Profile;

/// <summary>
/// The Messenger profile a Page should have (MESSENGER.md §5.2), from the brand's name and the fr/en strings:
/// the Get Started button (<c>{"action":"getStarted"}</c>), a greeting per locale (≤160 characters), a persistent
/// menu per locale (the three menu choices as <c>{"action":"menu","choice":…,"lang":…}</c> postbacks plus "talk to
/// someone", whose payload asks its own title so the dialogs read it as the human command; titles ≤30), and up to
/// four ice breakers per locale (new format) whose payloads ask their question of the flow it belongs to (<c>{"action":"ask","text":…,"intent":…,"lang":…}</c>). "default" is the brand's default language; fr_FR and en_US follow.
/// </summary>
public static class MessengerProfileBuilder
{
    /// <summary>The profile fields Majordome manages; the GET asks for these.</summary>
    public static readonly IReadOnlyList<string> Fields = ["get_started", "greeting", "persistent_menu", "ice_breakers"];

    private const int MaxGreeting = 160;
    private const int MaxMenuTitle = 30;
    private static readonly (string Locale, string Language)[] Locales = [("fr_FR", Languages.French), ("en_US", Languages.English)];

    /// <summary>The desired profile of a Page of brand <paramref name="brandName"/>.</summary>
    /// <param name="brandName">The brand's name, in the greeting.</param>
    /// <param name="defaultLanguage">The language of the "default" locale.</param>
    /// <param name="strings">The fr/en strings.</param>
    /// <param name="flows">
    /// The marketer's flows: those placed in the persistent menu join it by their order (a <c>menu</c> postback
    /// naming the flow, which starts it as a link would), and those with an ice breaker come before the built-in
    /// questions, which fill the places left.
    /// </param>
    public static JObject Build(string brandName, string defaultLanguage, Localizer strings, IReadOnlyList<FlowDefinition>? flows = null)
    {
        flows ??= [];
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
                ["call_to_actions"] = new JArray(FlowPlacement.Merge(
                        [.. MenuCard.Choices.Select(choice => (FlowPlacement.BuiltInOrders[choice], Postback(CardLabels.Get(l.Item2, $"menu.{choice}"), MenuPayload(choice, l.Item2))))],
                        flows.Where(f => f.Menu is { InPersistentMenu: true }).Select(f => (f.Menu!, f.Id, Postback(f.Menu!.Title.In(l.Item2), MenuPayload(f.Id, l.Item2)))))
                    .Append(Postback(strings.Get(l.Item2, "messenger.menu.human"), AskPayload(strings.Get(l.Item2, "messenger.menu.human"), null, l.Item2)))),
            })),
            ["ice_breakers"] = new JArray(locales.Select(l => new JObject
            {
                ["locale"] = l.Item1,
                ["call_to_actions"] = new JArray(flows.Where(f => f.Menu?.IceBreaker is not null)
                    .OrderBy(f => f.Menu!.Order).ThenBy(f => f.Id, StringComparer.Ordinal)
                    .Select(f => IceBreaker(f.Menu!.IceBreaker!.In(l.Item2), MenuPayload(f.Id, l.Item2)))
                    .Concat(MenuCard.Choices.Append(Intents.Human)
                    .Select(intent => (Intent: intent, Question: strings.Get(l.Item2, $"messenger.iceBreaker.{intent}")))
                    .Select(q => IceBreaker(q.Question, AskPayload(q.Question, q.Intent == Intents.Human ? null : q.Intent, l.Item2))))
                    .Take(4)),
            })),
        };
    }

    // Each locale's items carry its language: Messenger shows the customer their own locale's items but sends no
    // locale with the tap, so the payload is how the bot answers in the language the customer read.
    private static string MenuPayload(string choice, string language) =>
        new JObject { ["action"] = "menu", ["choice"] = choice, ["lang"] = language }.ToString(Newtonsoft.Json.Formatting.None);

    // An ice breaker (or "talk to someone") is the question it shows, as if the customer had typed it: it gets the
    // answer to that question rather than a menu (see Mapping/TappedWords). The intent starts its flow at once; asking
    // for a person has none, so it goes the way the typed words do (the human command), which keeps the question the
    // customer was answering.
    private static string AskPayload(string question, string? intent, string language)
    {
        var payload = new JObject { ["action"] = Mapping.TappedWords.AskAction, ["text"] = question };
        if (intent is not null)
        {
            payload["intent"] = intent;
        }

        payload["lang"] = language;
        return payload.ToString(Newtonsoft.Json.Formatting.None);
    }

    private static JObject Postback(string title, string payload) => new()
    {
        ["type"] = "postback",
        ["title"] = TitleShortener.Shorten(title, MaxMenuTitle),
        ["payload"] = payload,
    };

    private static JObject IceBreaker(string question, string payload) => new() { ["question"] = question, ["payload"] = payload };
}
