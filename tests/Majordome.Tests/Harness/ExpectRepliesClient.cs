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
    /// <param name="client">A client of the host.</param>
    /// <param name="conversation">The conversation id.</param>
    /// <param name="text">What the customer types; null for a button that only posts a value.</param>
    /// <param name="value">What a button posts (a card submit or a postback), or null.</param>
    /// <param name="locale">The channel's locale, or null for none.</param>
    public static async Task<List<JToken>> SendAsync(HttpClient client, string conversation, string? text, JObject? value = null, string? locale = null)
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
        };
        if (text is not null)
        {
            activity["text"] = text;
        }

        if (value is not null)
        {
            activity["value"] = value;
        }

        if (locale is not null)
        {
            activity["locale"] = locale;
        }

        using var content = new StringContent(activity.ToString(), Encoding.UTF8, "application/json");
        var response = await client.PostAsync("api/messages", content);
        response.EnsureSuccessStatusCode();
        return JObject.Parse(await response.Content.ReadAsStringAsync())["activities"]!.ToList();
    }

    /// <summary>The texts of <paramref name="activities"/>, in order.</summary>
    public static List<string> Texts(IEnumerable<JToken> activities) =>
        activities.Select(a => a.Value<string>("text")).OfType<string>().ToList();

    /// <summary>Sends <paramref name="text"/> and returns only the replies' texts.</summary>
    public static async Task<List<string>> SendForTextsAsync(HttpClient client, string conversation, string? text, JObject? value = null, string? locale = null) =>
        Texts(await SendAsync(client, conversation, text, value, locale));
}
