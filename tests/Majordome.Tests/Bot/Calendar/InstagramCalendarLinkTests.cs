using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Majordome.Bot.Messenger.Inbox;
using Majordome.Bot.Messenger.Webhook;
using Majordome.Tests.Bot.Messenger.FakeGraph;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Calendar;

/// <summary>
/// Instagram takes no .ics file: the booking confirmation, through the real Messenger webhook and inbox to the fake
/// Graph server, carries a button linking to the booking's .ics served by the bot, which answers it over real HTTP.
/// </summary>
public sealed class InstagramCalendarLinkTests : IAsyncLifetime
{
    private const string AppSecret = "instagram-calendar-app-secret-0123";
    private const string Igsid = "5500000000000077";
    private const string PublicBase = "https://chat.maison-tasse.example/";
    private FakeGraphServer _graph = null!;
    private BotApplicationFactory _host = null!;
    private HttpClient _client = null!;
    private long _clock = 1_781_190_000_000;
    private int _mid;

    public async Task InitializeAsync()
    {
        _graph = await FakeGraphServer.StartAsync();
        _graph.InstagramRecipients[Igsid] = true;
        _host = new BotApplicationFactory(new Dictionary<string, string?>
        {
            ["Messenger:AppId"] = "948372615204837",
            ["Messenger:AppSecret"] = AppSecret,
            ["Messenger:VerifyToken"] = "instagram-calendar-verify-token",
            ["Messenger:GraphBaseUrl"] = _graph.BaseUrl.ToString(),
            ["Messenger:Pages:0:PageId"] = FakeGraphServer.PageId,
            ["Messenger:Pages:0:AccessToken"] = FakeGraphServer.PageToken,
            ["Messenger:Pages:0:InstagramAccountId"] = FakeGraphServer.InstagramAccountId,
            ["Public:BaseUrl"] = PublicBase,
        });
        _client = _host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
        await _graph.DisposeAsync();
    }

    [Theory]
    [InlineData("bonjour", "Réserver une table", "samedi à 15h", "Oui", "Ajouter à mon agenda", "Le bouton l'ajoute à votre agenda.")]
    [InlineData("hello", "Book a table", "saturday at 3pm", "Yes", "Add to my calendar", "The button adds it to your calendar.")]
    public async Task Booking_OnInstagram_ConfirmationCarriesALinkToTheBookingsCalendar(string hello, string book, string when, string yes, string buttonTitle, string saysButton)
    {
        foreach (var text in new[] { hello, book, "Lyon", "2", when, "Marie", "06 12 34 56 78" })
        {
            await SayAsync(text);
        }

        var booked = await SayAsync(yes);

        Assert.Empty(_graph.MessengerUploads);

        // The sentence after the card speaks of the button it has, not of a file Instagram never got.
        // Said sentence by sentence: the sentence and the menu's question after it go as one message (merged texts).
        var texts = booked.Select(m => (string?)m["text"]).OfType<string>().SelectMany(t => t.Split("\n\n")).ToList();
        Assert.Contains(texts, t => t.EndsWith(saysButton, StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("fichier calendrier", StringComparison.Ordinal) || t.Contains("calendar file", StringComparison.Ordinal));
        var button = booked.SelectMany(m => (JArray?)m["attachment"]?["payload"]?["buttons"] ?? [])
            .Single(b => (string?)b["type"] == "web_url" && ((string?)b["url"])?.Contains("/calendar/", StringComparison.Ordinal) == true);
        Assert.Equal(buttonTitle, (string?)button["title"]);
        var link = new Uri((string)button["url"]!);
        Assert.StartsWith(PublicBase + "calendar/MT-", link.ToString(), StringComparison.Ordinal);
        var reference = link.Segments[^1][..^".ics".Length];

        var response = await _client.GetAsync(link.PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var calendar = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("BEGIN:VCALENDAR", calendar, StringComparison.Ordinal);
        Assert.Contains($"UID:{reference}@", calendar, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bonjour", "Réserver une table", "samedi à 15h", "Oui", "samedi à 11h", "est déplacée. Le bouton met votre agenda à jour.")]
    [InlineData("hello", "Book a table", "saturday at 3pm", "Yes", "saturday at 11am", "is moved. The button updates your calendar.")]
    public async Task Move_OnInstagram_TheSentenceSpeaksOfTheButtonNotOfAFile(string hello, string book, string when, string yes, string newWhen, string saysButton)
    {
        foreach (var text in new[] { hello, book, "Lyon", "2", when, "Marie", "06 12 34 56 78" })
        {
            await SayAsync(text);
        }

        var booked = await SayAsync(yes);
        var reference = System.Text.RegularExpressions.Regex.Match(string.Join(" ", booked.Select(m => (string?)m["text"])), "MT-[A-Z0-9]{5}").Value;
        Assert.NotEmpty(reference);

        // The confirmation card's "Move" button, tapped: a postback with the card's action.
        await SayAsync(new JObject { ["mid"] = $"m_igcal_{++_mid}", ["title"] = "Déplacer", ["payload"] = new JObject { ["action"] = "moveBooking", ["reference"] = reference }.ToString(Formatting.None) }, "postback");
        await SayAsync(newWhen);

        var moved = await SayAsync(yes);

        // Instagram got the new time's "Add to my calendar" button, and no file: the sentence says so.
        Assert.Empty(_graph.MessengerUploads);
        var texts = moved.Select(m => (string?)m["text"]).OfType<string>().SelectMany(t => t.Split("\n\n")).ToList();
        Assert.Contains(texts, t => t.Contains(reference, StringComparison.Ordinal) && t.EndsWith(saysButton, StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("fichier calendrier", StringComparison.Ordinal) || t.Contains("calendar file", StringComparison.Ordinal));
        Assert.Contains(moved.SelectMany(m => (JArray?)m["attachment"]?["payload"]?["buttons"] ?? []),
            b => (string?)b["type"] == "web_url" && ((string?)b["url"])?.Contains($"/calendar/{reference}", StringComparison.Ordinal) == true);
    }

    private Task<IReadOnlyList<JObject>> SayAsync(string text) =>
        SayAsync(new JObject { ["mid"] = $"m_igcal_{++_mid}", ["text"] = text }, "message");

    private async Task<IReadOnlyList<JObject>> SayAsync(JObject said, string eventKey)
    {
        var before = _graph.SentMessages.Count;
        var messagingEvent = new JObject
        {
            ["sender"] = new JObject { ["id"] = Igsid },
            ["recipient"] = new JObject { ["id"] = FakeGraphServer.InstagramAccountId },
            ["timestamp"] = _clock += 1000,
            [eventKey] = said,
        };
        var entry = new JObject { ["id"] = FakeGraphServer.InstagramAccountId, ["time"] = _clock, ["messaging"] = new JArray(messagingEvent) };
        var body = Encoding.UTF8.GetBytes(new JObject { ["object"] = "instagram", ["entry"] = new JArray(entry) }.ToString(Formatting.None));
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, MessengerWebhookEndpoints.Path) { Content = content };
        request.Headers.TryAddWithoutValidation(WebhookSignature.HeaderName, WebhookSignature.Compute(body, AppSecret));

        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(request)).StatusCode);
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
