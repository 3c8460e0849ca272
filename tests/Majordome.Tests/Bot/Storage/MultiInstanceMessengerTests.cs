using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Majordome.Bot.Messenger.Webhook;
using Majordome.Tests.Bot.Messenger.FakeGraph;
using Majordome.Tests.Harness;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Npgsql;

namespace Majordome.Tests.Bot.Storage;

/// <summary>
/// Three bot processes sharing one PostgreSQL server receive Meta's webhook deliveries the way a load balancer hands
/// them out: Meta retries a delivery it thinks failed, and the retry (same bytes, same mids) may land on another
/// instance, sometimes while the first copy is still in flight. Every customer message must be answered once, in
/// order, whichever instances its copies reached. Replies go to the fake Graph server on loopback, which counts them.
/// </summary>
public sealed class MultiInstanceMessengerTests : IClassFixture<MultiInstanceMessengerTests.Instances>
{
    private const string AppSecret = "multi-instance-app-secret-0123456789";
    private const string GenericError = "Désolé, un problème est survenu de mon côté.";

    /// <summary>The booking flow to its confirmation, declined (so no seat is taken), with the phrase each turn's answer holds.</summary>
    private static readonly (string Text, string Answer)[] Script =
    [
        ("bonjour", "Bonjour"),
        ("Réserver une table", "Dans quelle boutique souhaitez-vous une table"),
        ("Bordeaux", "Pour combien de personnes ?"),
        ("2", "Quand souhaitez-vous venir ?"),
        ("samedi à 15h", "À quel nom dois-je réserver ?"),
        ("Marie", "À quel numéro la boutique peut-elle vous joindre ?"),
        ("06 12 34 56 78", "Je réserve ?"),
        ("non", "Très bien, rien n'a été réservé."),
    ];

    private readonly Instances _instances;

    public MultiInstanceMessengerTests(Instances instances)
    {
        _instances = instances;
    }

    [Fact]
    public async Task RedeliveredWebhooks_AcrossInstances_EachMessageAnsweredOnceAndInOrder()
    {
        // Twelve customers at once. Each message is delivered in one of three ways, rotating with the customer and
        // the turn: to one instance then, once it answered 200, again to the next one (Meta's retry after a slow
        // acknowledgement); to two instances at the same moment; to all three at the same moment. A customer's next
        // message follows as soon as the previous one is acknowledged, without waiting for the reply, so the
        // instances also have to keep a conversation's queued messages in order.
        var customers = Enumerable.Range(0, 12).Select(c => $"77{c:D2}{Random.Shared.NextInt64(1_000_000_000, 9_999_999_999)}").ToArray();
        var start = DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeMilliseconds();
        var deliveries = new List<byte[]>();
        await Task.WhenAll(customers.Select(async (customer, c) =>
        {
            for (var t = 0; t < Script.Length; t++)
            {
                var body = MessageBody(customer, $"m_multi_{customer}_{t}", Script[t].Text, timestamp: start + (t * 1000));
                lock (deliveries)
                {
                    deliveries.Add(body);
                }

                var first = (c + (2 * t)) % 3;
                switch ((c + t) % 3)
                {
                    case 0:
                        await DeliverAsync(body, first);
                        await DeliverAsync(body, first + 1);
                        break;
                    case 1:
                        await Task.WhenAll(DeliverAsync(body, first), DeliverAsync(body, first + 1));
                        break;
                    default:
                        await Task.WhenAll(DeliverAsync(body, 0), DeliverAsync(body, 1), DeliverAsync(body, 2));
                        break;
                }
            }
        }));

        await WaitUntilProcessedAsync(customers.Length * Script.Length);
        var replies = RepliesTo(customers);

        foreach (var customer in customers)
        {
            AssertAnsweredOnceInOrder(customer, replies[customer]);
        }

        // Every conversation went the same way, message for message: a message answered twice would add replies.
        var reference = replies[customers[0]];
        Assert.All(customers, customer => Assert.Equal(reference, replies[customer]));
        Assert.Equal((customers.Length * Script.Length, customers.Length * Script.Length), await InboxCountsAsync(customers, "done"));

        // Meta retries late too, after the reply went out: every delivery once more, spread over the three instances.
        await Task.WhenAll(deliveries.Select((body, i) => DeliverAsync(body, i + 2)));
        await WaitUntilProcessedAsync(customers.Length * Script.Length);
        var after = RepliesTo(customers);
        Assert.All(customers, customer => Assert.Equal(replies[customer], after[customer]));
    }

    [Fact]
    public async Task BatchedDelivery_PostedToThreeInstancesAtOnce_EachEventStoredAndAnsweredOnce()
    {
        // Meta batches the events of several customers in one POST; the three copies race for the same rows.
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var customers = Enumerable.Range(0, 6).Select(c => $"78{c:D2}{Random.Shared.NextInt64(1_000_000_000, 9_999_999_999)}").ToArray();
        var events = customers.Select(customer => MessageEvent(customer, $"m_batch_{customer}", "bonjour", now)).ToArray();
        var body = Encoding.UTF8.GetBytes(new JObject
        {
            ["object"] = "page",
            ["entry"] = new JArray(new JObject { ["id"] = FakeGraphServer.PageId, ["time"] = now + 200, ["messaging"] = new JArray(events) }),
        }.ToString(Formatting.None));

        await Task.WhenAll(Enumerable.Range(0, 3).Select(i => DeliverAsync(body, i)));
        await WaitUntilProcessedAsync(customers.Length);

        var replies = RepliesTo(customers);
        Assert.All(customers, customer =>
        {
            Assert.NotEmpty(replies[customer]);
            Assert.Single(replies[customer], r => r.Contains(Script[0].Answer, StringComparison.Ordinal));
            Assert.Equal(replies[customers[0]], replies[customer]);
        });
        Assert.Equal((customers.Length, customers.Length), await InboxCountsAsync(customers, "done"));
    }

    private static void AssertAnsweredOnceInOrder(string customer, IReadOnlyList<string> replies)
    {
        Assert.DoesNotContain(replies, r => r.Contains(GenericError, StringComparison.Ordinal));
        var previous = -1;
        foreach (var (text, answer) in Script)
        {
            var at = replies.Select((r, i) => (r, i)).Where(x => x.r.Contains(answer, StringComparison.Ordinal)).Select(x => x.i).ToList();
            Assert.True(at.Count == 1, $"Customer {customer}: the answer to \"{text}\" ({answer}) came {at.Count} times:\n{string.Join("\n", replies)}");
            Assert.True(at[0] > previous, $"Customer {customer}: the answer to \"{text}\" came out of order:\n{string.Join("\n", replies)}");
            previous = at[0];
        }
    }

    /// <summary>Posts the signed body to instance <paramref name="instance"/> (modulo their count) and expects Meta's 200.</summary>
    private async Task DeliverAsync(byte[] body, int instance)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, MessengerWebhookEndpoints.Path.TrimStart('/')) { Content = content };
        request.Headers.TryAddWithoutValidation(WebhookSignature.HeaderName, WebhookSignature.Compute(body, AppSecret));
        var client = _instances.Clients[instance % _instances.Clients.Count];

        using var response = await client.SendAsync(request);

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{client.BaseAddress} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>The texts sent to each customer, in the order the fake Graph server received them (typing indicators left out).</summary>
    private Dictionary<string, List<string>> RepliesTo(IReadOnlyList<string> customers)
    {
        var replies = customers.ToDictionary(c => c, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var sent in _instances.Graph.SentMessages)
        {
            if ((string?)sent["recipient"]?["id"] is { } recipient && replies.TryGetValue(recipient, out var list))
            {
                var message = (JObject)sent["message"]!;
                list.Add((string?)message["text"] ?? (string?)message["attachment"]?["payload"]?["text"] ?? message.ToString(Formatting.None));
            }
        }

        return replies;
    }

    /// <summary>Waits, up to a deadline, until the customers' <paramref name="expected"/> events are stored and none is waiting or in progress.</summary>
    private async Task WaitUntilProcessedAsync(int expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            var (stored, unfinished) = await InboxProgressAsync();
            if (stored >= expected && unfinished == 0)
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, $"After 120 s the inbox holds {stored} of {expected} events, {unfinished} not processed.\n{_instances.Output}");
            await Task.Delay(50);
        }
    }

    private async Task<(long Stored, long Unfinished)> InboxProgressAsync()
    {
        await using var connection = new NpgsqlConnection(_instances.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*), count(*) FILTER (WHERE status IN ('pending', 'processing')) FROM messenger_inbox;", connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    /// <summary>How many inbox rows the customers' events have, and how many of them have <paramref name="status"/>.</summary>
    private async Task<(long Rows, long WithStatus)> InboxCountsAsync(IReadOnlyList<string> customers, string status)
    {
        await using var connection = new NpgsqlConnection(_instances.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT count(*), count(*) FILTER (WHERE status = @status) FROM messenger_inbox
            WHERE (body::jsonb -> 'sender' ->> 'id') = ANY(@customers);
            """, connection);
        command.Parameters.AddWithValue("status", status);
        command.Parameters.AddWithValue("customers", customers.ToArray());
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    private static byte[] MessageBody(string customer, string mid, string text, long timestamp) =>
        Encoding.UTF8.GetBytes(new JObject
        {
            ["object"] = "page",
            ["entry"] = new JArray(new JObject
            {
                ["id"] = FakeGraphServer.PageId,
                ["time"] = timestamp + 200,
                ["messaging"] = new JArray(MessageEvent(customer, mid, text, timestamp)),
            }),
        }.ToString(Formatting.None));

    private static JObject MessageEvent(string customer, string mid, string text, long timestamp) => new()
    {
        ["sender"] = new JObject { ["id"] = customer },
        ["recipient"] = new JObject { ["id"] = FakeGraphServer.PageId },
        ["timestamp"] = timestamp,
        ["message"] = new JObject { ["mid"] = mid, ["text"] = text },
    };

    /// <summary>The fake Graph server, the three processes pointed at it, and their database, started once for the class.</summary>
    public sealed class Instances : IAsyncLifetime
    {
        private readonly List<BotProcess> _processes = [];
        private readonly List<HttpClient> _clients = [];

        public PostgresTestDatabase Database { get; } = new("messenger_instances");

        public FakeGraphServer Graph { get; private set; } = null!;

        public IReadOnlyList<HttpClient> Clients => _clients;

        /// <summary>What the processes printed, for failure messages.</summary>
        public string Output => string.Join("\n", _processes.Select((p, i) => $"--- instance {i} ---\n{p.Output}"));

        public async Task InitializeAsync()
        {
            Graph = await FakeGraphServer.StartAsync();
            var settings = new Dictionary<string, string>
            {
                ["Storage:Provider"] = "Postgres",
                ["Storage:ConnectionString"] = Database.ConnectionString,
                ["Storage:DataDirectory"] = Path.Combine(Path.GetTempPath(), "majordome-messenger-instances", Guid.NewGuid().ToString("N")),
                ["Messenger:AppId"] = "948372615204837",
                ["Messenger:AppSecret"] = AppSecret,
                ["Messenger:VerifyToken"] = "multi-instance-verify-token",
                ["Messenger:GraphBaseUrl"] = Graph.BaseUrl.ToString(),
                ["Messenger:Pages:0:PageId"] = FakeGraphServer.PageId,
                ["Messenger:Pages:0:AccessToken"] = FakeGraphServer.PageToken,

                // Pacing to Meta's limits is not under test here, and would only stretch the run.
                ["MessengerSend:MaxSendsPerSecond"] = "250",
            };
            _processes.AddRange(await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => BotProcess.StartAsync(settings))));
            _clients.AddRange(_processes.Select(p => new HttpClient { BaseAddress = p.BaseAddress, Timeout = TimeSpan.FromSeconds(60) }));
        }

        public async Task DisposeAsync()
        {
            foreach (var client in _clients)
            {
                client.Dispose();
            }

            foreach (var process in _processes)
            {
                await process.DisposeAsync();
            }

            if (Graph is not null)
            {
                await Graph.DisposeAsync();
            }

            Database.Dispose();
        }
    }
}
