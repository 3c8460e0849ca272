using System.Globalization;
using Majordome.Bot.Storage;
using Majordome.Dialogs.Anticipation;
using Majordome.Dialogs.Anticipation.Reorder;
using Majordome.Dialogs.Commerce;
using Majordome.Dialogs.Localization;
using Majordome.Tests.Harness;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Dialogs.Anticipation;

/// <summary>
/// Reorder reminders in conversation: scheduled when capsules are ordered (one per order), re-estimated by the next
/// order, the opt-in asked once after the first order, and "la même chose" (tapped or typed) reaching the summary.
/// </summary>
[Collection(Understanding.TrainedModelCollection.Name)]
public sealed class ReorderConversationTests
{
    private const string OptInQuestion = "Voulez-vous que je vous prévienne quand vos capsules devraient bientôt manquer ?";

    private readonly string _user = Guid.NewGuid().ToString("N");
    private readonly JsonMemoryStorage _storage = new();
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _time = new(ConversationHarness.DefaultNow);
    private readonly InMemoryProactiveScheduler _scheduler;
    private readonly InMemoryProactiveConsents _consents = new();
    private readonly AnticipationServices _anticipation;
    private readonly Understanding.TrainedModelFixture _model;

    // The trained recognizer, as customers get it: what they type at the opt-in question is read as in production.
    public ReorderConversationTests(Understanding.TrainedModelFixture model)
    {
        _model = model;
        _scheduler = new InMemoryProactiveScheduler(_time);
        _anticipation = new AnticipationServices(_scheduler, _consents, Options.Create(new AnticipationOptions()), _storage, _time);
    }

    private string Customer => $"webchat/{_user}";

    private ConversationHarness Visit(string conversationId = "first-visit") =>
        new(_storage, channelId: "webchat", userId: _user, conversationId: conversationId, time: _time, anticipation: _anticipation,
            recognizer: _model.Recognizer(_time), understanding: _model.Options, learnedLanguage: _model.Model.PredictLanguage);

    private static JObject AddToCart(string sku) => new() { ["action"] = "addToCart", ["sku"] = sku };

    /// <summary>Orders <paramref name="sleeves"/> sleeves of <paramref name="sku"/> delivered home, typing and tapping; returns the replies to "oui".</summary>
    private static async Task<Replies> OrderAsync(ConversationHarness harness, string sku, int sleeves)
    {
        await harness.SendAsync("bonjour");
        await harness.SendAsync("Acheter");
        await harness.SendValueAsync(AddToCart(sku));
        await harness.SendAsync(sleeves.ToString(CultureInfo.InvariantCulture));
        await harness.SendAsync("Commander");
        await harness.SendAsync("Livraison à domicile");
        await harness.SendAsync("12 rue de la Roquette, 75011 Paris");
        var summary = await harness.SendAsync("marie@exemple.fr");
        Assert.Contains("Je passe la commande ?", summary.Text);
        return await harness.SendAsync("oui");
    }

    [Fact]
    public async Task ThreeSleevesOrdered_OneReminder_DueThreeDaysBeforeThirtyCapsulesRunOut()
    {
        var receipt = await OrderAsync(Visit(), "CAP-ARPEGGIO", 3);

        var order = Assert.Single(await TestBrand.Services(_time).Orders.ListOrdersAsync(Customer));
        var job = Assert.Single(_scheduler.All);
        Assert.Equal(ProactiveKinds.Reorder, job.Request.Kind);
        Assert.Equal(ReorderScheduling.OnceKeyOf(order), job.Request.OnceKey);
        // 3 sleeves = 30 capsules at the brand's 2 cups a day: 15 days, minus the 3 days' lead.
        Assert.Equal(order.PlacedAt.AddDays(12), job.Request.DueAt);
        Assert.Equal((Customer, "webchat", "first-visit"), (job.Request.To.CustomerKey, job.Request.To.ChannelId, job.Request.To.ConversationId));
        Assert.Contains(OptInQuestion, receipt.Text);
    }

    [Fact]
    public async Task OptIn_TypedOui_StoresTheExactWordingShown()
    {
        var receipt = await OrderAsync(Visit(), "CAP-ARPEGGIO", 3);
        var question = receipt.Messages.Select(m => m.Text).Single(t => t?.Contains(OptInQuestion, StringComparison.Ordinal) == true);

        var answer = await Visit().SendAsync("oui");

        Assert.Contains("C'est noté", answer.Text);
        var grant = Assert.Single(_consents.Grants);
        Assert.Equal((Customer, ProactiveCategory.Marketing, question, _time.GetUtcNow()), grant);
    }

    [Fact]
    public async Task OptIn_TypedNonMerci_StoresNothing_AndTheNextOrderDoesNotAskAgain()
    {
        var harness = Visit();
        await OrderAsync(harness, "CAP-ARPEGGIO", 3);

        var declined = await harness.SendAsync("non merci");
        Assert.Contains("je ne vous écrirai pas", declined.Text);
        Assert.Empty(_consents.Grants);

        _time.Advance(TimeSpan.FromDays(20));
        var second = await OrderAsync(Visit("second-visit"), "CAP-LUNGO", 2);
        Assert.DoesNotContain(OptInQuestion, second.Text);
    }

    [Fact]
    public async Task OptIn_TheReceiptsTrackMyOrderClickedInstead_ShowsTheOrdersStatus_NotYesOrNo()
    {
        var harness = Visit();
        await OrderAsync(harness, "CAP-ARPEGGIO", 3);
        var order = Assert.Single(await TestBrand.Services(_time).Orders.ListOrdersAsync(Customer));

        var status = await harness.SendValueAsync(new JObject { ["action"] = "trackOrder", ["orderNumber"] = order.Number.ToString(CultureInfo.InvariantCulture) });

        Assert.Contains(status.Messages, m => m.Attachments?.Any(a => a.Name == "order-status") == true);
        Assert.DoesNotContain("oui ou par non", status.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(_consents.Grants);
    }

    [Fact]
    public async Task OptIn_ANewRequestTypedInstead_StartsIt_WithoutOfferingASwitch()
    {
        var harness = Visit();
        await OrderAsync(harness, "CAP-ARPEGGIO", 3);

        var table = await harness.SendAsync("je voudrais réserver une table pour 2 samedi");

        Assert.DoesNotContain("Vous étiez en train de", table.Text, StringComparison.Ordinal);
        Assert.Contains("boutique", table.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(_consents.Grants);
    }

    [Fact]
    public async Task SecondOrder_ReplacesThePendingReminder_WithTheCustomersOwnPace()
    {
        var harness = Visit();
        await OrderAsync(harness, "CAP-ARPEGGIO", 3);
        await harness.SendAsync("oui");
        _time.Advance(TimeSpan.FromDays(20));

        await OrderAsync(Visit("second-visit"), "CAP-LUNGO", 2);

        var jobs = _scheduler.All;
        Assert.Equal(2, jobs.Count);
        Assert.Equal((ProactiveJobStatus.Cancelled, ReorderScheduling.ReplacedReason), (jobs[0].Status, jobs[0].Outcome));
        Assert.Equal(ProactiveJobStatus.Pending, jobs[1].Status);
        // 30 capsules lasted 20 days (1.5 a day): the 20 just ordered last 13⅓ days, minus the 3 days' lead.
        var expected = _time.GetUtcNow() + TimeSpan.FromDays(20 / 1.5) - TimeSpan.FromDays(3);
        Assert.InRange(jobs[1].Request.DueAt, expected - TimeSpan.FromMinutes(1), expected + TimeSpan.FromMinutes(1));
        // The first order's reminder, were it still composed, no longer applies.
        Assert.Null(await new ReorderComposer(TestBrand.Services(_time).Orders, TestBrand.Services(_time).Catalog).ComposeAsync(jobs[0], CultureInfo.GetCultureInfo("fr-FR"), CancellationToken.None));
    }

    [Fact]
    public async Task DueReminder_OffersTheSameAgain_InTheCustomersLanguage_Once()
    {
        var harness = Visit();
        await OrderAsync(harness, "CAP-ARPEGGIO", 3);
        await harness.SendAsync("oui");
        var services = TestBrand.Services(_time);
        var greeting = new InMemoryProactiveGreeting(_scheduler, _consents, [new ReorderComposer(services.Orders, services.Catalog)], _time);

        Assert.Empty(await greeting.TakeDueAsync(Customer, CultureInfo.GetCultureInfo("fr-FR")));
        _time.Advance(TimeSpan.FromDays(12));
        var shown = Assert.Single(await greeting.TakeDueAsync(Customer, CultureInfo.GetCultureInfo("fr-FR")));

        var message = Assert.IsAssignableFrom<Microsoft.Bot.Schema.IMessageActivity>(shown);
        Assert.Contains("3 × Arpeggio", message.Text);
        Assert.Contains("devraient bientôt manquer", message.Text);
        Assert.Equal("La même chose", Assert.Single(message.SuggestedActions.Actions).Title);
        Assert.Empty(await greeting.TakeDueAsync(Customer, CultureInfo.GetCultureInfo("fr-FR")));

        var english = await new ReorderComposer(services.Orders, services.Catalog).ComposeAsync(_scheduler.All[0], CultureInfo.GetCultureInfo("en-US"), CancellationToken.None);
        var englishMessage = Assert.IsAssignableFrom<Microsoft.Bot.Schema.IMessageActivity>(Assert.Single(english!.Activities));
        Assert.Contains("running low", englishMessage.Text);
        Assert.Equal("Same again", Assert.Single(englishMessage.SuggestedActions.Actions).Title);
        Assert.Equal(ProactiveCategory.Marketing, english.Category);
    }

    [Theory]
    [InlineData(true, "La même chose")]
    [InlineData(false, "La même chose")]
    [InlineData(true, "oui, la même chose")]
    [InlineData(false, "Oui la même chose que la dernière fois stp")]
    public async Task NextVisit_TheSameAgain_TappedOrTyped_ReachesTheSummary_AndOuiOrdersIt(bool joinedFirst, string said)
    {
        var first = Visit();
        await OrderAsync(first, "CAP-ARPEGGIO", 3);
        await first.SendAsync("non merci");
        _time.Advance(TimeSpan.FromDays(12));

        var next = Visit("next-visit");
        if (joinedFirst)
        {
            await next.JoinAsync();
        }

        var summary = await next.SendAsync(said);

        Assert.Contains("J'ai mis dans votre panier la même chose que la dernière fois", summary.Text);
        Assert.Contains("livré au 12 rue de la Roquette, 75011 Paris", summary.Text);
        Assert.Contains("marie@exemple.fr", summary.Text);
        Assert.Contains("Je passe la commande ?", summary.Text);
        var placed = await next.SendAsync("oui");
        Assert.Contains("Votre numéro de commande est le", placed.Text);
        var orders = await TestBrand.Services(_time).Orders.ListOrdersAsync(Customer);
        Assert.Equal(2, orders.Count);
        Assert.Equal(orders[1].Lines, orders[0].Lines);
        Assert.Equal(orders[1].Delivery, orders[0].Delivery);
    }

    [Fact]
    public async Task TheSameAgain_WithSomethingInTheCart_AddsTheLastOrderToIt()
    {
        // Before: the cart was emptied first, and the two sleeves of Granit the customer had just asked for were lost.
        var first = Visit();
        await OrderAsync(first, "CAP-ARPEGGIO", 3);
        await first.SendAsync("non merci");
        _time.Advance(TimeSpan.FromDays(12));

        var browsing = Visit("browsing");
        await browsing.SendAsync("bonjour");
        await browsing.SendAsync("Acheter");
        await browsing.SendValueAsync(AddToCart("CAP-GRANIT"));
        Assert.Contains("Ajouté à votre panier : 2 × Granit", (await browsing.SendAsync("2")).Text);

        var next = Visit("next-visit");
        var summary = await next.SendAsync("La même chose");

        Assert.Contains("J'ai mis dans votre panier la même chose que la dernière fois", summary.Text);
        Assert.Contains("Ce qui était déjà dans votre panier y est toujours", summary.Text);
        Assert.Contains("Je passe la commande ?", summary.Text);
        await next.SendAsync("oui");
        var placed = (await TestBrand.Services(_time).Orders.ListOrdersAsync(Customer))[0];
        Assert.Equal([("CAP-ARPEGGIO", 3), ("CAP-GRANIT", 2)], placed.Lines.Select(l => (l.Sku, l.Quantity)).OrderBy(l => l.Sku, StringComparer.Ordinal));
    }

    [Fact]
    public async Task TheSameAgain_WithoutAnyEarlierOrder_SaysSo()
    {
        var replies = await Visit().SendAsync("la même chose que la dernière fois");

        Assert.Contains("Je ne trouve pas de commande précédente à refaire", replies.Text);
    }

    [Fact]
    public async Task PlacedOrder_KeepsTheCheckoutTurnsAddress_ForItsStatusUpdates()
    {
        await OrderAsync(Visit(), "CAP-ARPEGGIO", 3);
        var order = Assert.Single(await TestBrand.Services(_time).Orders.ListOrdersAsync(Customer));

        var address = await _anticipation.OrderAddresses!.FindAsync(order.Number);

        Assert.Equal((Customer, "webchat", _user, "first-visit", "fr-FR"), (address!.CustomerKey, address.ChannelId, address.UserId, address.ConversationId, address.Locale));
    }
}
