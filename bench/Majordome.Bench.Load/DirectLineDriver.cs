using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Majordome.Bench.Load;

/// <summary>
/// Web Chat's path without a browser: a conversation started with <c>POST /v3/directline/conversations</c>, then
/// each turn a message posted (the POST answers once the turn has run) and the replies polled with the watermark,
/// as directlinejs does when it polls. A turn's latency is the post and the poll. Calls carry the Direct Line
/// secret (a site's server), so the per-address limit does not count them.
/// </summary>
public sealed class DirectLineDriver : ILoadDriver
{
    private readonly HttpClient _client;
    private readonly string _secret;
    private readonly ConcurrentDictionary<string, (string Id, string? Watermark)> _conversations = new(StringComparer.Ordinal);

    /// <summary>Creates the driver on <paramref name="client"/> with the server's Direct Line <paramref name="secret"/>.</summary>
    public DirectLineDriver(HttpClient client, string secret)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrEmpty(secret);
        _client = client;
        _secret = secret;
    }

    /// <inheritdoc />
    public string NewConversation(int worker, int run) => $"load-{worker}-{run}-{Guid.NewGuid():N}";

    /// <inheritdoc />
    public async Task<TurnOutcome> SendTurnAsync(string conversation, int turn, CancellationToken cancellationToken)
    {
        try
        {
            if (!_conversations.TryGetValue(conversation, out var state))
            {
                using var started = await SendAsync(HttpMethod.Post, "v3/directline/conversations", null, cancellationToken).ConfigureAwait(false);
                if (!started.IsSuccessStatusCode)
                {
                    return TurnOutcome.Failed;
                }

                state = ((await ReadAsync(started, cancellationToken).ConfigureAwait(false))["conversationId"]!.GetValue<string>(), null);
            }

            var message = new JsonObject { ["type"] = "message", ["from"] = new JsonObject { ["id"] = "customer" }, ["locale"] = "fr-FR", ["text"] = ConversationScript.Turns[turn] };
            using (var posted = await SendAsync(HttpMethod.Post, $"v3/directline/conversations/{state.Id}/activities", message, cancellationToken).ConfigureAwait(false))
            {
                if (!posted.IsSuccessStatusCode)
                {
                    return TurnOutcome.Failed;
                }
            }

            using var polled = await SendAsync(HttpMethod.Get, $"v3/directline/conversations/{state.Id}/activities?watermark={state.Watermark ?? "-"}", null, cancellationToken).ConfigureAwait(false);
            if (!polled.IsSuccessStatusCode)
            {
                return TurnOutcome.Failed;
            }

            var page = await ReadAsync(polled, cancellationToken).ConfigureAwait(false);
            _conversations[conversation] = (state.Id, page["watermark"]?.GetValue<string>());
            var answered = page["activities"]!.AsArray().Any(a => a?["from"]?["role"]?.GetValue<string>() == "bot");
            return answered ? TurnOutcome.Answered : TurnOutcome.Failed;
        }
        catch (HttpRequestException)
        {
            return TurnOutcome.Failed;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return TurnOutcome.Failed;
        }
    }

    /// <inheritdoc />
    public void EndConversation(string conversation) => _conversations.TryRemove(conversation, out _);

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, JsonObject? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _secret);
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        return await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<JsonNode> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken) =>
        (await JsonNode.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), cancellationToken: cancellationToken).ConfigureAwait(false))!;
}
