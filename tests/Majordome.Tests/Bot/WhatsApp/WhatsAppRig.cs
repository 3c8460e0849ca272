using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Majordome.Bot.Messenger.Inbox;
using Majordome.Bot.Messenger.Webhook;
using Majordome.Bot.WhatsApp.Webhook;
using Majordome.Tests.Bot.Messenger;
using Majordome.Tests.Bot.Messenger.FakeGraph;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.WhatsApp;

/// <summary>
/// The real host with the WhatsApp channel configured, over real HTTP, against the fake Graph server on loopback.
/// Webhook bodies are built in the fixtures' exact shape (whatsapp_business_account, changes[].value), signed with
/// the app secret; each post waits until the inbox has processed it and returns the messages sent meanwhile.
/// </summary>
public sealed class WhatsAppRig : IAsyncDisposable
{
    public const string AppSecret = "whatsapp-app-secret-0123456789";
    public const string VerifyToken = "whatsapp-verify-token";
    public const string Template = "booking_reminder";

    private readonly BotApplicationFactory _host;
    private long _clock = DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 60;
    private int _id;

    private WhatsAppRig(FakeGraphServer graph, BotApplicationFactory host, CapturedLogs logs)
    {
        Graph = graph;
        Logs = logs;
        _host = host;
        Client = host.CreateClient();
    }

    public FakeGraphServer Graph { get; }

    public HttpClient Client { get; }

    public CapturedLogs Logs { get; }

    public IServiceProvider Services => _host.Services;

    /// <summary>The host, for clients of its other endpoints (the team console).</summary>
    public BotApplicationFactory Host => _host;

    /// <summary>
    /// Starts the host; <paramref name="trained"/> trains the intent recognizer at start-up as a production host does
    /// (the other tests route with the menu keywords), in the background: the rig does not wait for it.
    /// <paramref name="settings"/> are added to (or replace) the channel's own.
    /// </summary>
    public static async Task<WhatsAppRig> StartAsync(bool trained = false, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var graph = await FakeGraphServer.StartAsync();
        var logs = new CapturedLogs();
        var configuration = new Dictionary<string, string?>
            {
                ["Understanding:TrainAtStartup"] = trained ? "true" : "false",
                ["WhatsApp:AppSecret"] = AppSecret,
                ["WhatsApp:VerifyToken"] = VerifyToken,
                ["WhatsApp:GraphBaseUrl"] = graph.BaseUrl.ToString(),
                ["WhatsApp:PhoneNumbers:0:PhoneNumberId"] = FakeGraphServer.WhatsAppNumberId,
                ["WhatsApp:PhoneNumbers:0:AccessToken"] = FakeGraphServer.WhatsAppToken,
                ["WhatsApp:PhoneNumbers:0:Templates:0:Name"] = Template,
                ["WhatsApp:PhoneNumbers:0:Templates:0:Language"] = "fr",
                ["WhatsApp:PhoneNumbers:1:PhoneNumberId"] = FakeGraphServer.SecondWhatsAppNumberId,
                ["WhatsApp:PhoneNumbers:1:AccessToken"] = FakeGraphServer.SecondWhatsAppToken,
                ["WhatsAppSend:RetryBaseDelay"] = "00:00:00.010",

                // Product pictures are served by the bot: WhatsApp fetches them at its public address.
                ["Public:BaseUrl"] = "https://chat.maison-tasse.example/bot/",
            };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        var host = new BotApplicationFactory(configuration, services => services.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace)));
        return new WhatsAppRig(graph, host, logs);
    }

    /// <summary>Waits until the host's <c>/readyz</c> answers 200 (recognizers warm, intent model trained).</summary>
    public async Task WaitReadyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((await Client.GetAsync("/readyz")).StatusCode != HttpStatusCode.OK)
        {
            Assert.True(DateTime.UtcNow < deadline, "the host was not ready within 60 s");
            await Task.Delay(100);
        }
    }

    /// <summary>A text message from <paramref name="waId"/>.</summary>
    public Task<IReadOnlyList<JObject>> SayAsync(string text, string waId = "14155550123", string number = FakeGraphServer.WhatsAppNumberId) =>
        PostMessageAsync(waId, number, new JObject { ["type"] = "text", ["text"] = new JObject { ["body"] = text } });

    /// <summary>A tap on a reply button (<c>button_reply</c>) or a list row (<c>list_reply</c>) our bot sent.</summary>
    public Task<IReadOnlyList<JObject>> TapAsync(string kind, string id, string title, string waId = "14155550123") =>
        PostMessageAsync(waId, FakeGraphServer.WhatsAppNumberId, new JObject
        {
            ["type"] = "interactive",
            ["context"] = new JObject { ["from"] = "15550123456", ["id"] = "wamid.previous" },
            ["interactive"] = new JObject { ["type"] = kind, [kind] = new JObject { ["id"] = id, ["title"] = title } },
        });

    /// <summary>Posts one customer message in the fixtures' shape, sent <paramref name="age"/> ago (now by default).</summary>
    public async Task<IReadOnlyList<JObject>> PostMessageAsync(string waId, string number, JObject content, TimeSpan? age = null)
    {
        var message = new JObject
        {
            ["from"] = waId,
            ["id"] = $"wamid.test{Interlocked.Increment(ref _id).ToString(CultureInfo.InvariantCulture)}",
            ["timestamp"] = (age is { } a ? DateTimeOffset.UtcNow.Add(-a).ToUnixTimeSeconds() : Interlocked.Increment(ref _clock)).ToString(CultureInfo.InvariantCulture),
        };
        message.Merge(content);
        var value = new JObject
        {
            ["messaging_product"] = "whatsapp",
            ["metadata"] = new JObject { ["display_phone_number"] = "15550123456", ["phone_number_id"] = number },
            ["contacts"] = new JArray(new JObject { ["profile"] = new JObject { ["name"] = "Ana Silva" }, ["wa_id"] = waId }),
            ["messages"] = new JArray(message),
        };
        return await PostValueAsync(value);
    }

    /// <summary>Posts one signed <c>changes[].value</c> and returns the messages sent while it was processed.</summary>
    public async Task<IReadOnlyList<JObject>> PostValueAsync(JObject value)
    {
        var body = Body(value);
        var before = Graph.WhatsAppMessages.Count;
        var response = await PostAsync(body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await DrainAsync();
        return Graph.WhatsAppMessages.Skip(before).ToList();
    }

    public static byte[] Body(JObject value) => Encoding.UTF8.GetBytes(new JObject
    {
        ["object"] = "whatsapp_business_account",
        ["entry"] = new JArray(new JObject { ["id"] = "114823907715623", ["changes"] = new JArray(new JObject { ["value"] = value, ["field"] = "messages" }) }),
    }.ToString(Formatting.None));

    /// <summary>Posts raw bytes, signed with the app secret unless <paramref name="signature"/> says otherwise.</summary>
    public async Task<HttpResponseMessage> PostAsync(byte[] body, string? signature = null, bool sign = true)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, WhatsAppWebhookEndpoints.Path) { Content = content };
        if (sign)
        {
            request.Headers.TryAddWithoutValidation(WebhookSignature.HeaderName, signature ?? WebhookSignature.Compute(body, AppSecret));
        }

        return await Client.SendAsync(request);
    }

    public async Task DrainAsync()
    {
        var inbox = Services.GetRequiredService<MessengerInbox>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await inbox.CountPendingAsync() > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the webhook event was not processed within 30 s");
            await Task.Delay(20);
        }
    }

    /// <summary>Every text a customer reads in <paramref name="messages"/>: text bodies, interactive bodies, captions.</summary>
    public static string Texts(IEnumerable<JObject> messages) => string.Join("\n", messages.Select(m =>
        (string?)m["text"]?["body"] ?? (string?)m["interactive"]?["body"]?["text"] ?? (string?)m["image"]?["caption"] ?? (string?)m["document"]?["caption"] ?? string.Empty));

    /// <summary>The titles of the reply buttons or list rows of the last interactive message.</summary>
    public static IReadOnlyList<string> Choices(IEnumerable<JObject> messages)
    {
        var interactive = messages.LastOrDefault(m => m["interactive"] is not null)?["interactive"];
        return (string?)interactive?["type"] switch
        {
            "button" => interactive!["action"]!["buttons"]!.Select(b => (string)b["reply"]!["title"]!).ToList(),
            "list" => interactive!["action"]!["sections"]!.SelectMany(s => s["rows"]!).Select(r => (string)r["title"]!).ToList(),
            _ => [],
        };
    }

    /// <summary>The id of the button or row titled <paramref name="title"/> in the last interactive message.</summary>
    public static (string Kind, string Id) Option(IEnumerable<JObject> messages, string title)
    {
        var list = messages.ToList();
        Assert.True(Choices(list).Contains(title), $"No choice \"{title}\" in: {Texts(list)} [{string.Join(", ", Choices(list))}]");
        var interactive = list.Last(m => m["interactive"] is not null)["interactive"]!;
        if ((string?)interactive["type"] == "button")
        {
            return ("button_reply", (string)interactive["action"]!["buttons"]!.Single(b => (string?)b["reply"]!["title"] == title)["reply"]!["id"]!);
        }

        return ("list_reply", (string)interactive["action"]!["sections"]!.SelectMany(s => s["rows"]!).Single(r => (string?)r["title"] == title)["id"]!);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _host.DisposeAsync();
        await Graph.DisposeAsync();
    }
}
