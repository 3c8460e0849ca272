using Majordome.Bot.Data;
using Majordome.Tests.Harness;
using Microsoft.Bot.Schema;

namespace Majordome.Tests.Dialogs.Conversations.Information;

/// <summary>The information conversation against the shipped FAQ, catalog and boutiques, in both languages.</summary>
public class InformationDialogTests
{
    [Theory]
    [InlineData("bonjour", "Combien coûte la livraison ?", "delivery")]
    [InlineData("bonjour", "je veux être remboursé", "returns")]
    [InlineData("bonjour", "comment recycler mes capsules", "recycling")]
    [InlineData("bonjour", "il faut détartrer ma machine tous les combien ?", "descaling")]
    [InlineData("bonjour", "où en est ma commande ?", "orders")]
    [InlineData("hello", "how much is delivery?", "delivery")]
    [InlineData("hello", "can I get a refund", "returns")]
    [InlineData("hello", "how do I recycle capsules", "recycling")]
    [InlineData("hello", "where is my order?", "orders")]
    public async Task Question_TypedAtTheMenu_IsAnsweredFromTheFaqWithFeedbackButtons(string greeting, string question, string topic)
    {
        var harness = new ConversationHarness(channelId: "webchat", userId: Guid.NewGuid().ToString());
        await harness.SendAsync(greeting);

        var replies = await harness.SendAsync(question);

        var language = greeting == "hello" ? "en" : "fr";
        var answered = harness.Services.Faq.Entries.Where(e => replies.Text.Contains(e.Answer.In(language), StringComparison.Ordinal)).ToList();
        Assert.True(answered.Count == 1, $"expected one {topic} answer, got: {replies.Text}");
        Assert.StartsWith(topic, answered[0].Id);
        Assert.Equal(2, replies.SuggestedActions.Count);
    }

    [Fact]
    public async Task Answer_OffersRelatedQuestionsAsButtons_AndClickingOneAnswersIt()
    {
        var harness = new ConversationHarness(channelId: "webchat", userId: Guid.NewGuid().ToString());
        await harness.SendAsync("bonjour");
        var answer = await harness.SendAsync("Combien coûte la livraison ?");

        var card = answer.Messages.SelectMany(m => m.Attachments ?? []).Single(a => a.ContentType == HeroCard.ContentType);
        var buttons = ((HeroCard)card.Content).Buttons;
        Assert.InRange(buttons.Count, 1, 3);

        var next = await harness.SendAsync((string)buttons[0].Value);

        var entry = harness.Services.Faq.Entries.Single(e => e.Question.Fr == (string)buttons[0].Value);
        Assert.Contains(entry.Answer.Fr, next.Text);
    }

    [Theory]
    [InlineData("Oui, merci", true, "Merci pour votre retour")]
    [InlineData("Pas vraiment", false, "Désolé")]
    public async Task Feedback_IsRecordedWithTheEntry(string click, bool helpful, string reply)
    {
        var user = Guid.NewGuid().ToString();
        var harness = new ConversationHarness(channelId: "webchat", userId: user);
        await harness.SendAsync("bonjour");
        await harness.SendAsync("Combien coûte la livraison ?");

        var replies = await harness.SendAsync(click);

        Assert.Contains(reply, replies.Text);
        var log = new SqlFeedbackLog(TestBrand.Database, harness.Time);
        var record = (await log.ReadAsync("answer", 1000)).First(r => r.CustomerKey == $"webchat/{user}");
        Assert.Equal(helpful, record.Helpful);
        Assert.StartsWith("delivery", record.EntryId);
    }

    [Theory]
    [InlineData("bonjour", "Quelle est la capitale du Pérou ?", "pas de réponse sûre")]
    [InlineData("hello", "what's the weather in Tokyo?", "don't have a reliable answer")]
    public async Task OutOfScope_SaysSoRecordsItAndOffersWaysOut(string greeting, string question, string expected)
    {
        var user = Guid.NewGuid().ToString();
        var harness = new ConversationHarness(channelId: "webchat", userId: user);
        await harness.SendAsync(greeting);

        var replies = await harness.SendAsync(question);

        Assert.Contains(expected, replies.Text);
        Assert.Equal(3, replies.SuggestedActions.Count);
        var unanswered = await new SqlFeedbackLog(TestBrand.Database, harness.Time).ReadAsync("unanswered", 1000);
        Assert.Contains(unanswered, r => r.CustomerKey == $"webchat/{user}" && r.Question == question);
    }

    [Fact]
    public async Task OutOfScope_ThenTalkToSomeone_RecordsTheRequest()
    {
        var user = Guid.NewGuid().ToString();
        var harness = new ConversationHarness(channelId: "webchat", userId: user);
        await harness.SendAsync("hello");
        await harness.SendAsync("what's the weather in Tokyo?");

        var replies = await harness.SendAsync("Talk to someone");

        Assert.Contains("noted that you'd like to talk to someone", replies.Text);
        var requests = await new SqlFeedbackLog(TestBrand.Database, harness.Time).ReadAsync("human", 1000);
        Assert.Contains(requests, r => r.CustomerKey == $"webchat/{user}");

        // The button offered after the unanswered question is that question's answer (issue 14: an offered
        // choice is never taken for something else): the request is recorded and the customer is back at the menu.
        Assert.Equal("Can I help you with anything else?", replies.Last.Text);
    }

    [Theory]
    [InlineData("bonjour", "parlez-moi de l'Arpeggio", "Arpeggio")]
    [InlineData("hello", "tell me about Ristretto", "Ristretto")]
    [InlineData("bonjour", "c'est quoi le arpegio ?", "Arpeggio")]
    public async Task ProductNamed_ShowsItsCard(string greeting, string question, string name)
    {
        var harness = new ConversationHarness(channelId: "webchat", userId: Guid.NewGuid().ToString());
        await harness.SendAsync(greeting);

        var replies = await harness.SendAsync(question);

        var card = replies.Messages.SelectMany(m => m.Attachments ?? []).Single();
        Assert.Equal("application/vnd.microsoft.card.adaptive", card.ContentType);
        Assert.Contains(name, card.Content.ToString());
    }

    [Theory]
    [InlineData("bonjour", "où est votre boutique de Lyon ?", "Lyon Bellecour", 1)]
    [InlineData("hello", "what are the opening hours in Bordeaux?", "Bordeaux Chartrons", 1)]
    [InlineData("bonjour", "êtes-vous ouverts dimanche ?", "Paris Opéra", 3)]
    public async Task BoutiqueQuestion_ShowsLocationCards(string greeting, string question, string boutique, int cards)
    {
        var harness = new ConversationHarness(channelId: "webchat", userId: Guid.NewGuid().ToString());
        await harness.SendAsync(greeting);

        var replies = await harness.SendAsync(question);

        var attachments = replies.Messages.SelectMany(m => m.Attachments ?? []).ToList();
        Assert.Equal(cards, attachments.Count);
        Assert.Contains(attachments, a => a.Content.ToString()!.Contains(boutique, StringComparison.Ordinal));
    }

    [Fact]
    public async Task LocationCard_OnATextChannel_HasAPlainTextFallback()
    {
        var harness = new ConversationHarness(channelId: "sms", userId: Guid.NewGuid().ToString());
        await harness.SendAsync("bonjour");

        var replies = await harness.SendAsync("adresse de la boutique de Lyon");

        Assert.Contains("Lyon", replies.Text);
        Assert.Contains("69", replies.Text);
    }

    [Theory]
    [InlineData("bonjour", "où en est ma commande {0} ?", "{0}")]
    [InlineData("hello", "where is my order #{0}?", "{0}")]
    public async Task OrderStatus_ForTheCustomersOwnOrder_ShowsItsStatusCard(string greeting, string question, string expected)
    {
        var user = Guid.NewGuid().ToString();
        var harness = new ConversationHarness(channelId: "webchat", userId: user);
        var number = await PlaceOrderAsync(harness, $"webchat/{user}");
        await harness.SendAsync(greeting);

        var replies = await harness.SendAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, question, number));

        var card = replies.Messages.SelectMany(m => m.Attachments ?? []).Single();
        Assert.Contains(string.Format(System.Globalization.CultureInfo.InvariantCulture, expected, number), card.Content.ToString());
    }

    [Theory]
    [InlineData("bonjour", "où en est ma commande {0} ?", "Je ne trouve pas de commande")]
    [InlineData("hello", "where is my order {0}?", "I can't find an order")]
    public async Task OrderStatus_OfAnotherCustomer_IsNotShown(string greeting, string question, string expected)
    {
        var harness = new ConversationHarness(channelId: "webchat", userId: Guid.NewGuid().ToString());
        var number = await PlaceOrderAsync(harness, "webchat/someone-else");
        await harness.SendAsync(greeting);

        var replies = await harness.SendAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, question, number));

        Assert.Contains(expected, replies.Text);
        Assert.Empty(replies.Messages.SelectMany(m => m.Attachments ?? []));
    }

    [Fact]
    public async Task OrderStatus_UnknownNumber_IsNotFound()
    {
        var harness = new ConversationHarness(channelId: "webchat", userId: Guid.NewGuid().ToString());
        await harness.SendAsync("hello");

        var replies = await harness.SendAsync("where is my order 99999999?");

        Assert.Contains("I can't find an order 99999999", replies.Text);
    }

    private static async Task<long> PlaceOrderAsync(ConversationHarness harness, string customer)
    {
        var product = harness.Services.Catalog.Products.First(p => p.Stock > 5);
        var result = await harness.Services.Orders.PlaceOrderAsync(new Majordome.Dialogs.Commerce.OrderRequest(
            customer, "fr", [new Majordome.Dialogs.Commerce.OrderLine(product.Sku, product.Name.Fr, product.Price, 1)],
            new Majordome.Dialogs.Commerce.Delivery(Majordome.Dialogs.Commerce.DeliveryMode.PickUp, BoutiqueId: "paris-opera"),
            "a@exemple.fr", 0m, Majordome.Dialogs.Commerce.PaymentMethod.AtPickUp));
        return ((Majordome.Dialogs.Commerce.PlaceOrderResult.Placed)result).Order.Number;
    }

    [Theory]
    [InlineData("bonjour", "quelle machine pour du lait ?")]
    [InlineData("hello", "which machine do you recommend for milk?")]
    public async Task WhichMachineForMilk_ShowsOnlyMachinesWithAMilkSystem(string greeting, string question)
    {
        var harness = new ConversationHarness(channelId: "webchat", userId: Guid.NewGuid().ToString());
        await harness.SendAsync(greeting);

        var replies = await harness.SendAsync(question);

        var cards = replies.Messages.SelectMany(m => m.Attachments ?? []).Select(a => a.Content.ToString()!).ToList();
        var withMilk = harness.Services.Catalog.Products.Where(p => p.Machine?.MilkSystem == true && p.InStock).ToList();
        Assert.Equal(withMilk.Count, cards.Count);
        Assert.All(withMilk, p => Assert.Contains(cards, c => c.Contains(p.Sku, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task StrongCoffee_ShowsTheMostIntenseCapsulesFirst()
    {
        var harness = new ConversationHarness(channelId: "webchat", userId: Guid.NewGuid().ToString());
        await harness.SendAsync("bonjour");

        var replies = await harness.SendAsync("quel café intense me conseillez-vous ?");

        var first = replies.Messages.SelectMany(m => m.Attachments ?? []).First().Content.ToString()!;
        var strongest = harness.Services.Catalog.Products.Where(p => p.Capsule is not null && p.InStock).MaxBy(p => p.Capsule!.Intensity)!;
        Assert.Contains(strongest.Sku, first);
    }
}
