using System.Globalization;
using System.Net;
using System.Net.WebSockets;
using Majordome.Tests.Bot.DirectLine;
using Majordome.Tests.Harness;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Storage;

/// <summary>
/// Web Chat through Direct Line on three instances with no affinity: the token comes from one instance, the posts
/// from two others in turn, the polls from all three and the WebSocket stream is held by yet another. The customer
/// must see one conversation: every reply once, in order, wherever it was produced.
/// </summary>
public sealed partial class MultiInstanceTests
{
    /// <summary>The Direct Line secret every instance is configured with (shared configuration, as in production).</summary>
    internal const string DirectLineSecret = "multi-instance-directline-secret-0123456789";

    private static readonly (string Sent, string Expected)[] TastingBooking =
    [
        ("Réserver une table", "Dans quelle boutique"),
        ("Bordeaux", "Pour combien de personnes ?"),
        ("2", "Quand souhaitez-vous venir ?"),
        ("samedi à 18h", "À quel nom"),
        ("Marie", "À quel numéro"),
        ("06 12 34 56 78", "Je réserve ?"),
        ("oui", "C'est réservé !"),
    ];

    [Fact]
    public async Task DirectLine_PostsOnAAndB_PollsEverywhere_StreamOnC_EveryReplyOnceInOrder()
    {
        var (a, b, c) = (new DirectLineTestClient(_clients[0]), new DirectLineTestClient(_clients[1]), new DirectLineTestClient(_clients[2]));
        var (conversationId, token) = await GenerateTokenAsync(a);
        await b.StartAsync(token);
        using var stream = await OpenStreamAsync(c, conversationId, token, watermark: null);

        var polled = new List<JObject>();
        string? watermark = null;
        DirectLineTestClient[] posters = [a, b];
        DirectLineTestClient[] pollers = [a, b, c];
        for (var turn = 0; turn < TastingBooking.Length; turn++)
        {
            var posted = await posters[turn % 2].PostMessageAsync(conversationId, token, TastingBooking[turn].Sent);
            Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
            var page = await pollers[turn % 3].GetActivitiesAsync(conversationId, token, watermark);
            polled.AddRange(((JArray)page["activities"]!).Cast<JObject>());
            watermark = page.Value<string>("watermark");
        }

        // Every post has returned, so its replies are all written: the stream must bring as many as the polls did.
        var streamed = await ReceiveUntilAsync(stream, activities => activities.Count >= polled.Count);
        await DirectLineTestClient.CloseAsync(stream);

        Assert.Contains(streamed, x => Text(x).StartsWith("C'est réservé !", StringComparison.Ordinal));
        Assert.Equal(streamed.Select(Id).Distinct().Count(), streamed.Count);
        Assert.Equal(streamed.Select(Sequence).Order().ToList(), streamed.Select(Sequence).ToList());
        Assert.Equal(streamed.Select(Id).ToList(), (await a.GetActivitiesAsync(conversationId, token)).Value<JArray>("activities")!.Cast<JObject>().Select(Id).ToList());
        Assert.Equal(streamed.Select(Id).ToList(), polled.Select(Id).ToList());
        AssertInOrder(streamed, TastingBooking.SelectMany(t => new[] { t.Sent, t.Expected }));
        Assert.DoesNotContain(streamed, x => Text(x).Contains(GenericError, StringComparison.Ordinal));
    }

    [Fact]
    public async Task DirectLine_InstanceHoldingTheStreamKilled_ClientReconnectsElsewhereWithItsWatermark_MissesNothing()
    {
        var (a, b, c) = (new DirectLineTestClient(_clients[0]), new DirectLineTestClient(_clients[1]), new DirectLineTestClient(_clients[2]));
        var (conversationId, token) = await GenerateTokenAsync(a);
        await b.StartAsync(token);
        var received = new List<JObject>();
        string? watermark;
        await using (var victim = await BotProcess.StartAsync(_settings))
        {
            using var victimClient = new HttpClient { BaseAddress = victim.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
            using var first = await OpenStreamAsync(new DirectLineTestClient(victimClient), conversationId, token, watermark: null);
            Assert.Equal(HttpStatusCode.OK, (await a.PostMessageAsync(conversationId, token, TastingBooking[0].Sent)).StatusCode);
            watermark = await ReceiveUntilAsync(first, received, x => x.Any(y => Text(y).Contains(TastingBooking[0].Expected, StringComparison.Ordinal)));
            await victim.KillAsync();
        }

        // A reply produced while no stream is open anywhere, then the client comes back on another instance.
        Assert.Equal(HttpStatusCode.OK, (await b.PostMessageAsync(conversationId, token, TastingBooking[1].Sent)).StatusCode);
        using var second = await OpenStreamAsync(c, conversationId, token, watermark);
        Assert.Equal(HttpStatusCode.OK, (await a.PostMessageAsync(conversationId, token, TastingBooking[2].Sent)).StatusCode);
        var everything = (await c.GetActivitiesAsync(conversationId, token)).Value<JArray>("activities")!.Cast<JObject>().Select(Id).ToList();
        await ReceiveUntilAsync(second, received, x => x.Count >= everything.Count);
        await DirectLineTestClient.CloseAsync(second);

        Assert.Equal(everything, received.Select(Id).ToList());
        AssertInOrder(received, TastingBooking.Take(3).SelectMany(t => new[] { t.Sent, t.Expected }));
    }

    private static async Task<(string ConversationId, string Token)> GenerateTokenAsync(DirectLineTestClient client)
    {
        var response = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", DirectLineSecret);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JObject.Parse(await response.Content.ReadAsStringAsync());
        return (body.Value<string>("conversationId")!, body.Value<string>("token")!);
    }

    /// <summary>Asks <paramref name="client"/>'s instance for a stream URL (a reconnect) and opens the WebSocket there.</summary>
    private static async Task<ClientWebSocket> OpenStreamAsync(DirectLineTestClient client, string conversationId, string token, string? watermark)
    {
        var response = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}?watermark={watermark ?? "-"}", token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var streamUrl = JObject.Parse(await response.Content.ReadAsStringAsync()).Value<string>("streamUrl")!;
        Assert.StartsWith($"ws://{client.Http.BaseAddress!.Authority}/", streamUrl, StringComparison.Ordinal);
        return await DirectLineTestClient.ConnectAsync(streamUrl);
    }

    private static async Task<List<JObject>> ReceiveUntilAsync(WebSocket socket, Func<IReadOnlyList<JObject>, bool> done)
    {
        var activities = new List<JObject>();
        await ReceiveUntilAsync(socket, activities, done);
        return activities;
    }

    /// <summary>Adds the stream's activities to <paramref name="activities"/> until <paramref name="done"/>; the last watermark.</summary>
    private static async Task<string?> ReceiveUntilAsync(WebSocket socket, List<JObject> activities, Func<IReadOnlyList<JObject>, bool> done)
    {
        string? watermark = null;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!done(activities))
        {
            var left = deadline - DateTime.UtcNow;
            Assert.True(left > TimeSpan.Zero, $"The stream did not deliver what was expected in time; got: {string.Join(" | ", activities.Select(Text))}");
            if (await DirectLineTestClient.ReceiveAsync(socket, left) is not { } set)
            {
                Assert.Equal(WebSocketState.Open, socket.State);
                continue;
            }

            activities.AddRange(((JArray)set["activities"]!).Cast<JObject>());
            watermark = set.Value<string>("watermark");
        }

        return watermark;
    }

    /// <summary>Each of <paramref name="expected"/> is found in a later activity than the one before it.</summary>
    private static void AssertInOrder(IReadOnlyList<JObject> activities, IEnumerable<string> expected)
    {
        var at = -1;
        foreach (var text in expected)
        {
            var found = activities.Select((x, i) => (x, i)).FirstOrDefault(p => p.i > at && Text(p.x).Contains(text, StringComparison.Ordinal));
            Assert.True(found.x is not null, $"\"{text}\" not found after position {at} in: {string.Join(" | ", activities.Select(Text))}");
            at = found.i;
        }
    }

    private static string Text(JObject activity) => activity.Value<string>("text") ?? string.Empty;

    private static string Id(JObject activity) => activity.Value<string>("id")!;

    private static int Sequence(JObject activity) => int.Parse(Id(activity).Split('|')[1], CultureInfo.InvariantCulture);
}
