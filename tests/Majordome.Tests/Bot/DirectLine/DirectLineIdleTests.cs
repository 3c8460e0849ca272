using System.Net;
using System.Net.WebSockets;
using Majordome.Bot.DirectLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Bot.Schema;

namespace Majordome.Tests.Bot.DirectLine;

/// <summary>Idle conversations are forgotten, the cap on conversations held, and keep-alives on a quiet stream.</summary>
public sealed class DirectLineIdleTests : IClassFixture<DirectLineIdleTests.Fixture>
{
    private const string Secret = "idle-secret-0123456789abcdef";
    private readonly BotApplicationFactory _factory;
    private readonly DirectLineTestClient _client;

    public DirectLineIdleTests(Fixture fixture)
    {
        _factory = fixture.Factory;
        _client = new DirectLineTestClient(fixture.Factory.CreateClient());
    }

    [Fact]
    public async Task Cleanup_RemovesOnlyTheConversationsIdleLongerThanTheTimeout()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 10, 0, 0, TimeSpan.Zero));
        var options = Options.Create(new DirectLineOptions { Secret = Secret, IdleTimeout = TimeSpan.FromMinutes(30) });
        var store = new DirectLineConversationStore(options, time);
        var cleanup = new DirectLineConversationCleanup(store, options, time, NullLogger<DirectLineConversationCleanup>.Instance);
        store.Start("dl-quiet");
        store.Start("dl-busy");

        time.Advance(TimeSpan.FromMinutes(20));
        store.Append("dl-busy", new Activity(ActivityTypes.Message, text: "still here"));
        time.Advance(TimeSpan.FromMinutes(11));

        Assert.Equal(1, await cleanup.CleanUpAsync());
        Assert.False(store.Exists("dl-quiet"));
        Assert.True(store.Exists("dl-busy"));
    }

    [Fact]
    public async Task IdleConversation_IsRemoved_ItsStreamCloses_AndItsClientGets404()
    {
        var started = await _client.StartAsync(Secret);
        var (conversationId, token) = (started.Value<string>("conversationId")!, started.Value<string>("token")!);
        using var socket = await DirectLineTestClient.ConnectAsync(started.Value<string>("streamUrl")!);
        await DirectLineTestClient.ReceiveUntilAsync(socket, a => a.Count > 0);

        // The server closes the stream when the conversation is removed; keep-alives may come first.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (socket.State == WebSocketState.Open && DateTime.UtcNow < deadline)
        {
            await DirectLineTestClient.ReceiveAsync(socket, TimeSpan.FromSeconds(20));
        }

        Assert.NotEqual(WebSocketState.Open, socket.State);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", token)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.PostMessageAsync(conversationId, token, "bonjour")).StatusCode);
    }

    [Fact]
    public async Task QuietStream_GetsEmptyKeepAliveMessages()
    {
        var started = await _client.StartAsync(Secret);
        using var socket = await DirectLineTestClient.ConnectAsync(started.Value<string>("streamUrl")!);
        await DirectLineTestClient.ReceiveUntilAsync(socket, a => a.Count > 0);

        var buffer = new byte[1024];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var result = await socket.ReceiveAsync(buffer, timeout.Token);

        Assert.Equal(WebSocketMessageType.Text, result.MessageType);
        Assert.Equal(0, result.Count);
        Assert.True(result.EndOfMessage);
        await DirectLineTestClient.CloseAsync(socket);
    }

    [Fact]
    public async Task BeyondTheCap_StartingAConversationGets503_UntilIdleOnesAreRemoved()
    {
        var store = _factory.Services.GetRequiredService<DirectLineConversationStore>();
        for (var i = 0; i < Fixture.MaxConversations; i++)
        {
            store.Start(DirectLineConversationStore.NewConversationId());
        }

        var refused = await _client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", Secret);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (store.Count >= Fixture.MaxConversations && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        Assert.Equal(HttpStatusCode.Created, (await _client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", Secret)).StatusCode);
    }

    public sealed class Fixture : IDisposable
    {
        public const int MaxConversations = 20;

        public BotApplicationFactory Factory { get; } = new(new Dictionary<string, string?>
        {
            ["DirectLine:Secret"] = Secret,
            ["DirectLine:IdleTimeout"] = "00:00:03",
            ["DirectLine:CleanupInterval"] = "00:00:00.250",
            ["DirectLine:KeepAliveInterval"] = "00:00:00.500",
            ["DirectLine:MaxConversations"] = MaxConversations.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        public void Dispose() => Factory.Dispose();
    }
}
