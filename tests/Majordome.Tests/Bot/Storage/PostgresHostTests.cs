using Majordome.Tests.Harness;
using Npgsql;

namespace Majordome.Tests.Bot.Storage;

/// <summary>
/// Two bot hosts on loopback sharing one PostgreSQL server, as two instances behind a load balancer: a customer
/// whose consecutive messages land on alternate instances keeps one coherent conversation.
/// </summary>
public sealed class PostgresHostTests : IDisposable
{
    private readonly string _connectionString = PostgresServer.Instance.CreateDatabase("hosts");
    private readonly BotApplicationFactory _first;
    private readonly BotApplicationFactory _second;
    private readonly HttpClient[] _clients;
    private readonly string _conversation = Guid.NewGuid().ToString();

    public PostgresHostTests()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = _connectionString,
        };
        _first = new BotApplicationFactory(settings);
        _second = new BotApplicationFactory(settings);
        _clients = [_first.CreateClient(), _second.CreateClient()];
    }

    [Fact]
    public async Task Booking_TurnsAlternatingBetweenInstances_StaysOneConversation()
    {
        string[] turns = ["bonjour", "Réserver une table", "Lyon", "2", "samedi à 15h", "Marie", "06 12 34 56 78"];
        for (var i = 0; i < turns.Length; i++)
        {
            await ExpectRepliesClient.SendForTextsAsync(_clients[i % 2], _conversation, turns[i]);
        }

        var booked = await ExpectRepliesClient.SendForTextsAsync(_clients[turns.Length % 2], _conversation, "oui");

        Assert.Contains(booked, t => t.StartsWith("C'est réservé !", StringComparison.Ordinal));
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM bot_state WHERE key LIKE '%' || @conversation || '%'", connection);
        count.Parameters.AddWithValue("conversation", _conversation);
        Assert.True((long)(await count.ExecuteScalarAsync())! >= 1, "the conversation's state is kept in PostgreSQL");
    }

    [Fact]
    public async Task DirectLine_NoSecretConfigured_ChatPageTokenOfOneInstance_WorksOnTheOther()
    {
        // No DirectLine:Secret: each process makes up its own, yet a token minted by one must be honoured by the other.
        using var tokenResponse = await _clients[0].PostAsync("/api/webchat/token", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(System.Net.HttpStatusCode.OK, tokenResponse.StatusCode);
        var issued = Newtonsoft.Json.Linq.JObject.Parse(await tokenResponse.Content.ReadAsStringAsync());
        var (conversationId, token) = (issued.Value<string>("conversationId")!, issued.Value<string>("token")!);
        var second = new DirectLine.DirectLineTestClient(_clients[1]);
        var first = new DirectLine.DirectLineTestClient(_clients[0]);

        await second.StartAsync(token);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await first.PostMessageAsync(conversationId, token, "Réserver une table")).StatusCode);
        var activities = (await second.GetActivitiesAsync(conversationId, token)).Value<Newtonsoft.Json.Linq.JArray>("activities")!;

        Assert.Contains(activities, a => (a.Value<string>("text") ?? string.Empty).Contains("Dans quelle boutique", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Health_WithPostgres_IsHealthy()
    {
        var response = await _clients[0].GetAsync("/healthz");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    public void Dispose()
    {
        _first.Dispose();
        _second.Dispose();
    }
}
