using Majordome.Tests.Harness;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Endpoints;

/// <summary>
/// The brand's flows through the real host over HTTP on loopback: the same services the bot runs with
/// (brand content from brand/, the SQLite business database, the stores), wired by the host's registrations.
/// </summary>
public sealed class FlowsOverHttpTests : IDisposable
{
    private readonly BotApplicationFactory _factory = new();
    private readonly HttpClient _client;
    private readonly string _conversation = Guid.NewGuid().ToString();

    public FlowsOverHttpTests()
    {
        _client = _factory.CreateClient();
    }

    [Fact]
    public async Task Booking_OverHttp_IsConfirmedWithACalendarFile()
    {
        await SendAsync("bonjour");
        await SendAsync("Réserver une table");
        await SendAsync("Lyon");
        await SendAsync("2");
        var name = await SendAsync("samedi à 15h");
        Assert.Contains("À quel nom dois-je réserver ?", Texts(name));
        await SendAsync("Marie");
        await SendAsync("06 12 34 56 78");

        var booked = await SendAsync("oui");

        Assert.Contains(Texts(booked), t => t.StartsWith("C'est réservé !", StringComparison.Ordinal));
        Assert.Contains(booked.SelectMany(a => a["attachments"] ?? new JArray()), a => a.Value<string>("contentType") == "text/calendar");
    }

    [Fact]
    public async Task Question_OverHttp_IsAnsweredFromTheFaq()
    {
        await SendAsync("hello");

        var answer = await SendAsync("how much is delivery?");

        Assert.Contains(Texts(answer), t => t.Contains("4.90", StringComparison.Ordinal));
    }

    public void Dispose() => _factory.Dispose();

    private Task<List<JToken>> SendAsync(string text) => ExpectRepliesClient.SendAsync(_client, _conversation, text);

    private static List<string> Texts(IEnumerable<JToken> activities) => ExpectRepliesClient.Texts(activities);
}
