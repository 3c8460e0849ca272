using Majordome.Bot.Content.Transcripts;
using Majordome.Tests.Dialogs.Flows.Actions;
using Majordome.Tests.Harness;
using Microsoft.Extensions.Configuration;

namespace Majordome.Tests.Bot.Content.Transcripts;

/// <summary>
/// A transcript stubs an action's result (stub: webhook → {...}): flows test never calls the network. A webhook
/// server on loopback, which the bot is allowed to call here, proves no request leaves.
/// </summary>
public sealed class TranscriptStubTests : IAsyncLifetime
{
    private readonly string _brand = Path.Combine(Path.GetTempPath(), "majordome-stub-tests", Guid.NewGuid().ToString("N"));
    private FakeWebhookServer? _server;
    private TranscriptBot? _bot;

    private FakeWebhookServer Server => _server!;

    public async Task InitializeAsync()
    {
        _server = await FakeWebhookServer.StartAsync();
        Server.Answer("/status", 200, """{ "order": { "status": "en préparation" } }""");
        Directory.CreateDirectory(Path.Combine(_brand, "flows"));
        foreach (var file in Directory.GetFiles(RepositoryRoot.BrandDirectory, "*.yaml"))
        {
            File.Copy(file, Path.Combine(_brand, Path.GetFileName(file)));
        }

        File.WriteAllText(Path.Combine(_brand, "flows", "order-status.yaml"), $$"""
            id: order-status
            title: { fr: Suivi, en: Tracking }
            triggers:
              keywords: [statut colis]
            steps:
              - ask: number
                var: order
                prompt: { fr: Numéro de commande ?, en: Order number? }
              - action: webhook
                with: { url: "{{Server.BaseUrl}}status", order: "{order}" }
                into: { status: order.status }
                on-error:
                  - say: { fr: Service indisponible, en: Service unavailable }
              - if: webhook_ok
                then:
                  - say: { fr: "Commande {order} : {status}", en: "Order {order}: {status}" }
            """);
        var configuration = new ConfigurationBuilder()
            .AddConfiguration(ShippedBrandBot.Configuration)
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Flows:AllowHttpLoopbackWebhooks"] = "true" })
            .Build();
        _bot = await TranscriptBot.StartAsync(_brand, configuration);
    }

    public async Task DisposeAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }

        await Server.DisposeAsync();
        Directory.Delete(_brand, recursive: true);
    }

    private async Task<TranscriptResult> PlayAsync(string text)
    {
        var parsed = TranscriptParser.Parse(text, "stub.transcript");
        Assert.True(parsed.Transcript is not null, string.Join(Environment.NewLine, parsed.Problems));
        return await _bot!.RunAsync(parsed.Transcript);
    }

    [Fact]
    public async Task StubbedWebhook_GivesTheStubsAnswer_AndNoRequestLeaves()
    {
        var result = await PlayAsync("""
            language: fr
            stub: webhook → {"order": {"status": "expédiée"}}
            user: je veux le statut colis
            bot: *
            bot: Numéro de commande ?
            user: 1042
            bot: Commande 1042 : expédiée
            bot: *
            """);

        Assert.True(result.Passed, $"line {result.Line}: expected {result.Expected}, got {result.Actual}");
        Assert.Empty(Server.Requests);
    }

    [Fact]
    public async Task StubbedFailure_RunsTheOnErrorSteps()
    {
        var result = await PlayAsync("""
            language: fr
            stub: webhook -> error
            user: je veux le statut colis
            bot: *
            bot: Numéro de commande ?
            user: 1042
            bot: Service indisponible
            bot: *
            """);

        Assert.True(result.Passed, $"line {result.Line}: expected {result.Expected}, got {result.Actual}");
        Assert.Empty(Server.Requests);
    }

    [Fact]
    public async Task WebhookWithoutStub_IsNotCalled_AndFailsLikeAnUnreachableService()
    {
        var result = await PlayAsync("""
            language: fr
            user: je veux le statut colis
            bot: *
            bot: Numéro de commande ?
            user: 1042
            bot: Service indisponible
            bot: *
            """);

        Assert.True(result.Passed, $"line {result.Line}: expected {result.Expected}, got {result.Actual}");
        Assert.Empty(Server.Requests);
    }

    [Theory]
    [InlineData("stub: webhook → {\"order\": ", "is not JSON")]
    [InlineData("stub: webhook", "write stub: webhook → {\"ok\": true}")]
    [InlineData("stub: Web Hook → {}", "is not an action name")]
    public void Parse_BadStubLine_IsReportedWithItsLine(string line, string message)
    {
        var parsed = TranscriptParser.Parse("language: fr\n" + line + "\nuser: bonjour\n", "stub.transcript");

        var problem = Assert.Single(parsed.Problems);
        Assert.Equal(2, problem.Line);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }
}
