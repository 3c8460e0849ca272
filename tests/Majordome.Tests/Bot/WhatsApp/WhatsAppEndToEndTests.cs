using System.Net;
using System.Text;
using Majordome.Bot.Messenger.Send;
using Majordome.Bot.WhatsApp;
using Majordome.Bot.WhatsApp.Send;
using Majordome.Bot.WhatsApp.State;
using Majordome.Tests.Bot.Messenger.FakeGraph;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.WhatsApp;

/// <summary>
/// WhatsApp as a brand runs it: signed webhooks posted over HTTP to the real host (Program.cs's registrations, the
/// shared SQLite inbox, the same bot and dialogs as Messenger), replies sent to the fake Graph server on loopback,
/// which checks every body against WhatsApp's limits and refuses like Meta.
/// </summary>
public sealed class WhatsAppEndToEndTests : IAsyncLifetime
{
    private WhatsAppRig _rig = null!;

    public async Task InitializeAsync() => _rig = await WhatsAppRig.StartAsync();

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task Booking_InFrench_TypedThroughToTheConfirmationAndItsCalendarFile()
    {
        var greeting = await _rig.SayAsync("bonjour");
        Assert.Equal(["Informations", "Acheter", "Réserver une table", "English"], WhatsAppRig.Choices(greeting));
        Assert.Equal("list", (string?)greeting[^1]["interactive"]?["type"]);

        var boutiques = await _rig.SayAsync("Réserver une table");
        Assert.Contains("Lyon", WhatsAppRig.Choices(boutiques));
        await _rig.SayAsync("Lyon");
        await _rig.SayAsync("2");
        var name = await _rig.SayAsync("samedi à 15h");
        Assert.Contains("À quel nom dois-je réserver ?", WhatsAppRig.Texts(name), StringComparison.Ordinal);
        await _rig.SayAsync("Marie");
        var confirm = await _rig.SayAsync("06 12 34 56 78");
        Assert.Equal(["Oui", "Non"], WhatsAppRig.Choices(confirm));
        Assert.Equal("button", (string?)confirm[^1]["interactive"]?["type"]);

        var booked = await _rig.SayAsync("Oui");

        Assert.Contains("C'est réservé !", WhatsAppRig.Texts(booked), StringComparison.Ordinal);
        var document = Assert.Single(booked, m => (string?)m["type"] == "document");
        Assert.EndsWith(".ics", (string?)document["document"]!["filename"], StringComparison.Ordinal);
        Assert.NotNull((string?)document["document"]!["id"]);
        var upload = Assert.Single(_rig.Graph.WhatsAppUploads);
        Assert.Equal("text/calendar", upload.Type);
        Assert.Contains("BEGIN:VCALENDAR", Encoding.UTF8.GetString(upload.Content), StringComparison.Ordinal);
        Assert.All(_rig.Graph.WhatsAppMessages, m => Assert.Equal("14155550123", (string?)m["to"]));
    }

    [Fact]
    public async Task Booking_InEnglish_ByListAndButtonReplies()
    {
        var greeting = await _rig.SayAsync("hello");
        var (kind, id) = WhatsAppRig.Option(greeting, "Book a table");
        var boutiques = await _rig.TapAsync(kind, id, "Book a table");
        (kind, id) = WhatsAppRig.Option(boutiques, "Lyon");
        await _rig.TapAsync(kind, id, "Lyon");
        await _rig.SayAsync("2");
        var name = await _rig.SayAsync("saturday at 3pm");
        Assert.Contains("What name should I book under?", WhatsAppRig.Texts(name), StringComparison.Ordinal);
        await _rig.SayAsync("Marie");
        var confirm = await _rig.SayAsync("06 12 34 56 78");
        (kind, id) = WhatsAppRig.Option(confirm, "Yes");
        Assert.Equal("button_reply", kind);

        var booked = await _rig.TapAsync(kind, id, "Yes");

        Assert.Contains("It's booked!", WhatsAppRig.Texts(booked), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Purchase_InFrench_TypedThroughToTheReceipt()
    {
        await _rig.SayAsync("bonjour");
        var categories = await _rig.SayAsync("Acheter");
        Assert.Equal(["Capsules", "Machines", "Accessoires"], WhatsAppRig.Choices(categories));

        // A number picks the choice too: "1" is Capsules.
        var capsules = await _rig.SayAsync("1");
        Assert.Contains("1. Arpeggio", WhatsAppRig.Texts(capsules), StringComparison.Ordinal);
        var product = await _rig.SayAsync("Arpeggio");
        var picture = Assert.Single(product, m => (string?)m["type"] == "image");
        Assert.StartsWith("https://chat.maison-tasse.example/bot/media/", (string?)picture["image"]!["link"], StringComparison.Ordinal);
        Assert.StartsWith("Arpeggio", (string?)picture["image"]!["caption"], StringComparison.Ordinal);
        Assert.Contains("Combien d'étuis de 10 capsules Arpeggio", WhatsAppRig.Texts(product), StringComparison.Ordinal);
        foreach (var text in new[] { "2", "Commander", "Retrait en boutique", "1", "ana@example.com" })
        {
            await _rig.SayAsync(text);
        }

        var confirmed = await _rig.SayAsync("oui");

        var receipt = WhatsAppRig.Texts(confirmed);
        Assert.Contains("Merci pour votre commande !", receipt, StringComparison.Ordinal);
        Assert.Matches(@"Arpeggio\s*:\s*2 × 4,20\s*€ = 8,40\s*€", receipt);
    }

    [Fact]
    public async Task Purchase_InEnglish_ByButtonReplies()
    {
        var greeting = await _rig.SayAsync("hello");
        var (kind, id) = WhatsAppRig.Option(greeting, "Shop");
        var categories = await _rig.TapAsync(kind, id, "Shop");
        (kind, id) = WhatsAppRig.Option(categories, "Capsules");
        await _rig.TapAsync(kind, id, "Capsules");
        await _rig.SayAsync("Ristretto");
        var added = await _rig.SayAsync("3");
        (kind, id) = WhatsAppRig.Option(added, "Check out");
        var delivery = await _rig.TapAsync(kind, id, "Check out");
        (kind, id) = WhatsAppRig.Option(delivery, "Pick up in a boutique");
        var boutiques = await _rig.TapAsync(kind, id, "Pick up in a boutique");
        (kind, id) = WhatsAppRig.Option(boutiques, "Lyon");
        await _rig.TapAsync(kind, id, "Lyon");
        var confirm = await _rig.SayAsync("ana@example.com");
        (kind, id) = WhatsAppRig.Option(confirm, "Yes");

        var confirmed = await _rig.TapAsync(kind, id, "Yes");

        Assert.Matches(@"Ristretto\s*:\s*3 × €4\.20 = €12\.60", WhatsAppRig.Texts(confirmed));
    }

    [Fact]
    public async Task ProductList_ATypedNumber_PicksThatProduct_InFrench()
    {
        await _rig.SayAsync("bonjour");
        await _rig.SayAsync("Acheter");
        var capsules = await _rig.SayAsync("Capsules");
        Assert.Contains("3. Lungo", WhatsAppRig.Texts(capsules), StringComparison.Ordinal);
        Assert.Contains("Écrivez le numéro d'un produit ou son nom.", WhatsAppRig.Texts(capsules), StringComparison.Ordinal);

        var lungo = await _rig.SayAsync("3");

        Assert.Contains("Combien d'étuis de 10 capsules Lungo", WhatsAppRig.Texts(lungo), StringComparison.Ordinal);
        Assert.Equal(["Ajouter au panier", "Produits similaires"], WhatsAppRig.Choices(lungo.Take(lungo.Count - 1)));
    }

    [Fact]
    public async Task FaqSuggestions_ATypedNumber_AnswersThatQuestion_InEnglish()
    {
        await _rig.SayAsync("hello");
        var suggestions = await _rig.SayAsync("are your capsules recyclable?");
        Assert.Contains("1. Where can I recycle my used capsules?", WhatsAppRig.Texts(suggestions), StringComparison.Ordinal);

        var answer = await _rig.SayAsync("1");

        Assert.Contains("Bring your used capsules to any of our boutiques", WhatsAppRig.Texts(answer), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Question_InFrench_IsAnsweredFromTheFaq()
    {
        await _rig.SayAsync("bonjour");

        var answer = await _rig.SayAsync("combien coûte la livraison ?");

        Assert.Contains("4,90", WhatsAppRig.Texts(answer), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Question_InEnglish_IsAnsweredFromTheFaq()
    {
        await _rig.SayAsync("hello");

        var answer = await _rig.SayAsync("how much is delivery?");

        Assert.Contains("4.90", WhatsAppRig.Texts(answer), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Human_InFrench_TheRequestIsRecordedAndTheCustomerTold()
    {
        await _rig.SayAsync("bonjour");

        var handover = await _rig.SayAsync("je voudrais parler à un conseiller");

        Assert.Contains("parler à quelqu'un de l'équipe", WhatsAppRig.Texts(handover), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarketerFlow_InEnglish_StartsFromItsKeyword()
    {
        await _rig.SayAsync("hello");

        var flow = await _rig.SayAsync("gift");

        Assert.Contains("What is your budget, in euros?", WhatsAppRig.Texts(flow), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeveralNumbers_EachAnswersWithItsOwnToken_AndKeepsItsCustomersApart()
    {
        await _rig.SayAsync("bonjour", number: FakeGraphServer.WhatsAppNumberId);
        var second = await _rig.SayAsync("hello", number: FakeGraphServer.SecondWhatsAppNumberId);

        Assert.NotEmpty(second);
        var call = _rig.Graph.Calls.Last(c => c.Path.EndsWith($"/{FakeGraphServer.SecondWhatsAppNumberId}/messages", StringComparison.Ordinal));
        Assert.Equal("Bearer " + FakeGraphServer.SecondWhatsAppToken, call.Headers["Authorization"]);
        Assert.DoesNotContain(_rig.Graph.Calls, c => c.Query.Contains("access_token", StringComparison.Ordinal));
        Assert.DoesNotContain(FakeGraphServer.WhatsAppToken, _rig.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeGraphServer.SecondWhatsAppToken, _rig.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signature_Wrong_Is403_Missing_Is401_AndNothingIsStored()
    {
        var body = WhatsAppFixtures.Bytes("whatsapp_text");

        var wrong = await _rig.PostAsync(body, signature: "sha256=" + new string('0', 64));
        var missing = await _rig.PostAsync(body, sign: false);
        await _rig.DrainAsync();

        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Empty(_rig.Graph.Calls);
    }

    [Theory]
    [InlineData("{\"object\":\"whatsapp_business_account\",\"entry\":[{\"changes\":[{\"field\":\"messages\",\"value\":{\"metadata\":{\"phone_number_id\":\"108941275530092\"},\"messages\":[{\"type\":\"text\"}]}}]}]}")]
    [InlineData("{\"object\":\"whatsapp_business_account\"")]
    [InlineData("{\"object\":\"whatsapp_business_account\",\"entry\":{}}")]
    public async Task MalformedBody_Is400(string body)
    {
        var response = await _rig.PostAsync(Encoding.UTF8.GetBytes(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Handshake_EchoesTheChallengeForTheVerifyToken_Only()
    {
        var ok = await _rig.Client.GetAsync($"/api/whatsapp?hub.mode=subscribe&hub.verify_token={WhatsAppRig.VerifyToken}&hub.challenge=1158201444");
        var refused = await _rig.Client.GetAsync("/api/whatsapp?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1158201444");

        Assert.Equal("1158201444", await ok.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task Statuses_AreRecorded_FailedOnesWithTheirCode_AndNeverAnswered()
    {
        Assert.Equal(HttpStatusCode.OK, (await _rig.PostAsync(WhatsAppFixtures.Bytes("whatsapp_status_delivered"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _rig.PostAsync(WhatsAppFixtures.Bytes("whatsapp_status_failed_window_closed"))).StatusCode);
        // Meta redelivers: recorded once.
        Assert.Equal(HttpStatusCode.OK, (await _rig.PostAsync(WhatsAppFixtures.Bytes("whatsapp_status_failed_window_closed"))).StatusCode);
        await _rig.DrainAsync();

        var statuses = _rig.Services.GetRequiredService<SqlWhatsAppStatuses>();
        var delivered = Assert.Single(await statuses.ForMessageAsync("wamid.HBgLMTQxNTU1NTAxMjMVAgARGBJBNkJCMUY0RDc0QjJFOUQ3NUEA"));
        Assert.Equal("delivered", delivered.Status);
        var failed = Assert.Single(await statuses.ForMessageAsync("wamid.HBgLMTQxNTU1NTAxMjMVAgARGBI3RjFFMkQzQzRCNUE2OTc4ODkA"));
        Assert.Equal(("failed", 131047), (failed.Status, failed.ErrorCode));
        Assert.Empty(_rig.Graph.Calls);
    }

    [Fact]
    public async Task MessageOlderThanTheWindow_GetsNoFreeFormReply_RefusedBeforeMeta()
    {
        var replies = await _rig.PostMessageAsync("33612345678", FakeGraphServer.WhatsAppNumberId, new JObject { ["type"] = "text", ["text"] = new JObject { ["body"] = "bonjour" } }, TimeSpan.FromHours(25));

        Assert.Empty(replies);
        Assert.Contains("outside the 24-hour window", _rig.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutsideTheWindow_OnlyAConfiguredTemplateGoesOut()
    {
        var sender = _rig.Services.GetRequiredService<WhatsAppSender>();
        var thread = new WhatsAppThread(FakeGraphServer.WhatsAppNumberId, "33699999999");

        await Assert.ThrowsAsync<MessagingWindowClosedException>(() => sender.SendAsync(thread, [new JObject { ["type"] = "text", ["text"] = new JObject { ["body"] = "Rappel" } }]));
        await Assert.ThrowsAsync<MessagingWindowClosedException>(() => sender.SendTemplateAsync(thread, "not_approved", "fr"));
        Assert.Empty(_rig.Graph.Calls);

        var id = await sender.SendTemplateAsync(thread, WhatsAppRig.Template, "fr");

        Assert.NotNull(id);
        var sent = Assert.Single(_rig.Graph.WhatsAppMessages);
        Assert.Equal(WhatsAppRig.Template, (string?)sent["template"]!["name"]);
        Assert.Equal("fr", (string?)sent["template"]!["language"]!["code"]);
    }

    [Fact]
    public async Task MetaSaysTheWindowIsClosed_TheReplyIsNotRetried()
    {
        _rig.Graph.WhatsAppWindowClosed["33611111111"] = true;

        var replies = await _rig.PostMessageAsync("33611111111", FakeGraphServer.WhatsAppNumberId, new JObject { ["type"] = "text", ["text"] = new JObject { ["body"] = "bonjour" } });

        // The greeting was refused once (131047), and nothing was tried again, not even the apology.
        Assert.Single(replies);
        Assert.Contains("131047", _rig.Logs.All, StringComparison.Ordinal);
    }
}
