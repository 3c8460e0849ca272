using Majordome.Bot.Data;
using Majordome.Bot.Hosting;
using Majordome.Bot.Messenger;
using Majordome.Bot.Messenger.Handoff;
using Majordome.Dialogs.Engine;
using Majordome.Tests.Bot.Messenger.FakeGraph;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Messenger;

/// <summary>
/// The real host (Kestrel, the shipped registrations, Majordome's dialogs) with the outbound Messenger channel added
/// as Program.cs will add it, talking to the fake Graph server. The inbound half's stores are in-memory doubles here.
/// </summary>
public sealed class MessengerHostTests : IAsyncLifetime
{
    private readonly CapturedLogs _logs = new();
    private FakeGraphServer _graph = null!;
    private BotApplicationFactory _host = null!;

    public async Task InitializeAsync()
    {
        _graph = await FakeGraphServer.StartAsync();
        _host = new BotApplicationFactory(services: services =>
        {
            services.AddLogging(b => b.AddProvider(_logs).SetMinimumLevel(LogLevel.Trace));
            services.Configure<MessengerOptions>(o =>
            {
                o.GraphBaseUrl = _graph.BaseUrl;
                o.AppSecret = "secret";
                o.Pages.Add(new MessengerPageOptions { PageId = FakeGraphServer.PageId, AccessToken = FakeGraphServer.PageToken, InstagramAccountId = FakeGraphServer.InstagramAccountId });
            });
            services.AddSingleton<IMessengerConversationControl, InMemoryConversationControl>();
            services.AddSingleton<IMessagingWindow, InMemoryMessagingWindow>();
            services.AddMajordomeMessengerOutbound(new ConfigurationBuilder().Build());
        });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _graph.DisposeAsync();
    }

    [Fact]
    public void Registrations_RunnerIsTheAdapter_AndTheHandoffDecoratesTheRecordedOne()
    {
        Assert.IsType<MessengerAdapter>(_host.Services.GetRequiredService<IMessengerBotRunner>());
        Assert.IsType<MessengerHumanHandoff>(_host.Services.GetRequiredService<IHumanHandoff>());
        Assert.Single(_host.Services.GetServices<IHumanHandoff>());
    }

    [Fact]
    public async Task Greeting_Shop_AddToCart_TheMenuCarouselAndCartGoOutNatively()
    {
        var runner = _host.Services.GetRequiredService<IMessengerBotRunner>();
        var greeting = await TurnAsync(runner, "bonjour");
        Assert.Equal(["Informations", "Acheter", "Réserver une table", "English"], ((JArray)greeting[^1]["quick_replies"]!).Select(q => (string?)q["title"]));

        await TurnAsync(runner, "Acheter");
        var machines = await TurnAsync(runner, "2");
        var carousel = (JObject)machines[0]["attachment"]!["payload"]!;
        Assert.Equal("generic", (string?)carousel["template_type"]);
        var first = (JObject)carousel["elements"]![0]!;
        var add = ((JArray)first["buttons"]!).Single(b => ((string)b["payload"]!).Contains("addToCart", StringComparison.Ordinal));

        // The customer taps "Ajouter au panier": the inbound half turns the postback's JSON payload into Value.
        var tap = MessengerRig.Incoming(MessengerRig.Thread, null!);
        tap.Value = JObject.Parse((string)add["payload"]!);
        Assert.Equal("Combien de Piccola souhaitez-vous ?", (string?)Assert.Single(await TurnAsync(runner, tap))["text"]);
        var cart = await TurnAsync(runner, "1");
        var template = cart.Select(m => m["attachment"]?["payload"]).OfType<JObject>().Single(p => (string?)p["template_type"] == "button");
        Assert.Contains("Piccola", (string?)template["text"], StringComparison.Ordinal);
        Assert.Contains(((JArray)template["buttons"]!).Select(b => (string?)b["payload"]), p => p == """{"action":"checkout"}""");
        Assert.All(_graph.Calls, c => Assert.Equal("Bearer " + FakeGraphServer.PageToken, c.Headers["Authorization"]));
        Assert.DoesNotContain(FakeGraphServer.PageToken, _logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Human_ThreadIsPassedToThePageInbox_Recorded_AndTheBotFallsSilent()
    {
        var runner = _host.Services.GetRequiredService<IMessengerBotRunner>();
        await TurnAsync(runner, "bonjour");
        var handover = await TurnAsync(runner, "je voudrais parler à un conseiller");
        Assert.Equal(["Je vous mets en relation avec une personne de l'équipe : elle vous répondra ici, dans cette conversation, dès que possible."], handover.Select(m => (string?)m["text"]));
        var pass = Assert.Single(_graph.CallsTo("/pass_thread_control"));
        Assert.Equal(263902037430900L, (long)pass.Json!["target_app_id"]!);
        Assert.Single(await _host.Services.GetRequiredService<SqliteFeedbackLog>().ReadAsync("human"));

        var later = await TurnAsync(runner, "allô ?");
        Assert.Empty(later);
    }

    [Fact]
    public async Task Purchase_PickUp_EndsWithMessengersReceiptTemplate()
    {
        var runner = _host.Services.GetRequiredService<IMessengerBotRunner>();
        foreach (var text in new[] { "bonjour", "Acheter" })
        {
            await TurnAsync(runner, text);
        }

        var capsules = await TurnAsync(runner, "1");
        var element = (JObject)capsules.Select(m => m["attachment"]?["payload"]).OfType<JObject>().Single()["elements"]![0]!;
        var tap = MessengerRig.Incoming(MessengerRig.Thread, null!);
        tap.Value = JObject.Parse((string)element["buttons"]!.Last()!["payload"]!);
        await TurnAsync(runner, tap);
        foreach (var text in new[] { "2", "Commander", "Retrait en boutique", "1", "ana@example.com" })
        {
            await TurnAsync(runner, text);
        }

        var confirmed = await TurnAsync(runner, "oui");
        var receipt = confirmed.Select(m => m["attachment"]?["payload"]).OfType<JObject>().Single();
        Assert.Equal("receipt", (string?)receipt["template_type"]);
        Assert.Equal("Ana Silva", (string?)receipt["recipient_name"]);
        Assert.Equal("Paiement au retrait", (string?)receipt["payment_method"]);
        Assert.Equal("EUR", (string?)receipt["currency"]);
        var line = (JObject)Assert.Single((JArray)receipt["elements"]!);
        Assert.Equal((string?)element["title"], (string?)line["title"]);
        Assert.Equal(2, (int)line["quantity"]!);
        Assert.Equal((decimal)line["price"]!, (decimal)receipt["summary"]!["total_cost"]!);
        Assert.Contains(confirmed, m => ((string?)m["text"])?.Contains((string)receipt["order_number"]!, StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Instagram_InEnglish_ShopCarouselWithinInstagramLimits_ThenHandoverToTheInstagramInbox()
    {
        _graph.InstagramRecipients[MessengerRig.Igsid] = true;
        var runner = _host.Services.GetRequiredService<IMessengerBotRunner>();
        var greeting = await TurnAsync(runner, MessengerRig.Incoming(MessengerRig.InstagramThread, "hello", "en-US"));
        Assert.StartsWith("Hello", (string?)greeting[^1]["text"], StringComparison.Ordinal);
        await TurnAsync(runner, MessengerRig.Incoming(MessengerRig.InstagramThread, "Shop", "en-US"));
        var machines = await TurnAsync(runner, MessengerRig.Incoming(MessengerRig.InstagramThread, "2", "en-US"));
        var carousel = machines.Select(m => m["attachment"]?["payload"]).OfType<JObject>().Single();
        Assert.Equal("generic", (string?)carousel["template_type"]);
        Assert.Contains("Add to cart", carousel.ToString(), StringComparison.Ordinal);

        var handover = await TurnAsync(runner, MessengerRig.Incoming(MessengerRig.InstagramThread, "talk to someone", "en-US"));
        Assert.Equal(["I'm passing you to someone from the team: they will answer you here in this conversation, as soon as they can."], handover.Select(m => (string?)m["text"]));
        Assert.Equal(1217981644879628L, (long)Assert.Single(_graph.CallsTo("/pass_thread_control")).Json!["target_app_id"]!);
        Assert.All(_graph.SentMessages, m => Assert.Equal(MessengerRig.Igsid, (string?)m["recipient"]!["id"]));
    }

    private Task<IReadOnlyList<JObject>> TurnAsync(IMessengerBotRunner runner, string text) =>
        TurnAsync(runner, MessengerRig.Incoming(MessengerRig.Thread, text));

    private async Task<IReadOnlyList<JObject>> TurnAsync(IMessengerBotRunner runner, Microsoft.Bot.Schema.Activity activity)
    {
        var before = _graph.SentMessages.Count;
        await runner.RunTurnAsync(activity, CancellationToken.None);
        return _graph.SentMessages.Skip(before).Select(m => (JObject)m["message"]!).ToList();
    }
}
