using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Dialogs.Conversations.Purchase;

/// <summary>
/// A card button's submit data ({ "action": "addToCart", "sku": "CAP-ARPEGGIO" }), which channels deliver in
/// <c>Activity.Value</c>. Dialogs read it here, so a click and a typed answer reach the same code.
/// </summary>
/// <param name="Action">The action name (see Majordome.Cards.CardActions).</param>
/// <param name="Data">The whole submit object.</param>
public sealed record CardSubmit(string Action, JObject Data)
{
    /// <summary>The submit data of the activity, or null when it is not a card button.</summary>
    public static CardSubmit? From(IActivity? activity)
    {
        if (activity is not IMessageActivity { Value: not null } message)
        {
            return null;
        }

        var value = message.Value as JObject ?? (message.Value is JToken ? null : JToken.FromObject(message.Value) as JObject);
        return value?["action"] is JValue { Type: JTokenType.String } action ? new CardSubmit(action.ToString(), value) : null;
    }

    /// <summary>A string field of the data, or null.</summary>
    public string? Get(string name) => Data[name] is JValue { Value: not null } v ? v.ToString() : null;
}
