using System.Text;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Harness;

/// <summary>
/// Talks to a host's <c>POST /api/messages</c> as a channel would, with <c>deliveryMode: expectReplies</c> so the
/// bot's replies come back in the HTTP response. The customer's id is derived from the conversation.
/// </summary>
public static class ExpectRepliesClient
{
    /// <summary>Sends <paramref name="text"/> in <paramref name="conversation"/> and returns the reply activities.</summary>
    public static async Task<List<JToken>> SendAsync(HttpClient client, string conversation, string text)
    {
        var activity = new JObject
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString(),
            ["channelId"] = "webchat",
            ["serviceUrl"] = "http://127.0.0.1:1/",
            ["deliveryMode"] = "expectReplies",
            ["from"] = new JObject { ["id"] = "customer-" + conversation },
            ["recipient"] = new JObject { ["id"] = "bot" },
            ["conversation"] = new JObject { ["id"] = conversation },
            ["text"] = text,
        };
        using var content = new StringContent(activity.ToString(), Encoding.UTF8, "application/json");
        var response = await client.PostAsync("api/messages", content);
        response.EnsureSuccessStatusCode();
        return JObject.Parse(await response.Content.ReadAsStringAsync())["activities"]!.ToList();
    }

    /// <summary>The texts of <paramref name="activities"/>, in order.</summary>
    public static List<string> Texts(IEnumerable<JToken> activities) =>
        activities.Select(a => a.Value<string>("text")).OfType<string>().ToList();

    /// <summary>Sends <paramref name="text"/> and returns only the replies' texts.</summary>
    public static async Task<List<string>> SendForTextsAsync(HttpClient client, string conversation, string text) =>
        Texts(await SendAsync(client, conversation, text));
}
