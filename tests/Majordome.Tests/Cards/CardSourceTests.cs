using Majordome.Cards;
using Majordome.Cards.Bookings;
using Majordome.Cards.Boutiques;
using Majordome.Cards.Menu;
using Majordome.Cards.Orders;
using Majordome.Cards.Products;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Cards;

/// <summary>Every factory's attachment says which template it came from and carries its data, for channels that render natively.</summary>
public class CardSourceTests
{
    public static TheoryData<string> Templates => new(Majordome.Cards.Templates.CardTemplates.Names);

    [Theory]
    [MemberData(nameof(Templates))]
    public void Create_EveryFactory_CarriesItsTemplateNameAndData(string template)
    {
        var (attachment, data) = Create(template);
        Assert.True(AdaptiveCardAttachment.TryGetSource(attachment, out var name, out var carried));
        Assert.Equal(template, name);
        Assert.True(JToken.DeepEquals(JObject.FromObject(data), carried));
        Assert.Equal(AdaptiveCardAttachment.ContentType, attachment.ContentType);
    }

    [Fact]
    public void TryGetSource_SurvivesSerialization_AndRestoresTheTypedData()
    {
        var activity = new Activity { Type = ActivityTypes.Message, Attachments = [ReceiptAttachment()] };
        var copy = JsonConvert.DeserializeObject<Activity>(JsonConvert.SerializeObject(activity))!;
        Assert.True(AdaptiveCardAttachment.TryGetSource(copy.Attachments[0], out var name, out var data));
        Assert.Equal(OrderReceiptCard.Name, name);
        var receipt = data.ToObject<OrderReceiptCardData>()!;
        Assert.Equal(SampleCards.Receipt.OrderNumber, receipt.OrderNumber);
        Assert.Equal(SampleCards.Receipt.Totals, receipt.Totals);
        Assert.Equal(SampleCards.Receipt.Lines, receipt.Lines);
    }

    [Fact]
    public void TryGetSource_PlainCard_IsFalse()
    {
        Assert.False(AdaptiveCardAttachment.TryGetSource(AdaptiveCardAttachment.From(new JObject { ["type"] = "AdaptiveCard" }), out _, out _));
        Assert.False(AdaptiveCardAttachment.TryGetSource(new HeroCard(text: "x").ToAttachment(), out _, out _));
    }

    private static Attachment ReceiptAttachment() => OrderReceiptCard.Create(SampleCards.Receipt, "fr");

    private static (Attachment Attachment, object Data) Create(string template) => template switch
    {
        ProductCard.Name => (ProductCard.Create(SampleCards.Coffee, "fr"), SampleCards.Coffee),
        ProductCarousel.Name => (ProductCarousel.Create([SampleCards.Machine], "en")[0], SampleCards.Machine),
        CartCard.Name => (CartCard.Create(SampleCards.Cart, "fr"), SampleCards.Cart),
        OrderReceiptCard.Name => (ReceiptAttachment(), SampleCards.Receipt),
        OrderStatusCard.Name => (OrderStatusCard.Create(SampleCards.Status, "en"), SampleCards.Status),
        LocationCard.Name => (LocationCard.Create(SampleCards.Boutique, "fr"), SampleCards.Boutique),
        BookingConfirmationCard.Name => (BookingConfirmationCard.Create(SampleCards.Booking, "fr"), SampleCards.Booking),
        MenuCard.Name => (MenuCard.Create(SampleCards.Menu, "en"), SampleCards.Menu),
        _ => throw new ArgumentOutOfRangeException(nameof(template), template, "a new template needs a case here"),
    };
}
