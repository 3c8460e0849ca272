using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Messenger;

/// <summary>Builds webhook bodies for the delivery tests: batches, reordered events, several pages.</summary>
internal static class WebhookBodies
{
    public static JObject TextEvent(string mid, string text, long timestamp, string sender = MetaFixtures.Customer, string recipient = MetaFixtures.PageId) => new()
    {
        ["sender"] = new JObject { ["id"] = sender },
        ["recipient"] = new JObject { ["id"] = recipient },
        ["timestamp"] = timestamp,
        ["message"] = new JObject { ["mid"] = mid, ["text"] = text },
    };

    public static JObject Entry(string id, JArray? messaging = null, JArray? standby = null)
    {
        var entry = new JObject { ["id"] = id, ["time"] = 1781190000900 };
        if (messaging is not null)
        {
            entry["messaging"] = messaging;
        }

        if (standby is not null)
        {
            entry["standby"] = standby;
        }

        return entry;
    }

    public static byte[] Body(string @object, params JObject[] entries) =>
        Encoding.UTF8.GetBytes(new JObject { ["object"] = @object, ["entry"] = new JArray(entries) }.ToString(Formatting.None));
}
