using System.Text;
using System.Text.Json.Nodes;

namespace Majordome.Tests.Harness.Crashes;

/// <summary>
/// One customer talking to a bot process's <c>POST /api/messages</c> with <c>deliveryMode: expectReplies</c>, so the
/// replies come back in the HTTP response: a response that never comes is a customer who got no answer.
/// </summary>
public sealed class ExpectRepliesCustomer
{
    /// <summary>Creates a customer in conversation <paramref name="conversation"/>.</summary>
    public ExpectRepliesCustomer(string conversation)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversation);
        Conversation = conversation;
    }

    /// <summary>The conversation id.</summary>
    public string Conversation { get; }

    /// <summary>The channel user id, derived from the conversation.</summary>
    public string UserId => "customer-" + Conversation;

    /// <summary>The key the bot files this customer's orders and bookings under (channel/user id).</summary>
    public string CustomerKey => "webchat/" + UserId;

    /// <summary>Sends <paramref name="text"/> and returns the replies.</summary>
    public async Task<CustomerReplies> SayAsync(HttpClient client, string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString(),
            ["channelId"] = "webchat",
            ["serviceUrl"] = "http://127.0.0.1:1/",
            ["deliveryMode"] = "expectReplies",
            ["from"] = new JsonObject { ["id"] = UserId },
            ["recipient"] = new JsonObject { ["id"] = "bot" },
            ["conversation"] = new JsonObject { ["id"] = Conversation },
            ["text"] = text,
        };
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("api/messages", content, cancellationToken);
        response.EnsureSuccessStatusCode();
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        var activities = body?["activities"]?.AsArray() ?? [];
        var texts = activities.Select(a => a?["text"]?.GetValue<string>()).OfType<string>().ToList();
        var suggested = activities
            .SelectMany(a => a?["suggestedActions"]?["actions"]?.AsArray() ?? [])
            .Select(a => a?["value"]?.ToString())
            .OfType<string>()
            .ToList();
        return new CustomerReplies(texts, suggested);
    }
}

/// <summary>What the bot answered to one message.</summary>
/// <param name="Texts">The replies' texts, in order.</param>
/// <param name="Suggested">The values of the suggested actions (buttons), in order.</param>
public sealed record CustomerReplies(IReadOnlyList<string> Texts, IReadOnlyList<string> Suggested)
{
    /// <summary>All the texts on one line, for searching and for failure messages.</summary>
    public string Joined => string.Join(" | ", Texts);
}
