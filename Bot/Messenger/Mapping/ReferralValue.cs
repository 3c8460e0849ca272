using Newtonsoft.Json.Linq;

namespace Majordome.Bot.Messenger.Mapping;

/// <summary>
/// The one shape a referral takes in activities, wherever Meta put it (a Get Started postback, a standalone
/// <c>referral</c> event, a message from an ad): <c>{"ref", "source", "type", "adId"}</c>, absent fields left out.
/// </summary>
public static class ReferralValue
{
    /// <summary>The name of the event activity of a standalone referral.</summary>
    public const string EventName = Majordome.Dialogs.Conversations.ConversationStart.ReferralEventName;

    /// <summary>The activity property that carries the referral of a message from an ad.</summary>
    public const string PropertyName = Majordome.Dialogs.Conversations.ConversationStart.ReferralPropertyName;

    /// <summary>The referral in our shape, or null when <paramref name="referral"/> is not an object.</summary>
    public static JObject? From(JToken? referral)
    {
        if (referral is not JObject source)
        {
            return null;
        }

        var value = new JObject();
        Add(value, "ref", JsonIds.Read(source["ref"]));
        Add(value, "source", JsonIds.Text(source["source"]));
        Add(value, "type", JsonIds.Text(source["type"]));
        Add(value, "adId", JsonIds.Read(source["ad_id"]));
        Add(value, "refererUri", JsonIds.Text(source["referer_uri"]));
        return value;
    }

    private static void Add(JObject value, string name, string? text)
    {
        if (text is not null)
        {
            value[name] = text;
        }
    }
}
