using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Majordome.Bot.Data;
using Majordome.Bot.Messenger;
using Majordome.Bot.Messenger.Inbox;
using Majordome.Bot.Messenger.Webhook;
using Majordome.Dialogs.Engine;
using Majordome.Tests.Bot.Messenger.FakeGraph;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Messenger;

/// <summary>
/// The whole channel as a brand runs it: signed webhooks posted over HTTP to the real host (Program.cs's own
/// registrations, SQLite inbox and state, Majordome's dialogs), replies sent to the fake Graph server on
/// loopback, which checks them against the Send API's limits. Each turn waits until the inbox has processed it.
/// </summary>
public sealed class MessengerEndToEndTests : IAsyncLifetime
{
    private const string AppId = "948372615204837";
    private const string AppSecret = "end-to-end-app-secret-0123456789";
    private const string Psid = "7028345619274851";
    private const string Igsid = "5500000000000009";
    private readonly CapturedLogs _logs = new();
    private FakeGraphServer _graph = null!;
    private BotApplicationFactory _host = null!;
    private HttpClient _client = null!;
    private long _clock = 1_781_190_000_000;
    private int _mid;

    public async Task InitializeAsync()
    {
        _graph = await FakeGraphServer.StartAsync();
        _graph.InstagramRecipients[Igsid] = true;
        _host = new BotApplicationFactory(
            new Dictionary<string, string?>
            {
                ["Messenger:AppId"] = AppId,
                ["Messenger:AppSecret"] = AppSecret,
                ["Messenger:VerifyToken"] = "end-to-end-verify-token",
                ["Messenger:GraphBaseUrl"] = _graph.BaseUrl.ToString(),
                ["Messenger:Pages:0:PageId"] = FakeGraphServer.PageId,
                ["Messenger:Pages:0:AccessToken"] = FakeGraphServer.PageToken,
                ["Messenger:Pages:0:InstagramAccountId"] = FakeGraphServer.InstagramAccountId,
            },
            services => services.AddLogging(b => b.AddProvider(_logs).SetMinimumLevel(LogLevel.Trace)));
        _client = _host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
        await _graph.DisposeAsync();
    }

    [Fact]
    public void Registrations_TheRunnerIsTheAdapter_AndTheHandoffJoinsTheTeamsQueue()
    {
        Assert.IsType<MessengerAdapter>(_host.Services.GetRequiredService<IMessengerBotRunner>());
        Assert.IsType<Majordome.Bot.Team.TeamQueueHandoff>(_host.Services.GetRequiredService<IHumanHandoff>());
    }

    [Fact]
    public async Task Booking_InFrench_QuickRepliesThroughToTheConfirmation()
    {
        var greeting = await SayAsync("bonjour");
        Assert.Equal(["Informations", "Acheter", "Réserver une table", "English"], QuickReplyTitles(greeting[^1]));
        // The customer's message is marked seen, with typing dots, only when the reply is slow, and never after it.
        var sendCalls = _graph.Calls.Where(c => c.Json?["recipient"] is not null).ToList();
        var firstReply = sendCalls.FindIndex(c => c.Json!["sender_action"] is null);
        Assert.DoesNotContain(sendCalls.Skip(firstReply), c => c.Json!["sender_action"] is not null);

        var boutiques = await SayAsync("Réserver une table");
        Assert.Contains("Lyon", QuickReplyTitles(boutiques[^1]));
        await SayAsync("Lyon");
        await SayAsync("2");
        var name = await SayAsync("samedi à 15h");
        Assert.Contains(name, m => (string?)m["text"] == "À quel nom dois-je réserver ?");
        await SayAsync("Marie");
        var confirm = await SayAsync("06 12 34 56 78");
        Assert.Equal(["Oui", "Non"], QuickReplyTitles(confirm[^1]));

        var booked = await SayAsync("Oui");

        Assert.Contains(booked, m => ((string?)m["text"])?.StartsWith("C'est réservé !", StringComparison.Ordinal) == true
            || (string?)m["attachment"]?["payload"]?["template_type"] == "button");
        Assert.All(_graph.SentMessages, m => Assert.Equal(Psid, (string?)m["recipient"]!["id"]));
        Assert.All(_graph.SentMessages, m => Assert.Equal("RESPONSE", (string?)m["messaging_type"]));
    }

    [Fact]
    public async Task Booking_Confirmed_SendsTheCalendarFileUploadedWithItsMessage()
    {
        await SayAsync("bonjour");
        await SayAsync("Réserver une table");
        await SayAsync("Lyon");
        await SayAsync("2");
        await SayAsync("samedi à 15h");
        await SayAsync("Marie");
        await SayAsync("06 12 34 56 78");

        var booked = await SayAsync("Oui");

        // The .ics goes as a file attachment uploaded in the same Send API request (multipart, part "filedata").
        var upload = Assert.Single(_graph.MessengerUploads);
        var reference = System.Text.RegularExpressions.Regex.Match(upload.FileName, "^reservation-(MT-[A-Z0-9]+)\\.ics$").Groups[1].Value;
        Assert.NotEmpty(reference);
        Assert.Contains(booked, m => ((string?)m["text"] ?? (string?)m["attachment"]?["payload"]?["text"])?.Contains(reference, StringComparison.Ordinal) == true);
        Assert.Equal("text/calendar", upload.ContentType);
        var calendar = Encoding.UTF8.GetString(upload.Content);
        Assert.StartsWith("BEGIN:VCALENDAR", calendar, StringComparison.Ordinal);
        Assert.Contains($"UID:{reference}@", calendar, StringComparison.Ordinal);
        Assert.Equal("file", (string?)upload.Body["message"]!["attachment"]!["type"]);
        Assert.Equal(Psid, (string?)upload.Body["recipient"]!["id"]);
        Assert.Equal("RESPONSE", (string?)upload.Body["messaging_type"]);
    }

    [Fact]
    public async Task Booking_InEnglish_ThroughToTheConfirmation()
    {
        await SayAsync("hello");
        await SayAsync("Book a table");
        await SayAsync("Lyon");
        await SayAsync("2");
        var name = await SayAsync("saturday at 3pm");
        Assert.Contains(name, m => (string?)m["text"] == "What name should I book under?");
        await SayAsync("Marie");
        var confirm = await SayAsync("06 12 34 56 78");
        Assert.Equal(["Yes", "No"], QuickReplyTitles(confirm[^1]));

        var booked = await SayAsync("Yes");

        Assert.Contains(booked, m => ((string?)m["text"])?.StartsWith("It's booked!", StringComparison.Ordinal) == true
            || ((string?)m["attachment"]?["payload"]?["text"])?.Contains("Lyon", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Question_InFrench_IsAnsweredFromTheFaq()
    {
        await SayAsync("bonjour");

        var answer = await SayAsync("combien coûte la livraison ?");

        Assert.Contains(answer, m => ((string?)m["text"])?.Contains("4,90", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Question_InEnglish_IsAnsweredFromTheFaq()
    {
        await SayAsync("hello");

        var answer = await SayAsync("how much is delivery?");

        Assert.Contains(answer, m => ((string?)m["text"])?.Contains("4.90", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Purchase_InFrench_CarouselPostbackThenReceiptTemplate()
    {
        await SayAsync("bonjour");
        await SayAsync("Acheter");
        var capsules = await SayAsync("1");
        var carousel = capsules.Select(m => m["attachment"]?["payload"]).OfType<JObject>().Single();
        Assert.Equal("generic", (string?)carousel["template_type"]);
        var element = (JObject)carousel["elements"]![0]!;
        var add = element["buttons"]!.Single(b => ((string?)b["payload"])?.Contains("addToCart", StringComparison.Ordinal) == true);

        // The customer taps the carousel's button: Messenger sends a postback carrying our payload.
        var howMany = await TapAsync((string)add["title"]!, (string)add["payload"]!);
        Assert.Contains(howMany, m => ((string?)m["text"])?.StartsWith("Combien d'étuis de 10 capsules Arpeggio", StringComparison.Ordinal) == true);
        foreach (var text in new[] { "2", "Commander", "Retrait en boutique", "1", "ana@example.com" })
        {
            await SayAsync(text);
        }

        var confirmed = await SayAsync("oui");

        var receipt = confirmed.Select(m => m["attachment"]?["payload"]).OfType<JObject>().Single();
        Assert.Equal("receipt", (string?)receipt["template_type"]);
        Assert.Equal("EUR", (string?)receipt["currency"]);
        Assert.Equal(2, (int)Assert.Single((JArray)receipt["elements"]!)["quantity"]!);
    }

    [Fact]
    public async Task Purchase_InEnglish_EndsWithTheReceiptTemplate()
    {
        await SayAsync("hello");
        await SayAsync("Shop");
        var capsules = await SayAsync("1");
        var element = (JObject)capsules.Select(m => m["attachment"]?["payload"]).OfType<JObject>().Single()["elements"]![0]!;
        var add = element["buttons"]!.Single(b => ((string?)b["payload"])?.Contains("addToCart", StringComparison.Ordinal) == true);
        Assert.Equal("Add to cart", (string?)add["title"]);
        await TapAsync((string)add["title"]!, (string)add["payload"]!);
        foreach (var text in new[] { "2", "Check out", "Pick up in a boutique", "1", "ana@example.com" })
        {
            await SayAsync(text);
        }

        var confirmed = await SayAsync("yes");

        var receipt = confirmed.Select(m => m["attachment"]?["payload"]).OfType<JObject>().Single();
        Assert.Equal("receipt", (string?)receipt["template_type"]);
        Assert.Equal(2, (int)Assert.Single((JArray)receipt["elements"]!)["quantity"]!);
    }

    [Fact]
    public async Task Human_JoinsTheTeamsQueue_AndAPersonAnsweringFromThePageInbox_SilencesTheBotUntilControlReturns()
    {
        await SayAsync("bonjour");
        var handover = await SayAsync("je voudrais parler à un conseiller");
        Assert.Contains(handover, m => ((string?)m["text"])?.StartsWith("J'ai bien noté", StringComparison.Ordinal) == true);
        Assert.Empty(_graph.CallsTo("/pass_thread_control"));
        var queue = _host.Services.GetRequiredService<Majordome.Bot.Team.SqlHandoffQueue>();
        Assert.Equal("facebook", (await queue.ListOpenAsync()).Single(r => r.ConversationId == $"{FakeGraphServer.PageId}-{Psid}").Channel);

        // The agent replies from the Page Inbox (an echo with the inbox's app id); the customer writes again.
        await PostAsync("page", FakeGraphServer.PageId, Echo("Bonjour, ici Camille de la boutique.", MessengerChannels.PageInboxAppId));
        Assert.Empty(await SayAsync("merci Camille"));

        // The agent is done: the inbox passes the thread back to the bot.
        await PostAsync("page", FakeGraphServer.PageId, new JObject
        {
            ["sender"] = new JObject { ["id"] = Psid },
            ["recipient"] = new JObject { ["id"] = FakeGraphServer.PageId },
            ["timestamp"] = Next(),
            ["pass_thread_control"] = new JObject { ["previous_owner_app_id"] = MessengerChannels.PageInboxAppId, ["new_owner_app_id"] = AppId, ["metadata"] = "done" },
        });
        Assert.NotEmpty(await SayAsync("menu"));
    }

    [Fact]
    public async Task Standby_EventsOfAThreadAnotherAppOwns_AreNeverAnswered()
    {
        var before = _graph.SentMessages.Count;

        await PostAsync("page", FakeGraphServer.PageId, Message("bonjour", Psid, FakeGraphServer.PageId), standby: true);

        Assert.Equal(before, _graph.SentMessages.Count);
    }

    [Fact]
    public async Task Instagram_InEnglish_CarouselWithinInstagramLimits_ThenTheTeamsQueue()
    {
        var greeting = await SayOnInstagramAsync("hello");
        Assert.StartsWith("Hello", (string?)greeting[^1]["text"], StringComparison.Ordinal);
        await SayOnInstagramAsync("Shop");
        var machines = await SayOnInstagramAsync("2");
        var carousel = machines.Select(m => m["attachment"]?["payload"]).OfType<JObject>().Single();
        Assert.Equal("generic", (string?)carousel["template_type"]);

        await SayOnInstagramAsync("talk to someone");

        Assert.Empty(_graph.CallsTo("/pass_thread_control"));
        var request = (await _host.Services.GetRequiredService<Majordome.Bot.Team.SqlHandoffQueue>().ListOpenAsync()).Single(r => r.ConversationId == $"{FakeGraphServer.InstagramAccountId}-{Igsid}");
        Assert.Equal(("instagram", "en"), (request.Channel, request.Language));
        Assert.All(_graph.SentMessages, m => Assert.Equal(Igsid, (string?)m["recipient"]!["id"]));
        Assert.DoesNotContain(FakeGraphServer.PageToken, _logs.All, StringComparison.Ordinal);
    }

    private static IReadOnlyList<string?> QuickReplyTitles(JObject message) =>
        ((JArray?)message["quick_replies"] ?? []).Select(q => (string?)q["title"]).ToList();

    private Task<IReadOnlyList<JObject>> SayAsync(string text) =>
        PostAsync("page", FakeGraphServer.PageId, Message(text, Psid, FakeGraphServer.PageId));

    private Task<IReadOnlyList<JObject>> SayOnInstagramAsync(string text) =>
        PostAsync("instagram", FakeGraphServer.InstagramAccountId, Message(text, Igsid, FakeGraphServer.InstagramAccountId));

    private Task<IReadOnlyList<JObject>> TapAsync(string title, string payload) =>
        PostAsync("page", FakeGraphServer.PageId, new JObject
        {
            ["sender"] = new JObject { ["id"] = Psid },
            ["recipient"] = new JObject { ["id"] = FakeGraphServer.PageId },
            ["timestamp"] = Next(),
            ["postback"] = new JObject { ["mid"] = $"m_tap_{++_mid}", ["title"] = title, ["payload"] = payload },
        });

    private JObject Message(string text, string sender, string recipient) => new()
    {
        ["sender"] = new JObject { ["id"] = sender },
        ["recipient"] = new JObject { ["id"] = recipient },
        ["timestamp"] = Next(),
        ["message"] = new JObject { ["mid"] = $"m_e2e_{++_mid}", ["text"] = text },
    };

    private JObject Echo(string text, string appId) => new()
    {
        ["sender"] = new JObject { ["id"] = FakeGraphServer.PageId },
        ["recipient"] = new JObject { ["id"] = Psid },
        ["timestamp"] = Next(),
        ["message"] = new JObject { ["mid"] = $"m_echo_{++_mid}", ["is_echo"] = true, ["app_id"] = long.Parse(appId, System.Globalization.CultureInfo.InvariantCulture), ["text"] = text },
    };

    private long Next() => _clock += 1000;

    /// <summary>Posts one signed event, waits until the inbox has processed it, and returns the messages sent meanwhile.</summary>
    private async Task<IReadOnlyList<JObject>> PostAsync(string @object, string entryId, JObject messagingEvent, bool standby = false)
    {
        var before = _graph.SentMessages.Count;
        var entry = new JObject { ["id"] = entryId, ["time"] = _clock, [standby ? "standby" : "messaging"] = new JArray(messagingEvent) };
        var body = Encoding.UTF8.GetBytes(new JObject { ["object"] = @object, ["entry"] = new JArray(entry) }.ToString(Formatting.None));
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, MessengerWebhookEndpoints.Path) { Content = content };
        request.Headers.TryAddWithoutValidation(WebhookSignature.HeaderName, WebhookSignature.Compute(body, AppSecret));

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var inbox = _host.Services.GetRequiredService<MessengerInbox>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await inbox.CountPendingAsync() > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the webhook event was not processed within 30 s");
            await Task.Delay(20);
        }

        return _graph.SentMessages.Skip(before).Select(m => (JObject)m["message"]!).ToList();
    }
}
