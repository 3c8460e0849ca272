using Majordome.Bot.Messenger;
using Majordome.Bot.Messenger.Rendering;
using Majordome.Bot.Messenger.Send;
using Majordome.Cards.Bookings;
using Majordome.Cards.Boutiques;
using Majordome.Cards.Menu;
using Majordome.Cards.Orders;
using Majordome.Cards.Products;
using Majordome.Cards.Templates;
using Majordome.Dialogs.Localization;
using Majordome.Tests.Bot.Messenger.FakeGraph;
using Majordome.Tests.Cards;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Messenger.Rendering;

/// <summary>
/// Every card template built by its factory with the sample data, as the dialogs send it (card plus its text), rendered
/// for Messenger and Instagram in French and English: the template chosen, its exact shape, and the platform limits.
/// </summary>
public class CardRenderingTests
{
    private static readonly MessengerRenderer Renderer = new(new MessengerCardRenderer(Localizer.Default));

    /// <summary>(case, template, activity factory by language).</summary>
    public static IEnumerable<(string Case, string Template, Func<string, IMessageActivity> Activity)> Cases()
    {
        yield return ("product", ProductCard.Name, l => MessageFactory.Attachment(ProductCard.Create(SampleCards.Coffee, l), ProductCard.ToText(SampleCards.Coffee, l)));
        yield return ("product-soldout", ProductCard.Name, l => MessageFactory.Attachment(ProductCard.Create(SampleCards.SoldOut, l), ProductCard.ToText(SampleCards.SoldOut, l)));
        yield return ("product-carousel", ProductCarousel.Name, l => MessageFactory.Carousel(ProductCarousel.Create([SampleCards.Coffee, SampleCards.Machine, SampleCards.SoldOut], l), ProductCarousel.ToText([SampleCards.Coffee, SampleCards.Machine, SampleCards.SoldOut], l)));
        yield return ("cart", CartCard.Name, l => MessageFactory.Attachment(CartCard.Create(SampleCards.Cart, l), CartCard.ToText(SampleCards.Cart, l)));
        yield return ("cart-empty", CartCard.Name, l => MessageFactory.Attachment(CartCard.Create(SampleCards.EmptyCart, l), CartCard.ToText(SampleCards.EmptyCart, l)));
        yield return ("order-receipt", OrderReceiptCard.Name, l => MessageFactory.Attachment(OrderReceiptCard.Create(SampleCards.Receipt, l), OrderReceiptCard.ToText(SampleCards.Receipt, l)));
        yield return ("order-status", OrderStatusCard.Name, l => MessageFactory.Attachment(OrderStatusCard.Create(SampleCards.Status, l), OrderStatusCard.ToText(SampleCards.Status, l)));
        yield return ("location", LocationCard.Name, l => MessageFactory.Attachment(LocationCard.Create(SampleCards.Boutique, l), LocationCard.ToText(SampleCards.Boutique, l)));
        yield return ("booking-confirmation", BookingConfirmationCard.Name, l => MessageFactory.Attachment(BookingConfirmationCard.Create(SampleCards.Booking, l), BookingConfirmationCard.ToText(SampleCards.Booking, l)));
        yield return ("menu", MenuCard.Name, l => MessageFactory.Attachment(MenuCard.Create(SampleCards.Menu, l), MenuCard.ToText(SampleCards.Menu, l)));
    }

    public static TheoryData<string, string, string> Table()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (name, _, _) in Cases())
        {
            foreach (var language in SampleCards.Languages)
            {
                foreach (var channel in new[] { MessengerChannels.Facebook, MessengerChannels.Instagram })
                {
                    data.Add(name, language, channel);
                }
            }
        }

        return data;
    }

    [Fact]
    public void Cases_CoverEveryTemplate()
    {
        Assert.Equal(CardTemplates.Names, Cases().Select(c => c.Template).Distinct().Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void Render_EveryCard_EveryLanguageAndChannel_IsAcceptedBySendApiRules(string name, string language, string channel)
    {
        var messages = Render(name, language, channel);
        Assert.NotEmpty(messages);
        foreach (var message in messages)
        {
            var body = new JObject { ["recipient"] = new JObject { ["id"] = "1" }, ["messaging_type"] = "RESPONSE", ["message"] = message };
            var problems = SendApiRules.CheckMessages(body, channel == MessengerChannels.Instagram);
            Assert.True(problems.Count == 0, $"{name} {language} {channel}: {string.Join("; ", problems)}\n{message}");
        }
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void Render_EveryCard_UsesTheTemplateOfItsRule(string name, string language, string channel)
    {
        var kinds = Render(name, language, channel).Select(Kind).ToList();
        string[] expected = (name, channel) switch
        {
            ("product" or "product-soldout" or "product-carousel" or "location", _) => ["generic"],
            ("order-receipt", MessengerChannels.Facebook) => ["receipt"],
            ("order-receipt", _) => ["button"],
            ("booking-confirmation" or "menu" or "cart" or "cart-empty" or "order-status", _) => ["button"],
            _ => throw new InvalidOperationException(name),
        };
        Assert.Equal(expected, kinds);
    }

    [Fact]
    public void Render_ProductCarousel_OneElementPerProduct_WithPostbacksCarryingTheSubmitData()
    {
        var payload = Payload(Assert.Single(Render("product-carousel", "fr", MessengerChannels.Facebook)));
        var expected = JObject.Parse($$"""
            {
              "template_type": "generic",
              "elements": [
                { "title": "Espresso Forte", "subtitle": "{{Euros(4.50m)}} · Intensité 11/13 · En stock", "image_url": "https://maisontasse.example/img/espresso-forte.jpg",
                  "buttons": [ { "type": "postback", "title": "Voir le détail", "payload": "{\"action\":\"showProduct\",\"sku\":\"MT-ESP-FORTE\"}" },
                               { "type": "postback", "title": "Ajouter au panier", "payload": "{\"action\":\"addToCart\",\"sku\":\"MT-ESP-FORTE\"}" } ] },
                { "title": "Machine Duo", "subtitle": "{{Euros(1249.00m)}} · En stock", "image_url": "https://maisontasse.example/img/duo.jpg",
                  "buttons": [ { "type": "postback", "title": "Voir le détail", "payload": "{\"action\":\"showProduct\",\"sku\":\"MT-MACH-DUO\"}" },
                               { "type": "postback", "title": "Ajouter au panier", "payload": "{\"action\":\"addToCart\",\"sku\":\"MT-MACH-DUO\"}" } ] },
                { "title": "Lungo Doux", "subtitle": "{{Euros(4.20m)}} · Intensité 5/13 · Rupture de stock",
                  "buttons": [ { "type": "postback", "title": "Voir le détail", "payload": "{\"action\":\"showProduct\",\"sku\":\"MT-LUN-DOUX\"}" } ] }
              ]
            }
            """);
        Assert.Equal(expected.ToString(), payload.ToString());
    }

    [Fact]
    public void Render_CarouselOfTwelve_PagesIntoTenThenTwo()
    {
        var products = Enumerable.Range(1, 12).Select(i => SampleCards.Coffee with { Sku = $"SKU-{i}", Name = $"Café {i}" }).ToList();
        var activity = (Activity)MessageFactory.Carousel(products.Select(p => ProductCarousel.Create([p], "fr")[0]).ToList());
        activity.ChannelId = MessengerChannels.Facebook;
        var messages = Renderer.Render(activity);
        Assert.Equal([10, 2], messages.Select(m => ((JArray)Payload(m)["elements"]!).Count));
    }

    [Fact]
    public void Render_Receipt_OnMessenger_IsTheReceiptTemplate()
    {
        var payload = Payload(Assert.Single(Render("order-receipt", "fr", MessengerChannels.Facebook, "Ana Silva")));
        var expected = JObject.Load(new Newtonsoft.Json.JsonTextReader(new StringReader($$"""
            {
              "template_type": "receipt",
              "recipient_name": "Ana Silva",
              "order_number": "MT-2025-0042",
              "currency": "EUR",
              "payment_method": "Paiement à la livraison",
              "timestamp": "1749907800",
              "summary": { "subtotal": 1258.00, "shipping_cost": 4.90, "total_cost": 1262.90 },
              "elements": [
                { "title": "Espresso Forte", "subtitle": "2 × {{Euros(4.50m)}}", "quantity": 2, "price": 9.00, "currency": "EUR" },
                { "title": "Machine Duo", "subtitle": "1 × {{Euros(1249.00m)}}", "quantity": 1, "price": 1249.00, "currency": "EUR" }
              ]
            }
            """)) { FloatParseHandling = Newtonsoft.Json.FloatParseHandling.Decimal });
        Assert.Equal(expected.ToString(), payload.ToString());
    }

    [Fact]
    public void Render_Receipt_OnInstagram_IsTheTextWithTheTrackButton()
    {
        var payload = Payload(Assert.Single(Render("order-receipt", "en", MessengerChannels.Instagram)));
        Assert.Equal(OrderReceiptCard.ToText(SampleCards.Receipt, "en"), (string?)payload["text"]);
        var button = Assert.Single((JArray)payload["buttons"]!);
        Assert.Equal("""{"action":"trackOrder","orderNumber":"MT-2025-0042"}""", (string?)button["payload"]);
        Assert.Equal("postback", (string?)button["type"]);
    }

    [Fact]
    public void Render_BookingConfirmation_IsAButtonTemplateWithItsTextAndTwoPostbacks()
    {
        var payload = Payload(Assert.Single(Render("booking-confirmation", "fr", MessengerChannels.Facebook)));
        Assert.Equal(BookingConfirmationCard.ToText(SampleCards.Booking, "fr"), (string?)payload["text"]);
        Assert.Equal(
            ["""{"action":"moveBooking","reference":"RES-7K2P"}""", """{"action":"cancelBooking","reference":"RES-7K2P"}"""],
            ((JArray)payload["buttons"]!).Select(b => (string?)b["payload"]));
    }

    [Fact]
    public void Render_Location_IsAGenericElementWithMapLinkAndBooking()
    {
        var payload = Payload(Assert.Single(Render("location", "en", MessengerChannels.Instagram)));
        var element = (JObject)Assert.Single((JArray)payload["elements"]!);
        Assert.Equal("Maison Tasse Marais", (string?)element["title"]);
        Assert.Equal("12 rue des Rosiers, 75004 Paris", (string?)element["subtitle"]);
        Assert.Equal(["web_url", "postback"], ((JArray)element["buttons"]!).Select(b => (string?)b["type"]));
        Assert.Equal("""{"action":"bookTable","boutiqueId":"paris-marais"}""", (string?)element["buttons"]![1]!["payload"]);
    }

    [Fact]
    public void Render_Menu_IsAButtonTemplateWithTheThreeChoices()
    {
        var payload = Payload(Assert.Single(Render("menu", "en", MessengerChannels.Facebook)));
        Assert.Equal("Hello, I'm the Maison Tasse assistant.\nHow can I help you?", (string?)payload["text"]);
        Assert.Equal(
            ["""{"action":"menu","choice":"information"}""", """{"action":"menu","choice":"shop"}""", """{"action":"menu","choice":"book"}"""],
            ((JArray)payload["buttons"]!).Select(b => (string?)b["payload"]));
    }

    [Fact]
    public void Render_CardWithItsTextAlternative_DoesNotSendTheTextTwice_ButKeepsWhatTheTextAdds()
    {
        var activity = (Activity)MessageFactory.Attachment(CartCard.Create(SampleCards.Cart, "fr"), CartCard.ToText(SampleCards.Cart, "fr") + "\nLivraison offerte dès 49 €.");
        activity.ChannelId = MessengerChannels.Facebook;
        var messages = Renderer.Render(activity);
        Assert.Equal("Livraison offerte dès 49 €.", (string?)messages[0]["text"]);
        Assert.Single(messages.Skip(1));
        Assert.Equal(CartCard.ToText(SampleCards.Cart, "fr"), (string?)Payload(messages[1])["text"]);
    }

    [Fact]
    public void Render_HeroCardWithManyChoices_IsTextAndQuickReplies()
    {
        var buttons = Enumerable.Range(1, 5).Select(i => new CardAction(ActionTypes.ImBack, $"Question {i}", value: $"Question {i}")).ToList();
        var activity = (Activity)MessageFactory.Attachment(new HeroCard(text: "Questions proches :", buttons: buttons).ToAttachment());
        activity.ChannelId = MessengerChannels.Facebook;
        var message = Assert.Single(Renderer.Render(activity));
        Assert.Equal("Questions proches :", (string?)message["text"]);
        Assert.Equal(5, ((JArray)message["quick_replies"]!).Count);
    }

    [Fact]
    public void Render_HeroCardWithLongButtonTitles_ListsThemInFullAboveTheShortenedButtons()
    {
        var buttons = new[] { "Où en est ma commande ?", "Retours" }.Select(q => new CardAction(ActionTypes.ImBack, q, value: q)).ToList();
        var activity = (Activity)MessageFactory.Attachment(new HeroCard(text: "Questions proches :", buttons: buttons).ToAttachment());
        activity.ChannelId = MessengerChannels.Facebook;
        var payload = Payload(Assert.Single(Renderer.Render(activity)));
        Assert.Equal("Questions proches :\n• Où en est ma commande ?", (string?)payload["text"]);
        Assert.Equal(["Où en est ma…", "Retours"], ((JArray)payload["buttons"]!).Select(b => (string?)b["title"]));
        Assert.Equal("Où en est ma commande ?", (string?)payload["buttons"]![0]!["payload"]);
    }

    [Fact]
    public void Render_CalendarDataUrl_OnMessenger_IsAFileToUpload_AndImageUrlSentByUrl()
    {
        var activity = (Activity)MessageFactory.Text("Voici");
        activity.ChannelId = MessengerChannels.Facebook;
        activity.Attachments = [
            new Attachment { ContentType = "text/calendar", ContentUrl = "data:text/calendar;base64,QkVHSU4=", Name = "reservation-MT-7K2QX.ics" },
            new Attachment { ContentType = "image/png", ContentUrl = "https://maisontasse.example/plan.png" },
        ];
        var messages = Renderer.Render(activity);
        Assert.Equal(3, messages.Count);
        Assert.Equal("file", (string?)messages[1]["attachment"]!["type"]);
        Assert.Null(messages[1]["attachment"]!["payload"]!["url"]);
        var (message, file) = MessengerFileUpload.Take(messages[1])!.Value;
        Assert.Null(message[MessengerFileUpload.Property]);
        Assert.Equal(("reservation-MT-7K2QX.ics", "text/calendar", "BEGIN"), (file.FileName, file.ContentType, System.Text.Encoding.UTF8.GetString(file.Content)));
        Assert.Equal("image", (string?)messages[2]["attachment"]!["type"]);
        Assert.Equal("https://maisontasse.example/plan.png", (string?)messages[2]["attachment"]!["payload"]!["url"]);
    }

    [Theory]
    [InlineData(MessengerChannels.Instagram, "data:text/calendar;base64,QkVHSU4=")]
    [InlineData(MessengerChannels.Facebook, "data:text/calendar;base64,not base64!")]
    public void Render_CalendarDataUrl_OnInstagramOrUnreadable_IsLeftOut(string channel, string dataUrl)
    {
        var activity = (Activity)MessageFactory.Text("Voici");
        activity.ChannelId = channel;
        activity.Attachments = [new Attachment { ContentType = "text/calendar", ContentUrl = dataUrl, Name = "reservation-MT-7K2QX.ics" }];
        Assert.Equal("Voici", (string?)Assert.Single(Renderer.Render(activity))["text"]);
    }

    private static IReadOnlyList<JObject> Render(string name, string language, string channel, string? customer = null)
    {
        var activity = (Activity)Cases().Single(c => c.Case == name).Activity(language);
        activity.ChannelId = channel;
        return Renderer.Render(activity, customer);
    }

    private static string Euros(decimal amount) => Majordome.Cards.Localization.CardFormat.Euros(amount, "fr");

    private static JObject Payload(JObject message) => (JObject)message["attachment"]!["payload"]!;

    private static string Kind(JObject message) => message["attachment"]?["payload"]?["template_type"]?.ToString() ?? (message["text"] is null ? "media" : "text");
}
