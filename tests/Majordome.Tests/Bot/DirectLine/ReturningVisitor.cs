using System.Net;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.DirectLine;

/// <summary>
/// A Web Chat visitor who comes back: each visit is a new Direct Line conversation with a token bound to the visitor's
/// id (as the chat page's server issues it), and what the bot said on arrival is read as the visit's greeting. The
/// end-to-end tests of the messages the assistant writes first meet the visitor at their next visit this way.
/// </summary>
public static class ReturningVisitor
{
    /// <summary>Opens a new conversation of <paramref name="visitor"/> with the Direct Line <paramref name="secret"/> and reads its greeting.</summary>
    public static async Task<(VisitorConversation Visit, VisitorGreeting Greeting)> VisitAsync(DirectLineTestClient client, string secret, string visitor)
    {
        ArgumentNullException.ThrowIfNull(client);
        var generated = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", secret, new JObject { ["user"] = new JObject { ["id"] = visitor } }.ToString());
        Assert.Equal(HttpStatusCode.OK, generated.StatusCode);
        var body = JObject.Parse(await generated.Content.ReadAsStringAsync());
        var visit = new VisitorConversation(client, body.Value<string>("conversationId")!, body.Value<string>("token")!);
        await client.StartAsync(visit.Token);
        var page = await client.GetActivitiesAsync(visit.ConversationId, visit.Token);
        visit.Watermark = page.Value<string>("watermark");
        var fromBot = ((JArray)page["activities"]!).Where(a => a["from"]?.Value<string>("role") == "bot").ToList();
        var text = string.Join("\n", fromBot.Select(a => a.Value<string>("text")).Where(t => !string.IsNullOrEmpty(t)));
        var cards = fromBot.SelectMany(a => (a["attachments"] as JArray) ?? []).Select(c => c.ToString(Newtonsoft.Json.Formatting.None)).ToList();
        var actions = fromBot.SelectMany(a => (a["suggestedActions"]?["actions"] as JArray) ?? []).ToList();
        return (visit, new VisitorGreeting(text, cards, actions));
    }
}

/// <summary>What the bot said when the visitor arrived.</summary>
/// <param name="Text">Its texts, one per line.</param>
/// <param name="Cards">Its cards, as JSON.</param>
/// <param name="Actions">Its suggested actions, whole.</param>
public sealed record VisitorGreeting(string Text, IReadOnlyList<string> Cards, IReadOnlyList<JToken> Actions)
{
    /// <summary>The values of the suggested actions, in order.</summary>
    public IReadOnlyList<string> Buttons => [.. Actions.Select(b => b.Value<string>("value")!)];
}

/// <summary>One visit's conversation: what the visitor posts, and the bot's texts that follow.</summary>
public sealed class VisitorConversation(DirectLineTestClient client, string conversationId, string token)
{
    /// <summary>The Direct Line conversation.</summary>
    public string ConversationId { get; } = conversationId;

    /// <summary>The visit's token.</summary>
    public string Token { get; } = token;

    /// <summary>Where the next read of activities starts.</summary>
    public string? Watermark { get; set; }

    /// <summary>Types <paramref name="text"/> (in French) and returns the bot's texts that followed.</summary>
    public Task<string> SayAsync(string text) => SendAsync(new JObject { ["type"] = "message", ["text"] = text });

    /// <summary>Posts the activity (in French unless it says otherwise) and returns the bot's texts that followed it.</summary>
    public async Task<string> SendAsync(JObject activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity["locale"] ??= "fr-FR";
        var posted = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{ConversationId}/activities", Token, activity.ToString());
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var page = await client.GetActivitiesAsync(ConversationId, Token, Watermark);
        Watermark = page.Value<string>("watermark");
        return string.Join("\n", ((JArray)page["activities"]!)
            .Where(a => a["from"]?.Value<string>("role") == "bot")
            .Select(a => a.Value<string>("text"))
            .Where(t => !string.IsNullOrEmpty(t)));
    }
}
