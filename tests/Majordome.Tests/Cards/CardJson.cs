using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Cards;

/// <summary>Reading rendered cards in assertions.</summary>
internal static class CardJson
{
    /// <summary>Every string in the card, in document order.</summary>
    public static List<string> Strings(JToken card) =>
        ((JContainer)card).DescendantsAndSelf().OfType<JValue>().Where(v => v.Type == JTokenType.String).Select(v => v.Value<string>()!).ToList();

    /// <summary>Every action object (Action.*) in the card, selectActions included.</summary>
    public static List<JObject> Actions(JToken card) =>
        ((JContainer)card).DescendantsAndSelf().OfType<JObject>().Where(o => ((string?)o["type"])?.StartsWith("Action.", StringComparison.Ordinal) == true).ToList();

    /// <summary>The data objects of every Action.Submit, as the dialogs will receive them in Activity.Value.</summary>
    public static List<JObject> SubmitValues(JToken card) =>
        Actions(card).Where(a => (string?)a["type"] == "Action.Submit").Select(a => (JObject)a["data"]!).ToList();

    /// <summary>The titles of the card's buttons (selectActions have none).</summary>
    public static List<string> ButtonTitles(JToken card) =>
        Actions(card).Select(a => (string?)a["title"]).OfType<string>().ToList();
}
