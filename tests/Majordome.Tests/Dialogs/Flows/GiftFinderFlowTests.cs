using Majordome.Bot.Content.Flows;
using Majordome.Dialogs.Flows;
using Majordome.Tests.Harness;

namespace Majordome.Tests.Dialogs.Flows;

/// <summary>The shipped gift finder (brand/flows/gift-finder.yaml), compiled and run through the real bot.</summary>
public sealed class GiftFinderFlowTests
{
    private static readonly Lazy<FlowCatalog> Shipped = new(() =>
    {
        var result = FlowLoader.Load(RepositoryRoot.BrandDirectory);
        Assert.True(result.Problems.Count == 0, string.Join(Environment.NewLine, result.Problems));
        return new FlowCatalog(result.Flows);
    });

    [Fact]
    public void ShippedFlows_LoadWithoutProblems()
    {
        Assert.Equal(["birthday-club", "birthday-offer", "gift-finder", "launch-lead", "machine-repair", "satisfaction-survey", "warranty-check"], Shipped.Value.Flows.Select(f => f.Id));
        var flow = Shipped.Value.Find("gift-finder")!;

        Assert.Equal("GIFT_FINDER", flow.Triggers.Payload);
        Assert.Equal("gift", flow.Triggers.Ref);
    }

    [Fact]
    public void ShippedSchema_IsReferencedByTheExample()
    {
        var example = File.ReadAllLines(Path.Combine(RepositoryRoot.BrandDirectory, "flows", "gift-finder.yaml"));

        Assert.Equal("# yaml-language-server: $schema=flow.schema.json", example[0]);
        Assert.True(File.Exists(Path.Combine(RepositoryRoot.BrandDirectory, "flows", "flow.schema.json")));
    }

    [Theory]
    [InlineData("fr-FR", "je cherche un cadeau", "Bonjour, je suis l'assistant de Maison Tasse.", "Trouvons ensemble le cadeau idéal !")]
    [InlineData("en-US", "any gift ideas?", "Hello, I'm the Maison Tasse assistant.", "Let's find the perfect gift together!")]
    public async Task FirstMessage_WithTheFlowsKeyword_GreetsAndStartsTheFlow(string locale, string first, string hello, string flowStart)
    {
        var harness = new ConversationHarness(flows: Shipped.Value, locale: locale);

        var reply = await harness.SendAsync(first);

        Assert.Equal(hello, reply.Messages[0].Text);
        Assert.Contains(flowStart, reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task French_KeywordThenBigBudgetForChristmas_RecommendsTheGiftBoxAndACarouselOfIntenseCoffees()
    {
        var harness = new ConversationHarness(flows: Shipped.Value);
        await harness.SendAsync("bonjour");

        var start = await harness.SendAsync("je cherche un cadeau");
        Assert.Contains("Trouvons ensemble le cadeau idéal !", start.Text, StringComparison.Ordinal);
        Assert.Contains("Quel est votre budget, en euros ?", start.Text, StringComparison.Ordinal);

        var taste = await harness.SendAsync("80");
        Assert.Contains("Quel café aime la personne ?", taste.Text, StringComparison.Ordinal);
        Assert.Contains("Décaféiné", taste.Text, StringComparison.Ordinal);

        var occasion = await harness.SendAsync("Corsé");
        Assert.Contains("C'est pour quelle occasion ?", occasion.Text, StringComparison.Ordinal);

        var end = await harness.SendAsync("Noël");
        Assert.Contains("Pour 80 € : le Coffret Grands Crus", end.Text, StringComparison.Ordinal);
        Assert.Contains("Et pour l'accompagner, nos cafés à son goût :", end.Text, StringComparison.Ordinal);
        var carousel = Assert.Single(end.Messages, m => m.Attachments?.Count > 0);
        Assert.Equal("carousel", carousel.AttachmentLayout);
        Assert.All(carousel.Attachments, a => Assert.Equal("product-carousel", a.Name));
        var skus = carousel.Attachments.Select(a => (string?)((Newtonsoft.Json.Linq.JObject)a.Properties["majordomeCardData"]!)["Sku"]).ToList();
        Assert.Contains("CAP-RISTRETTO", skus);
        Assert.DoesNotContain("CAP-LUNGO", skus);
        Assert.DoesNotContain("CAP-BRUNANTE-DECA", skus);
        Assert.InRange(skus.Count, 1, 5);
        Assert.Contains("Joyeux Noël !", end.Text, StringComparison.Ordinal);
        Assert.Contains("Comment puis-je vous aider", end.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task French_Decaf_ShowsOnlyDecafCoffees()
    {
        var harness = new ConversationHarness(flows: Shipped.Value);
        await harness.SendAsync("bonjour");
        await harness.SendAsync("cadeau");
        await harness.SendAsync("30");
        await harness.SendAsync("Décaféiné");

        var end = await harness.SendAsync("Un merci");

        var carousel = Assert.Single(end.Messages, m => m.Attachments?.Count > 0);
        var skus = carousel.Attachments.Select(a => (string?)((Newtonsoft.Json.Linq.JObject)a.Properties["majordomeCardData"]!)["Sku"]).ToList();
        Assert.Equal(["CAP-BRUNANTE-DECA"], skus);
    }

    [Fact]
    public async Task French_SmallBudget_TakesTheOtherBranch()
    {
        var harness = new ConversationHarness(flows: Shipped.Value);
        await harness.SendAsync("bonjour");
        await harness.SendAsync("une idée de cadeau ?");
        await harness.SendAsync("20");
        await harness.SendAsync("Doux");

        var end = await harness.SendAsync("Noël");

        Assert.Contains("Pour 20 € : le Duo de tasses Lungo", end.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Coffret", end.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task French_BigBudgetForAThankYou_TakesTheOtherBranch()
    {
        var harness = new ConversationHarness(flows: Shipped.Value);
        await harness.SendAsync("bonjour");
        await harness.SendAsync("cadeau");
        await harness.SendAsync("100");
        await harness.SendAsync("Corsé");

        var end = await harness.SendAsync("Un merci");

        Assert.Contains("le Duo de tasses Lungo", end.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BudgetOutOfRange_AsksAgainWithTheRetryText()
    {
        var harness = new ConversationHarness(flows: Shipped.Value);
        await harness.SendAsync("bonjour");
        await harness.SendAsync("cadeau");

        var retry = await harness.SendAsync("1000");

        Assert.Contains("Indiquez un montant entre 5 et 500 euros", retry.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Pour qui", retry.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task English_PayloadButton_StartsTheFlowInEnglish()
    {
        var harness = new ConversationHarness(locale: "en-US", flows: Shipped.Value);
        await harness.SendAsync("hello");

        var start = await harness.SendValueAsync(new { payload = "GIFT_FINDER" });
        Assert.Contains("Let's find the perfect gift together!", start.Text, StringComparison.Ordinal);
        Assert.Contains("What is your budget, in euros?", start.Text, StringComparison.Ordinal);

        var taste = await harness.SendAsync("75");
        Assert.Contains("What kind of coffee do they like?", taste.Text, StringComparison.Ordinal);
        Assert.Contains("Intense", taste.Text, StringComparison.Ordinal);

        await harness.SendAsync("Mild");
        var end = await harness.SendAsync("A birthday");
        // In English the gift is named as the English catalog names it.
        Assert.Contains("For €75: the Grands Crus gift box, our twelve finest coffees in a case.", end.Text, StringComparison.Ordinal);
        Assert.Contains("And to go with it, coffees to their taste:", end.Text, StringComparison.Ordinal);
        Assert.Single(end.Messages, m => m.Attachments?.Count > 0);
        // A birthday gift ends with a birthday wish, not "Merry Christmas".
        Assert.Contains("And happy birthday to them!", end.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Christmas", end.Text, StringComparison.Ordinal);
        Assert.Contains("How can I help you?", end.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task English_Keyword_StartsTheFlow()
    {
        var harness = new ConversationHarness(locale: "en-US", flows: Shipped.Value);
        await harness.SendAsync("hello");

        var start = await harness.SendAsync("I need a gift for my dad");

        Assert.Contains("What is your budget, in euros?", start.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TypedPayload_StartsTheFlow()
    {
        var harness = new ConversationHarness(flows: Shipped.Value);
        await harness.SendAsync("bonjour");

        var start = await harness.SendAsync("GIFT_FINDER");

        Assert.Contains("Quel est votre budget, en euros ?", start.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MessengerRefLink_OpensTheFlowWithAGreeting()
    {
        var harness = new ConversationHarness(channelId: "facebook", flows: Shipped.Value);
        var referral = new Microsoft.Bot.Schema.Activity
        {
            Type = Microsoft.Bot.Schema.ActivityTypes.Event,
            Name = Majordome.Dialogs.Conversations.ConversationStart.ReferralEventName,
            Value = new Newtonsoft.Json.Linq.JObject { ["ref"] = "gift", ["source"] = "SHORTLINK" },
            ChannelId = "facebook",
            Conversation = new Microsoft.Bot.Schema.ConversationAccount(id: "conversation-1"),
            From = new Microsoft.Bot.Schema.ChannelAccount("user-1", "Customer"),
            Recipient = new Microsoft.Bot.Schema.ChannelAccount("bot", "Majordome"),
            ServiceUrl = "https://test.invalid/",
        };

        var replies = await harness.ProcessAsync(referral);

        Assert.StartsWith("Bonjour", replies.Messages[0].Text, StringComparison.Ordinal);
        Assert.Equal("Quel est votre budget, en euros ?", replies.Last.Text);
    }

    [Fact]
    public async Task GetStartedWithTheRef_AndMenuItemWithTheId_OpenTheFlow()
    {
        var harness = new ConversationHarness(channelId: "facebook", flows: Shipped.Value);

        var started = await harness.SendValueAsync(new Newtonsoft.Json.Linq.JObject { ["action"] = "getStarted", ["ref"] = "gift" });
        Assert.Equal("Quel est votre budget, en euros ?", started.Last.Text);

        var again = await harness.SendValueAsync(new Newtonsoft.Json.Linq.JObject { ["action"] = "menu", ["choice"] = "gift-finder" });
        Assert.Equal("Quel est votre budget, en euros ?", again.Last.Text);
        Assert.DoesNotContain(again.Messages, m => m.Text?.StartsWith("Bonjour", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task WithoutFlows_TheKeywordIsAQuestionForTheInformationFlow()
    {
        var harness = new ConversationHarness();
        await harness.SendAsync("bonjour");

        var reply = await harness.SendAsync("je cherche un cadeau");

        Assert.DoesNotContain("Quel est votre budget", reply.Text, StringComparison.Ordinal);
    }
}
