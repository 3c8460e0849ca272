using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Majordome.Bench.Load;

/// <summary>
/// <c>POST /api/messages</c> with <c>deliveryMode: expectReplies</c>: the replies come back in the HTTP response,
/// so a turn's latency is the request's. Works against Majordome and both baselines.
/// </summary>
public sealed class ExpectRepliesDriver : ILoadDriver
{
    private readonly HttpClient _client;

    /// <summary>Creates the driver on <paramref name="client"/> (its base address is the server's).</summary>
    public ExpectRepliesDriver(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
    }

    /// <inheritdoc />
    public string NewConversation(int worker, int run) => $"load-{worker}-{run}-{Guid.NewGuid():N}";

    /// <inheritdoc />
    public async Task<TurnOutcome> SendTurnAsync(string conversation, int turn, CancellationToken cancellationToken) =>
        await SendAsync(_client, conversation, ConversationScript.Turns[turn], cancellationToken).ConfigureAwait(false) ? TurnOutcome.Answered : TurnOutcome.Failed;

    /// <inheritdoc />
    public void EndConversation(string conversation)
    {
    }

    /// <summary>Sends one message with expectReplies; true when the server answered 2xx with at least one reply.</summary>
    internal static async Task<bool> SendAsync(HttpClient client, string conversation, string text, CancellationToken cancellationToken)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString("N"),
            ["channelId"] = "webchat",
            ["serviceUrl"] = "http://127.0.0.1:1/",
            ["deliveryMode"] = "expectReplies",
            ["locale"] = "fr-FR",
            ["from"] = new JsonObject { ["id"] = "customer-" + conversation },
            ["recipient"] = new JsonObject { ["id"] = "bot" },
            ["conversation"] = new JsonObject { ["id"] = conversation },
            ["text"] = text,
        };
        try
        {
            using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
            using var response = await client.PostAsync("api/messages", content, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                return false;
            }

            using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), cancellationToken: cancellationToken).ConfigureAwait(false);
            return body.RootElement.TryGetProperty("activities", out var replies) && replies.GetArrayLength() > 0;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
