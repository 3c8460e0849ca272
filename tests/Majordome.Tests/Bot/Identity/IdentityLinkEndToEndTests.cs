using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Majordome.Bot.Analytics.Experiments;
using Majordome.Bot.Data;
using Majordome.Bot.Messenger.Inbox;
using Majordome.Bot.Messenger.Webhook;
using Majordome.Dialogs.Commerce;
using Majordome.Dialogs.Flows.Experiments;
using Majordome.Tests.Bot.Analytics.Experiments;
using Majordome.Tests.Bot.DirectLine;
using Majordome.Tests.Bot.Messenger;
using Majordome.Tests.Bot.Messenger.Conversations;
using Majordome.Tests.Bot.Messenger.FakeGraph;
using Majordome.Tests.Bot.WhatsApp;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Identity;

/// <summary>
/// A customer continues from Web Chat on Messenger as the same customer: the host as Program.cs composes it, Direct
/// Line over real HTTP with a token bound to the visitor, signed Messenger webhooks, replies sent to the fake Graph
/// server on loopback, and the shipped gift finder running an A/B test (b promises "three questions").
/// </summary>
public sealed class IdentityLinkEndToEndTests : IAsyncLifetime
{
    private const string AppSecret = "identity-link-app-secret-0123456789";
    private const string DirectLineSecret = "identity-link-directline-secret-0123456789";
    private const string IntroA = "Trouvons ensemble le cadeau idéal !";
    private const string IntroB = "Trois questions et je vous trouve le cadeau idéal !";

    // A newly linked thread's first message: the link's confirmation, then the greeting, merged into one Messenger
    // message (Messenger:MergeTexts, a blank line between them).
    private const string LinkedThenGreeting = "C'est bien vous : vos commandes, vos réservations et vos choix vous suivent ici.\n\nBonjour, je suis l'assistant";
    private static readonly FlowExperiment Experiment = new("three-questions", [new("a", 50), new("b", 50)], new FlowConversion(ConversionEvent.End, null, TimeSpan.FromDays(1)));
    private readonly string _brand = Path.Combine(Path.GetTempPath(), "majordome-identity-link", Guid.NewGuid().ToString("N"));
    private readonly CapturedLogs _logs = new();
    private FakeGraphServer _graph = null!;
    private BotApplicationFactory _host = null!;
    private HttpClient _client = null!;
    private long _clock = 1_781_190_000_000;
    private int _mid;

    public async Task InitializeAsync()
    {
        GiftFinderExperimentBrand.Write(_brand);
        _graph = await FakeGraphServer.StartAsync();
        _host = new BotApplicationFactory(
            new Dictionary<string, string?>
            {
                ["Brand:ContentDirectory"] = _brand,
                ["DirectLine:Secret"] = DirectLineSecret,
                ["Messenger:AppId"] = "948372615204837",
                ["Messenger:AppSecret"] = AppSecret,
                ["Messenger:VerifyToken"] = "identity-link-verify-token",
                ["Messenger:GraphBaseUrl"] = _graph.BaseUrl.ToString(),
                ["Messenger:Pages:0:PageId"] = FakeGraphServer.PageId,
                ["Messenger:Pages:0:AccessToken"] = FakeGraphServer.PageToken,
                ["Messenger:Pages:0:InstagramAccountId"] = FakeGraphServer.InstagramAccountId,
                ["WhatsApp:AppSecret"] = WhatsAppRig.AppSecret,
                ["WhatsApp:VerifyToken"] = WhatsAppRig.VerifyToken,
                ["WhatsApp:GraphBaseUrl"] = _graph.BaseUrl.ToString(),
                ["WhatsApp:PhoneNumbers:0:PhoneNumberId"] = FakeGraphServer.WhatsAppNumberId,
                ["WhatsApp:PhoneNumbers:0:AccessToken"] = FakeGraphServer.WhatsAppToken,
                ["IdentityLinks:MessengerPage"] = "maisontasse",
                ["IdentityLinks:WhatsAppNumber"] = "33612345678",
                ["IdentityLinks:InstagramAccount"] = "maisontasse.paris",
            },
            services => services.AddLogging(b => b.AddProvider(_logs).SetMinimumLevel(LogLevel.Trace)));
        _client = _host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
        await _graph.DisposeAsync();
        Directory.Delete(_brand, recursive: true);
    }

    [Fact]
    public async Task WebChatVariantB_FollowsTheMessengerLink_TheGiftFinderOnMessengerShowsB()
    {
        var visitor = IdWithVariant("directline/", "visitor-", "b");
        var psid = IdWithVariant("facebook/", "70283456192", "a");
        var web = await WebChatAsync(visitor);
        Assert.Contains(IntroB, await web.SayAsync("cadeau"));

        var offer = await web.OfferAsync("Continuer sur Messenger");
        Assert.Equal("Continuer sur Messenger", offer.Title);
        var url = new Uri(offer.Url);
        Assert.Equal(("m.me", "/maisontasse"), (url.Host, url.AbsolutePath));
        var token = System.Web.HttpUtility.ParseQueryString(url.Query)["ref"]!;
        Assert.Matches("^link-[A-Za-z0-9_-]+$", token);

        var arrived = await PostAsync(Referral(psid, token));
        Assert.StartsWith(LinkedThenGreeting, Texts(arrived).First(), StringComparison.Ordinal);

        var gift = await PostAsync(Message(psid, "cadeau"));
        Assert.Contains(IntroB, MessengerChannelHost.Paragraphs(gift));
        Assert.DoesNotContain(IntroA, MessengerChannelHost.Paragraphs(gift));
        Assert.DoesNotContain(token, _logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MessengerAssignedBeforeTheLink_KeepsItsVariantOnWebChatAfterIt_AndCountsOnceWithItsConversion()
    {
        var visitor = IdWithVariant("directline/", "visitor-", "b");
        var psid = IdWithVariant("facebook/", "73000000000", "a");
        Assert.Contains(IntroA, MessengerChannelHost.Paragraphs(await PostAsync(Message(psid, "cadeau"))));

        var web = await WebChatAsync(visitor);
        var token = System.Web.HttpUtility.ParseQueryString(new Uri((await web.OfferAsync("continuer sur messenger")).Url).Query)["ref"]!;
        Assert.StartsWith("C'est bien vous", Texts(await PostAsync(Referral(psid, token))).First(), StringComparison.Ordinal);

        // The visitor's own key would draw b: the assignment made on Messenger before the link is the one that holds.
        var gift = await web.SayAsync("cadeau");
        Assert.Contains(IntroA, gift);
        Assert.DoesNotContain(IntroB, gift);
        await web.SayAsync("80");
        await web.SayAsync("Corsé");
        await web.SayAsync("Noël");

        var store = new SqlExperimentStore(_host.Services.GetRequiredService<BusinessDatabase>());
        IReadOnlyList<ExperimentOutcome> outcomes = [];
        for (var deadline = DateTime.UtcNow.AddSeconds(10); DateTime.UtcNow < deadline; await Task.Delay(50))
        {
            outcomes = await store.ReadAsync("gift-finder", Experiment);
            if (outcomes.Any(o => o.FirstEventAt is not null))
            {
                break;
            }
        }

        Assert.Equal([("a", true)], outcomes.Select(o => (o.Variant, o.FirstEventAt is not null)));
    }

    [Fact]
    public async Task ForgedAndReusedTokens_AreRefused_LoggedWithoutTheToken_AndLinkNothing()
    {
        var visitor = IdWithVariant("directline/", "visitor-", "b");
        var first = IdWithVariant("facebook/", "71000000000", "a");
        var second = IdWithVariant("facebook/", "72000000000", "a");
        var web = await WebChatAsync(visitor);
        var token = System.Web.HttpUtility.ParseQueryString(new Uri((await web.OfferAsync("continuer sur messenger")).Url).Query)["ref"]!;
        var forged = token[..^2] + (token[^2] == 'A' ? "BA" : "AA");

        var refused = await PostAsync(Referral(first, forged));
        Assert.StartsWith("Ce lien n'est plus valable", Texts(refused).First(), StringComparison.Ordinal);
        Assert.Contains(IntroA, MessengerChannelHost.Paragraphs(await PostAsync(Message(first, "cadeau"))));

        Assert.StartsWith("C'est bien vous", Texts(await PostAsync(Referral(first, token))).First(), StringComparison.Ordinal);
        var reused = await PostAsync(Referral(second, token));
        Assert.StartsWith("Ce lien n'est plus valable", Texts(reused).First(), StringComparison.Ordinal);
        Assert.Contains(IntroA, MessengerChannelHost.Paragraphs(await PostAsync(Message(second, "cadeau"))));

        Assert.Contains("Forged", _logs.All, StringComparison.Ordinal);
        Assert.Contains("Reused", _logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain(token[5..], _logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain(forged[5..], _logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WebChatMenu_OffersBothChannels_AndTheWhatsAppCodeLinksTheNumber_WhoseGiftFinderShowsB()
    {
        var visitor = IdWithVariant("directline/", "visitor-", "b");
        var number = IdWithVariant("whatsapp/", "336000", "a");
        var web = await WebChatAsync(visitor);
        var menu = await web.ButtonsAsync("bonjour");
        Assert.Equal(["Continuer sur Messenger", "Continuer sur Instagram", "Continuer sur WhatsApp", "English"], menu.TakeLast(4));

        var offer = await web.OfferAsync("Continuer sur WhatsApp");
        var url = new Uri(offer.Url);
        Assert.Equal(("wa.me", "/33612345678"), (url.Host, url.AbsolutePath));
        var prefilled = System.Web.HttpUtility.ParseQueryString(url.Query)["text"]!;
        Assert.StartsWith("Je continue ma conversation ici. Code : link-", prefilled, StringComparison.Ordinal);

        var linked = await SayOnWhatsAppAsync(number, prefilled);
        Assert.StartsWith("C'est bien vous", WhatsAppRig.Texts(linked), StringComparison.Ordinal);
        var gift = WhatsAppRig.Texts(await SayOnWhatsAppAsync(number, "cadeau"));
        Assert.Contains(IntroB, gift, StringComparison.Ordinal);
        Assert.DoesNotContain(IntroA, gift, StringComparison.Ordinal);

        // The code was for this number: sent again from another one, it is refused.
        var other = IdWithVariant("whatsapp/", "337000", "a");
        Assert.StartsWith("Ce lien n'est plus valable", WhatsAppRig.Texts(await SayOnWhatsAppAsync(other, prefilled)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WebChatVisitor_FollowsTheInstagramLink_TheReferralOfTheirThreadLinksIt_AndTheirWebOrderIsFoundOnInstagram()
    {
        const string Visitor = "visitor-instagram-1";
        const string Igsid = "6543219870100001";
        var web = await WebChatAsync(Visitor);

        var offer = await web.OfferAsync("Continuer sur Instagram");
        Assert.Equal("Continuer sur Instagram", offer.Title);
        var url = new Uri(offer.Url);
        Assert.Equal(("ig.me", "/m/maisontasse.paris"), (url.Host, url.AbsolutePath));
        var token = System.Web.HttpUtility.ParseQueryString(url.Query)["ref"]!;
        Assert.Matches("^link-[A-Za-z0-9_-]{43}$", token);
        // The card's text is Markdown, its values escaped: the code reads as it is once rendered.
        Assert.Contains(token, offer.Text.Replace("\\", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);

        var arrived = await PostInstagramAsync(InstagramFixture("Extra/instagram_referral_igme_link.json", Igsid, e => e["referral"]!["ref"] = token));
        Assert.StartsWith(LinkedThenGreeting, Texts(arrived).First(), StringComparison.Ordinal);

        var orders = _host.Services.GetRequiredService<IOrderStore>();
        var placed = (PlaceOrderResult.Placed)await orders.PlaceOrderAsync(new OrderRequest(
            "directline/" + Visitor, "fr", [new OrderLine("CAP-ARPEGGIO", "Arpeggio", 4.20m, 1)], Deliveries.PickUp("lyon-bellecour"), "marie@exemple.fr", 0m, PaymentMethod.AtPickUp));
        var status = await PostInstagramAsync(InstagramMessage(Igsid, $"où en est ma commande {placed.Order.Number} ?"));
        var shown = string.Join("\n", status.Select(m => m.ToString()));
        Assert.Contains(placed.Order.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Je ne trouve pas de commande", shown, StringComparison.Ordinal);
        Assert.All(_graph.SentMessages.Where(m => (string?)m["recipient"]?["id"] == Igsid), m => Assert.DoesNotContain(token, m.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task NewInstagramThread_TheCodeTypedFromTheCardLinksIt_AndAMessengerTokenIsRefusedThere()
    {
        var web = await WebChatAsync("visitor-instagram-2");
        var card = await web.OfferAsync("Continuer sur Instagram");
        var code = System.Web.HttpUtility.ParseQueryString(new Uri(card.Url).Query)["ref"]!;
        var messengerToken = System.Web.HttpUtility.ParseQueryString(new Uri((await web.OfferAsync("Continuer sur Messenger")).Url).Query)["ref"]!;

        // A Messenger link's token was not made for Instagram's door.
        var wrongDoor = await PostInstagramAsync(InstagramFixture("Extra/instagram_referral_igme_link.json", "6543219870100003", e => e["referral"]!["ref"] = messengerToken));
        Assert.StartsWith("Ce lien n'est plus valable", Texts(wrongDoor).First(), StringComparison.Ordinal);

        // A new thread gets the ref only from an ice breaker's tap: the customer who typed instead sends the card's code.
        var typed = await PostInstagramAsync(InstagramMessage("6543219870100002", code));
        Assert.StartsWith(LinkedThenGreeting, Texts(typed).First(), StringComparison.Ordinal);
        var links = _host.Services.GetRequiredService<Majordome.Bot.Identity.SqlIdentityLinks>();
        Assert.Equal("directline/visitor-instagram-2", await links.FindPrimaryAsync("instagram/6543219870100002"));
        Assert.Null(await links.FindPrimaryAsync("instagram/6543219870100003"));
    }

    [Fact]
    public async Task MessengerAdWhoseRefIsALinkToken_LinksTheCustomer_AndStillAnswersTheMessageThatCameWithIt()
    {
        var visitor = IdWithVariant("directline/", "visitor-", "b");
        var psid = IdWithVariant("facebook/", "74000000000", "a");
        var web = await WebChatAsync(visitor);
        var token = System.Web.HttpUtility.ParseQueryString(new Uri((await web.OfferAsync("continuer sur messenger")).Url).Query)["ref"]!;
        var fromAd = MetaFixtures.FirstEvent("message_with_ad_referral.json");
        fromAd["sender"]!["id"] = psid;
        fromAd["recipient"]!["id"] = FakeGraphServer.PageId;
        fromAd["timestamp"] = Next();
        fromAd["message"]!["mid"] = $"m_link_ad_{++_mid}";
        fromAd["message"]!["text"] = "cadeau";
        fromAd["message"]!["referral"]!["ref"] = token;

        var replies = Texts(await PostAsync(fromAd));

        Assert.StartsWith(LinkedThenGreeting, replies.First(), StringComparison.Ordinal);
        Assert.Contains(replies, r => r.Contains(IntroB, StringComparison.Ordinal));
        Assert.DoesNotContain(replies, r => r.Contains(IntroA, StringComparison.Ordinal));
    }

    // An id whose own key falls in <paramref name="variant"/>: without the link, the customer would see the other one.
    private static string IdWithVariant(string channel, string prefix, string variant) =>
        Enumerable.Range(0, 1000).Select(i => prefix + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture))
            .First(id => FlowVariantPicker.Pick(channel + id, "gift-finder", Experiment) == variant);

    private static List<string> Texts(IEnumerable<JObject> messages) =>
        messages.Select(m => (string?)m["text"] ?? (string?)m["attachment"]?["payload"]?["text"]).OfType<string>().ToList();

    private async Task<WebChatVisitor> WebChatAsync(string visitor)
    {
        var directLine = new DirectLineTestClient(_client);
        var generated = await directLine.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", DirectLineSecret, new JObject { ["user"] = new JObject { ["id"] = visitor }, ["locale"] = "fr-FR" }.ToString());
        Assert.Equal(HttpStatusCode.OK, generated.StatusCode);
        var token = JObject.Parse(await generated.Content.ReadAsStringAsync()).Value<string>("token")!;
        var started = await directLine.StartAsync(token);
        return new WebChatVisitor(directLine, started.Value<string>("conversationId")!, token);
    }

    private JObject Referral(string psid, string reference) => new()
    {
        ["sender"] = new JObject { ["id"] = psid },
        ["recipient"] = new JObject { ["id"] = FakeGraphServer.PageId },
        ["timestamp"] = Next(),
        ["referral"] = new JObject { ["ref"] = reference, ["source"] = "SHORTLINK", ["type"] = "OPEN_THREAD" },
    };

    private JObject Message(string psid, string text) => new()
    {
        ["sender"] = new JObject { ["id"] = psid },
        ["recipient"] = new JObject { ["id"] = FakeGraphServer.PageId },
        ["timestamp"] = Next(),
        ["message"] = new JObject { ["mid"] = $"m_link_{++_mid}", ["text"] = text },
    };

    private long Next() => _clock += 1000;

    /// <summary>An Instagram fixture's event (made up in Meta's documented shape), from <paramref name="igsid"/>, changed by <paramref name="change"/>.</summary>
    private JObject InstagramFixture(string fixture, string igsid, Action<JObject> change)
    {
        var messagingEvent = MetaFixtures.FirstEvent(fixture);
        messagingEvent["sender"]!["id"] = igsid;
        messagingEvent["recipient"]!["id"] = FakeGraphServer.InstagramAccountId;
        messagingEvent["timestamp"] = Next();
        change(messagingEvent);
        return messagingEvent;
    }

    private JObject InstagramMessage(string igsid, string text) => InstagramFixture("instagram_text_message.json", igsid, e =>
    {
        e["message"]!["mid"] = $"ig_link_{++_mid}";
        e["message"]!["text"] = text;
    });

    private Task<IReadOnlyList<JObject>> PostInstagramAsync(JObject messagingEvent) => PostAsync(messagingEvent, "instagram", FakeGraphServer.InstagramAccountId);

    private async Task<IReadOnlyList<JObject>> SayOnWhatsAppAsync(string waId, string text)
    {
        var message = new JObject
        {
            ["from"] = waId,
            ["id"] = $"wamid.link{++_mid}",
            ["timestamp"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["type"] = "text",
            ["text"] = new JObject { ["body"] = text },
        };
        var value = new JObject
        {
            ["messaging_product"] = "whatsapp",
            ["metadata"] = new JObject { ["display_phone_number"] = "15550123456", ["phone_number_id"] = FakeGraphServer.WhatsAppNumberId },
            ["contacts"] = new JArray(new JObject { ["profile"] = new JObject { ["name"] = "Ana Silva" }, ["wa_id"] = waId }),
            ["messages"] = new JArray(message),
        };
        var body = WhatsAppRig.Body(value);
        var before = _graph.WhatsAppMessages.Count;
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, Majordome.Bot.WhatsApp.Webhook.WhatsAppWebhookEndpoints.Path) { Content = content };
        request.Headers.TryAddWithoutValidation(WebhookSignature.HeaderName, WebhookSignature.Compute(body, WhatsAppRig.AppSecret));

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await DrainAsync();
        return _graph.WhatsAppMessages.Skip(before).ToList();
    }

    private async Task DrainAsync()
    {
        var inbox = _host.Services.GetRequiredService<MessengerInbox>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await inbox.CountPendingAsync() > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the webhook event was not processed within 30 s");
            await Task.Delay(20);
        }
    }

    /// <summary>Posts one signed event, waits until the inbox has processed it, and returns the messages sent meanwhile.</summary>
    private async Task<IReadOnlyList<JObject>> PostAsync(JObject messagingEvent, string objectName = "page", string entryId = FakeGraphServer.PageId)
    {
        var before = _graph.SentMessages.Count;
        var entry = new JObject { ["id"] = entryId, ["time"] = _clock, ["messaging"] = new JArray(messagingEvent) };
        var body = Encoding.UTF8.GetBytes(new JObject { ["object"] = objectName, ["entry"] = new JArray(entry) }.ToString(Formatting.None));
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

    /// <summary>A Web Chat visitor over Direct Line: what they say, and the bot's replies to it.</summary>
    private sealed class WebChatVisitor(DirectLineTestClient client, string conversationId, string token)
    {
        private string? _watermark;

        public async Task<List<string>> SayAsync(string text) =>
            (await ExchangeAsync(text)).Select(a => a.Value<string>("text")).OfType<string>().ToList();

        /// <summary>Says <paramref name="text"/> and returns the titles of the last reply's suggested actions.</summary>
        public async Task<List<string>> ButtonsAsync(string text) =>
            (await ExchangeAsync(text)).Last(a => a["suggestedActions"] is not null)["suggestedActions"]!["actions"]!.Select(a => (string)a["title"]!).ToList();

        /// <summary>Asks for a link and returns the card's one button and its text.</summary>
        public async Task<(string Title, string Url, string Text)> OfferAsync(string text)
        {
            var replies = await ExchangeAsync(text);
            var content = replies.SelectMany(a => (JArray?)a["attachments"] ?? []).Select(a => a["content"]).OfType<JObject>().Single(c => c["buttons"] is JArray);
            var button = (JObject)content["buttons"]![0]!;
            Assert.Equal("openUrl", (string?)button["type"]);
            return ((string)button["title"]!, (string)button["value"]!, (string?)content["text"] ?? string.Empty);
        }

        private async Task<List<JObject>> ExchangeAsync(string text)
        {
            var posted = await client.PostMessageAsync(conversationId, token, text);
            Assert.True(posted.IsSuccessStatusCode, $"Direct Line answered {(int)posted.StatusCode}");
            var deadline = DateTime.UtcNow.AddSeconds(20);
            var replies = new List<JObject>();
            while (DateTime.UtcNow < deadline)
            {
                var set = await client.GetActivitiesAsync(conversationId, token, _watermark);
                _watermark = set.Value<string>("watermark") ?? _watermark;
                replies.AddRange(((JArray)set["activities"]!).OfType<JObject>().Where(a => (string?)a["from"]?["role"] == "bot"));
                if (replies.Count > 0)
                {
                    return replies;
                }

                await Task.Delay(50);
            }

            throw new TimeoutException($"No reply to '{text}' within 20 s.");
        }
    }
}
