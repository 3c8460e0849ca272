using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.DirectLine;

/// <summary>A Direct Line client for tests: real HTTP and real WebSockets against a <see cref="BotApplicationFactory"/>.</summary>
public sealed class DirectLineTestClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, string? bearer, string? body = null)
    {
        var request = new HttpRequestMessage(method, url);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        return Http.SendAsync(request);
    }

    /// <summary>Starts a conversation with <paramref name="bearer"/> (the secret or a token); the response body.</summary>
    public async Task<JObject> StartAsync(string bearer, string? body = null)
    {
        var response = await SendAsync(HttpMethod.Post, "/v3/directline/conversations", bearer, body);
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, $"Start answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return JObject.Parse(await response.Content.ReadAsStringAsync());
    }

    public Task<HttpResponseMessage> PostMessageAsync(string conversationId, string token, string text, string locale = "fr-FR")
    {
        var body = new JObject { ["type"] = "message", ["from"] = new JObject { ["id"] = "user-1" }, ["text"] = text, ["locale"] = locale };
        return SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, body.ToString());
    }

    public async Task<JObject> GetActivitiesAsync(string conversationId, string token, string? watermark = null)
    {
        var url = $"/v3/directline/conversations/{conversationId}/activities" + (watermark is null ? string.Empty : $"?watermark={watermark}");
        var response = await SendAsync(HttpMethod.Get, url, token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JObject.Parse(await response.Content.ReadAsStringAsync());
    }

    public static async Task<ClientWebSocket> ConnectAsync(string streamUrl)
    {
        var socket = new ClientWebSocket();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await socket.ConnectAsync(new Uri(streamUrl), timeout.Token);
        return socket;
    }

    /// <summary>The next message of the stream: an ActivitySet, or null for an empty (keep-alive) message or a close.</summary>
    public static async Task<JObject?> ReceiveAsync(WebSocket socket, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, cancel.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                // Answer the server's close, as browsers do.
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, cancel.Token);
                return null;
            }

            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        return message.Length == 0 ? null : JObject.Parse(Encoding.UTF8.GetString(message.ToArray()));
    }

    /// <summary>Receives ActivitySets until <paramref name="done"/> holds for the activities so far; returns them all.</summary>
    public static async Task<List<JObject>> ReceiveUntilAsync(WebSocket socket, Func<IReadOnlyList<JObject>, bool> done, TimeSpan? timeout = null)
    {
        var activities = new List<JObject>();
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (!done(activities))
        {
            var left = deadline - DateTime.UtcNow;
            Assert.True(left > TimeSpan.Zero, $"The stream did not deliver what was expected in time; got: {string.Join(" | ", activities.Select(a => a.Value<string>("text")))}");
            var set = await ReceiveAsync(socket, left);
            if (set is null)
            {
                Assert.Equal(WebSocketState.Open, socket.State);
                continue;
            }

            activities.AddRange(((JArray)set["activities"]!).Cast<JObject>());
        }

        return activities;
    }

    public static Task CloseAsync(WebSocket socket) =>
        socket.State == WebSocketState.Open
            ? socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None)
            : Task.CompletedTask;
}
