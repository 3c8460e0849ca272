using Majordome.Bot.WhatsApp.Rendering;
using Majordome.Cards.Bookings;
using Majordome.Cards.Products;
using Majordome.Dialogs.Channels;
using Majordome.Dialogs.Choices;
using Majordome.Dialogs.Bookings;
using Majordome.Dialogs.Localization;
using Majordome.Tests.Bot.Messenger.FakeGraph;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.WhatsApp;

/// <summary>What the renderer makes of an activity, every body checked against WhatsApp's limits as the fake Graph checks it.</summary>
public class WhatsAppRendererTests
{
    private static readonly WhatsAppRenderer Renderer = new(Localizer.Default);

    private static IReadOnlyList<JObject> Render(IMessageActivity activity, string language = "en")
    {
        var messages = Renderer.Render(activity, language);
        foreach (var message in messages)
        {
            var body = new JObject { ["messaging_product"] = "whatsapp", ["to"] = "14155550123" };
            body.Merge(message);
            body.Remove(WhatsAppRenderer.UploadProperty);
            if (body["document"] is JObject document && document["link"] is null)
            {
                document["id"] = "uploaded";
            }

            Assert.Empty(WhatsAppRules.Check(body));
        }

        return messages;
    }

    private static IMessageActivity Ask(string text, IEnumerable<string> titles)
    {
        var activity = MessageFactory.Text(text);
        activity.SuggestedActions = new SuggestedActions { Actions = titles.Select(t => new CardAction(ActionTypes.ImBack, t, value: t)).ToList() };
        return activity;
    }

    private static IMessageActivity WithChoices(int count, int titleLength = 7) =>
        Ask("Which one?", Enumerable.Range(1, count).Select(i => $"Option{new string('x', Math.Max(0, titleLength - 8))}{i}"));

    [Fact]
    public void LongText_IsSplitAt4096()
    {
        var text = string.Join(' ', Enumerable.Repeat("Arpeggio, intense et crémeux.", 300));

        var messages = Render(MessageFactory.Text(text));

        Assert.True(messages.Count >= 3);
        Assert.All(messages, m => Assert.True(((string)m["text"]!["body"]!).Length <= 4096));
    }

    [Theory]
    [InlineData(3, "button")]
    [InlineData(4, "list")]
    [InlineData(10, "list")]
    public void Choices_UpTo3AreButtons_UpTo10AList(int count, string type)
    {
        var message = Assert.Single(Render(WithChoices(count)));

        Assert.Equal(type, (string?)message["interactive"]!["type"]);
    }

    [Fact]
    public void ElevenChoices_AreNumberedText()
    {
        var message = Assert.Single(Render(WithChoices(11)));

        Assert.Equal("text", (string?)message["type"]);
        Assert.Contains("11. Option11", (string?)message["text"]!["body"], StringComparison.Ordinal);
    }

    [Fact]
    public void ButtonTitleOver20_BecomesAListRow_AndOver24_NumberedText()
    {
        Assert.Equal("list", (string?)Assert.Single(Render(WithChoices(2, 22)))["interactive"]!["type"]);
        Assert.Equal("text", (string?)Assert.Single(Render(WithChoices(2, 26)))["type"]);
    }

    [Fact]
    public void ListButton_IsInTheCustomersLanguage()
    {
        Assert.Equal("Choisir", (string?)Render(WithChoices(5), "fr")[0]["interactive"]!["action"]!["button"]);
        Assert.Equal("Choose", (string?)Render(WithChoices(5), "en")[0]["interactive"]!["action"]!["button"]);
    }

    [Fact]
    public void LongQuestionWithButtons_KeepsTheBodyUnder1024()
    {
        var activity = Ask(string.Join(' ', Enumerable.Repeat("Votre commande.", 100)), ["Oui", "Non"]);

        var messages = Render(activity);

        Assert.Equal("button", (string?)messages[^1]["interactive"]!["type"]);
        Assert.Equal("text", (string?)messages[0]["type"]);
    }

    [Fact]
    public void OpenUrl_IsACtaUrlButton()
    {
        var activity = MessageFactory.Text("Our boutique");
        activity.SuggestedActions = new SuggestedActions { Actions = [new CardAction(ActionTypes.OpenUrl, "See the map of the boutique", value: "https://maps.example.com/lyon")] };

        var cta = Render(activity).Single(m => (string?)m["interactive"]?["type"] == "cta_url");

        Assert.Equal("https://maps.example.com/lyon", (string?)cta["interactive"]!["action"]!["parameters"]!["url"]);
    }

    [Fact]
    public void CalendarFile_IsADocumentToUpload()
    {
        var activity = MessageFactory.Attachment(CalendarAttachment.Create("MT-7K2QX", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"), "C'est réservé !");

        var messages = Render(activity, "fr");

        var document = Assert.Single(messages, m => (string?)m["type"] == "document");
        Assert.Equal("reservation-MT-7K2QX.ics", (string?)document["document"]!["filename"]);
        Assert.Equal("Votre réservation", (string?)document["document"]!["caption"]);
        Assert.Equal("text/calendar", (string?)document[WhatsAppRenderer.UploadProperty]!["contentType"]);
    }

    private static readonly BookingConfirmationCardData Booking = new("MT-7K2QX", "Maison Tasse Lyon Bellecour", "5 rue de la Charité, 69002 Lyon", new DateTimeOffset(2026, 11, 28, 15, 0, 0, TimeSpan.FromHours(1)), 2);

    // As the dialogs send a card on WhatsApp: the card, and its text alternative as the message's text.
    private static IMessageActivity Confirmation(string language) =>
        CardMessage.Create(ChannelCapabilities.Unknown, BookingConfirmationCard.Create(Booking, language), BookingConfirmationCard.ToText(Booking, language));

    private static IReadOnlyList<(string Title, JObject? Value)> Replies(JObject interactive) =>
        (string?)interactive["type"] == "button"
            ? interactive["action"]!["buttons"]!.Select(b => ((string)b["reply"]!["title"]!, PayloadValue((string)b["reply"]!["id"]!))).ToList()
            : interactive["action"]!["sections"]!.SelectMany(s => s["rows"]!).Select(r => ((string)r["title"]!, PayloadValue((string)r["id"]!))).ToList();

    private static JObject? PayloadValue(string id) => id.StartsWith('{') ? JObject.Parse(id) : null;

    [Fact]
    public void BookingConfirmation_InEnglish_KeepsItsCardButtons_AsReplyButtonsUnderItsText()
    {
        var messages = Render(Confirmation("en"), "en");

        var interactive = Assert.Single(messages, m => m["interactive"] is not null)["interactive"]!;
        Assert.Equal("button", (string?)interactive["type"]);
        Assert.StartsWith("Your table is booked", (string?)interactive["body"]!["text"], StringComparison.Ordinal);
        var replies = Replies((JObject)interactive);
        Assert.Equal(["Change the date", "Cancel the booking"], replies.Select(r => r.Title));
        Assert.Equal("moveBooking", (string?)replies[0].Value!["action"]);
        Assert.Equal("cancelBooking", (string?)replies[1].Value!["action"]);
        Assert.All(replies, r => Assert.Equal("MT-7K2QX", (string?)r.Value!["reference"]));
    }

    [Fact]
    public void BookingConfirmation_InFrench_KeepsItsCardButtons()
    {
        var messages = Render(Confirmation("fr"), "fr");

        var interactive = Assert.Single(messages, m => m["interactive"] is not null)["interactive"]!;
        Assert.Equal("button", (string?)interactive["type"]);
        Assert.StartsWith("Votre table est réservée", (string?)interactive["body"]!["text"], StringComparison.Ordinal);
        var replies = Replies((JObject)interactive);
        Assert.Equal(["Changer la date", "Annuler ma table"], replies.Select(r => r.Title));
        Assert.Equal(["moveBooking", "cancelBooking"], replies.Select(r => (string?)r.Value!["action"]));
    }

    [Fact]
    public void CardButton_TitleOver20_KeepsEveryButtonAsAListRow()
    {
        var card = JObject.Parse("""{"type":"AdaptiveCard","version":"1.5","fallbackText":"Votre commande","body":[{"type":"TextBlock","text":"Votre commande"}],"actions":[{"type":"Action.Submit","title":"Voir le suivi du colis","data":{"action":"trackOrder","orderNumber":"MT-1"}},{"type":"Action.Submit","title":"Parler à quelqu'un","data":{"action":"talkToHuman"}}]}""");
        var activity = CardMessage.Create(ChannelCapabilities.Unknown, Majordome.Cards.AdaptiveCardAttachment.From(card), "Votre commande");

        var interactive = Assert.Single(Render(activity, "fr"))["interactive"]!;

        Assert.Equal("list", (string?)interactive["type"]);
        Assert.Equal(["trackOrder", "talkToHuman"], Replies((JObject)interactive).Select(r => (string?)r.Value!["action"]));
    }

    [Fact]
    public void BookingConfirmation_ItsButtonsComeBeforeTheCalendarFile_AndItsTextIsNotRepeated()
    {
        var activity = Confirmation("en");
        activity.Attachments.Add(CalendarAttachment.Create("MT-7K2QX", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"));

        var messages = Render(activity, "en");

        Assert.Equal(["interactive", "document"], messages.Select(m => (string?)m["type"]));
    }

    [Fact]
    public void ProductCard_KeepsAddToCartAndSimilarProducts_AfterItsPicture()
    {
        var product = new ProductCardData("MT-ESP-01", "Aubade", "Light and floral.", 4.10m, 12) { ImageUrl = "https://chat.maison-tasse.example/bot/media/aubade.jpg", Intensity = 4 };
        var activity = CardMessage.Create(ChannelCapabilities.Unknown, ProductCard.Create(product, "en"), ProductCard.ToText(product, "en"));

        var messages = Render(activity, "en");

        Assert.Equal(["image", "interactive"], messages.Select(m => (string?)m["type"]));
        var replies = Replies((JObject)messages[1]["interactive"]!);
        Assert.Equal(["Add to cart", "Similar products"], replies.Select(r => r.Title));
        Assert.Equal(("addToCart", "MT-ESP-01"), ((string?)replies[0].Value!["action"], (string?)replies[0].Value!["sku"]));
        Assert.StartsWith("Aubade", (string?)messages[1]["interactive"]!["body"]!["text"], StringComparison.Ordinal);
    }

    [Fact]
    public void CardButtons_WithTheMessagesOwnChoices_GoInAMessageOfTheirOwn()
    {
        var activity = Confirmation("en");
        activity.SuggestedActions = new SuggestedActions { Actions = [new CardAction(ActionTypes.ImBack, "Menu", value: "Menu")] };

        var messages = Render(activity, "en");

        var interactives = messages.Where(m => m["interactive"] is not null).Select(m => (JObject)m["interactive"]!).ToList();
        Assert.Equal(2, interactives.Count);
        Assert.Equal(["Change the date", "Cancel the booking"], Replies(interactives[0]).Select(r => r.Title));
        Assert.Equal(["Menu"], Replies(interactives[1]).Select(r => r.Title));
    }
}
