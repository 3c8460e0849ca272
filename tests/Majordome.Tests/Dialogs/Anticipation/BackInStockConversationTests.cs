using Majordome.Bot.Storage;
using Majordome.Dialogs.Anticipation;
using Majordome.Dialogs.Anticipation.BackInStock;
using Majordome.Tests.Harness;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Dialogs.Anticipation;

/// <summary>
/// "Prévenez-moi" in conversation: offered wherever the shop finds a product sold out, accepted by its button or in
/// the customer's own words, stored once per customer and product with the address to write to and the exact
/// sentence they accepted; not offered where no waiting list is kept.
/// </summary>
public sealed class BackInStockConversationTests
{
    private const string Offer = "Voulez-vous que je vous prévienne dès que Minuit sera de retour en stock ?";

    private readonly string _user = Guid.NewGuid().ToString("N");
    private readonly JsonMemoryStorage _storage = new();
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _time = new(ConversationHarness.DefaultNow);
    private readonly InMemoryStockWaitingList _waitingList = new();
    private readonly AnticipationServices _anticipation;

    public BackInStockConversationTests()
    {
        var scheduler = new InMemoryProactiveScheduler(_time);
        _anticipation = new AnticipationServices(scheduler, new InMemoryProactiveConsents(), Options.Create(new AnticipationOptions()), _storage, _time, _waitingList);
    }

    private ConversationHarness Visit(AnticipationServices? anticipation = null) =>
        new(_storage, channelId: "webchat", userId: _user, conversationId: "visit-1", time: _time, anticipation: anticipation ?? _anticipation);

    private static JObject AddToCart(string sku) => new() { ["action"] = "addToCart", ["sku"] = sku };

    [Fact]
    public async Task SoldOutProduct_OffersNotifyMe_TheButtonPutsTheCustomerOnTheListOnce_WithTheSentenceShown()
    {
        var harness = Visit();
        await harness.SendAsync("bonjour");
        await harness.SendAsync("Acheter");

        var soldOut = await harness.SendValueAsync(AddToCart("CAP-MINUIT"));

        Assert.Contains("Minuit est en rupture de stock", soldOut.Text);
        Assert.Contains(Offer, soldOut.Text);
        Assert.Equal("Prévenez-moi", soldOut.SuggestedActions[0]);

        var accepted = await harness.SendAsync("Prévenez-moi");

        Assert.Contains("C'est noté : je vous préviendrai dès que Minuit sera de retour en stock.", accepted.Text);
        Assert.DoesNotContain("Prévenez-moi", accepted.SuggestedActions);
        var waiter = Assert.Single(_waitingList.All);
        Assert.Equal(("CAP-MINUIT", $"webchat/{_user}", "webchat", "visit-1", "fr-FR"), (waiter.Sku, waiter.To.CustomerKey, waiter.To.ChannelId, waiter.To.ConversationId, waiter.To.Locale));
        Assert.Equal(Offer + " [Prévenez-moi]", waiter.Wording);
        Assert.Equal(_time.GetUtcNow(), waiter.AskedAt);

        // Asked again, typed this time: still one entry, and the customer is told they are on the list.
        await harness.SendValueAsync(AddToCart("CAP-MINUIT"));
        var again = await harness.SendAsync("oui tenez-moi au courant");

        Assert.Contains("Vous êtes déjà sur la liste", again.Text);
        Assert.Single(_waitingList.All);
    }

    [Theory]
    [InlineData("3 étuis de minuit", "prévenez-moi quand il revient")]
    [InlineData("minuit", "oui tenez-moi au courant")]
    public async Task SoldOutNamedInASentence_TypedAnswer_PutsTheCustomerOnTheList(string asked, string answer)
    {
        var harness = Visit();
        await harness.SendAsync("bonjour");
        await harness.SendAsync("Acheter");

        Assert.Contains(Offer, (await harness.SendAsync(asked)).Text);
        var accepted = await harness.SendAsync(answer);

        Assert.Contains("C'est noté", accepted.Text);
        Assert.Equal("CAP-MINUIT", Assert.Single(_waitingList.All).Sku);
    }

    [Fact]
    public async Task InEnglish_NotifyMe_IsOfferedAndUnderstood()
    {
        var harness = Visit();
        await harness.SendAsync("hello");
        await harness.SendAsync("Shop");

        var soldOut = await harness.SendValueAsync(AddToCart("MAC-ESCALE"));
        Assert.Contains("Would you like me to let you know as soon as Escale is back in stock?", soldOut.Text);
        Assert.Equal("Notify me", soldOut.SuggestedActions[0]);
        var accepted = await harness.SendAsync("let me know when it's back");

        Assert.Contains("Noted: I'll let you know as soon as Escale is back in stock.", accepted.Text);
        Assert.Equal("MAC-ESCALE", Assert.Single(_waitingList.All).Sku);
    }

    [Fact]
    public async Task SoldOutWhileItsQuantityWasAsked_TheShopSaysSo_AndOffersNotifyMe_InsteadOfAskingAgain()
    {
        // Its own database: the product's stock is set to 0 between the question and the answer.
        using var file = new Majordome.Tests.Bot.Storage.TempSqliteFile();
        var database = new Majordome.Bot.Data.BusinessDatabase(file.Options);
        var harness = new ConversationHarness(_storage, channelId: "webchat", userId: _user, conversationId: "visit-1", time: _time, database: database, anticipation: _anticipation);
        await harness.SendAsync("bonjour");
        await harness.SendAsync("Acheter");
        await harness.SendValueAsync(AddToCart("MAC-ATELIER"));
        await new Majordome.Bot.Data.SqlOrderStore(database, _time).SetStockAsync("MAC-ATELIER", 0);

        var soldOut = await harness.SendAsync("1");

        Assert.Contains("Atelier est en rupture de stock", soldOut.Text);
        Assert.Contains("Voulez-vous que je vous prévienne dès que Atelier sera de retour en stock ?", soldOut.Text);
        Assert.Equal("Prévenez-moi", soldOut.SuggestedActions[0]);
        Assert.Contains("C'est noté", (await harness.SendAsync("Prévenez-moi")).Text);
        Assert.Equal("MAC-ATELIER", Assert.Single(_waitingList.All).Sku);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task NoWaitingListKept_NothingIsOffered()
    {
        var withoutList = new AnticipationServices(new InMemoryProactiveScheduler(_time), new InMemoryProactiveConsents(), Options.Create(new AnticipationOptions()), _storage, _time);
        var harness = Visit(withoutList);
        await harness.SendAsync("bonjour");
        await harness.SendAsync("Acheter");

        var soldOut = await harness.SendValueAsync(AddToCart("CAP-MINUIT"));

        Assert.Contains("Minuit est en rupture de stock", soldOut.Text);
        Assert.DoesNotContain("prévienne", soldOut.Text);
        Assert.DoesNotContain("Prévenez-moi", soldOut.SuggestedActions);
    }
}
