using Majordome.Bot.WhatsApp.Rendering;
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
}
