using Majordome.Bot.Anticipation;
using Majordome.Bot.Content.Flows;
using Majordome.Bot.Data;
using Majordome.Dialogs.Anticipation;
using Majordome.Dialogs.Flows;
using Majordome.Tests.Bot.Content.Flows;
using Majordome.Tests.Dialogs.Anticipation;
using Majordome.Tests.Harness;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Majordome.Tests.Dialogs.Flows;

/// <summary>
/// The notify-when step run through the real bot on the real SQLite waiting list (the one the shop's "Prévenez-moi"
/// fills): one row per customer and product with the words shown, nothing for a product in stock, and the flow goes on.
/// </summary>
public sealed class FlowNotifyWhenStepTests : IDisposable
{
    private const string Customer = "test/user-1";
    private const string Next = "Autre chose ?";
    private const string Added = "C'est noté : je vous préviendrai dès que Minuit sera de retour en stock. Vous pourrez écrire « stop » à tout moment.";

    private readonly TempFlowFolder _folder = new();
    private readonly FakeTimeProvider _time = new(ConversationHarness.DefaultNow);
    private readonly BusinessDatabase _database = TestBrand.NewDatabase();
    private readonly SqlStockWaitingList _waitingList;

    public FlowNotifyWhenStepTests()
    {
        _waitingList = new SqlStockWaitingList(_database);
        File.Copy(Path.Combine(RepositoryRoot.BrandDirectory, "catalog.yaml"), Path.Combine(_folder.Directory, "catalog.yaml"));
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task NotifyWhen_SoldOutProduct_StoresOneRowWithTheWordsShown_AndTheFlowGoesOn()
    {
        var harness = Start("  - notify-when: { back-in-stock: CAP-MINUIT }\n");
        await harness.SendAsync("bonjour");

        var replies = await harness.SendAsync("TEST_FLOW");

        Assert.Equal([Added, Next], replies.Messages.Take(2).Select(m => m.Text));
        var waiter = await _waitingList.FindAsync(Customer, "CAP-MINUIT");
        Assert.NotNull(waiter);
        Assert.Equal((Added, _time.GetUtcNow(), "test", "conversation-1"), (waiter.Wording, waiter.AskedAt, waiter.To.ChannelId, waiter.To.ConversationId));
    }

    [Fact]
    public async Task NotifyWhen_Twice_IsOneRow_AndSaysTheCustomerIsAlreadyOnTheList()
    {
        var harness = Start("  - notify-when: { back-in-stock: CAP-MINUIT }\n");
        await harness.SendAsync("bonjour");
        await harness.SendAsync("TEST_FLOW");
        _time.Advance(TimeSpan.FromMinutes(5));

        var again = await harness.SendAsync("TEST_FLOW");

        Assert.Equal(["Vous êtes déjà sur la liste : je vous préviendrai dès que Minuit sera de retour en stock.", Next], again.Messages.Take(2).Select(m => m.Text));
        var waiter = Assert.Single(await _waitingList.ListWaitingAsync("CAP-MINUIT"));
        Assert.Equal((Added, ConversationHarness.DefaultNow), (waiter.Wording, waiter.AskedAt));
    }

    [Fact]
    public async Task NotifyWhen_VariableAndOwnWords_StoresTheProductChosen_WithThoseWords()
    {
        var harness = Start("""
              - ask: choice
                var: product
                prompt: { fr: Quel produit ?, en: Which product? }
                options:
                  - { value: CAP-MINUIT, title: { fr: Minuit, en: Minuit } }
                  - { value: MAC-ESCALE, title: { fr: Escale, en: Escale } }
              - notify-when:
                  back-in-stock: "{product}"
                  say: { fr: "Promis, on vous écrit pour {product}.", en: "Promised, we'll write about {product}." }

            """);
        await harness.SendAsync("bonjour");
        await harness.SendAsync("TEST_FLOW");

        var replies = await harness.SendAsync("Escale");

        Assert.Equal(["Promis, on vous écrit pour Escale.", Next], replies.Messages.Take(2).Select(m => m.Text));
        Assert.Equal("Promis, on vous écrit pour Escale.", (await _waitingList.FindAsync(Customer, "MAC-ESCALE"))?.Wording);
        Assert.Null(await _waitingList.FindAsync(Customer, "CAP-MINUIT"));
    }

    [Theory]
    [InlineData(null, "Arpeggio est disponible en ce moment.", Next)]
    [InlineData("en-US", "Arpeggio is available right now.", "Anything else?")]
    public async Task NotifyWhen_ProductInStock_StoresNothing_AndSaysItIsAvailable(string? locale, string said, string next)
    {
        var harness = Start("  - notify-when: { back-in-stock: CAP-ARPEGGIO }\n", locale: locale);
        await harness.SendAsync(locale is null ? "bonjour" : "hello");

        var replies = await harness.SendAsync("TEST_FLOW");

        Assert.Equal([said, next], replies.Messages.Take(2).Select(m => m.Text));
        Assert.Null(await _waitingList.FindAsync(Customer, "CAP-ARPEGGIO"));
    }

    [Fact]
    public async Task NotifyWhen_LiveStockSoldOut_ThoughTheCatalogListsSome_StoresTheRow()
    {
        var harness = Start("  - notify-when: { back-in-stock: CAP-ARPEGGIO }\n");
        await new SqlOrderStore(_database, _time).SetStockAsync("CAP-ARPEGGIO", 0);
        await harness.SendAsync("bonjour");

        var replies = await harness.SendAsync("TEST_FLOW");

        Assert.StartsWith("C'est noté : je vous préviendrai dès que Arpeggio sera de retour en stock.", replies.Messages[0].Text, StringComparison.Ordinal);
        Assert.NotNull(await _waitingList.FindAsync(Customer, "CAP-ARPEGGIO"));
    }

    [Fact]
    public async Task NotifyWhen_NoWaitingList_SaysNothingOfIt_AndTheFlowGoesOn()
    {
        var harness = Start("  - notify-when: { back-in-stock: CAP-MINUIT }\n", withWaitingList: false);
        await harness.SendAsync("bonjour");

        var replies = await harness.SendAsync("TEST_FLOW");

        Assert.Equal([Next], replies.Messages.Take(1).Select(m => m.Text));
        Assert.Null(await _waitingList.FindAsync(Customer, "CAP-MINUIT"));
    }

    private ConversationHarness Start(string steps, bool withWaitingList = true, string? locale = null)
    {
        _folder.Write("test.yaml", "id: test-flow\ntitle: { fr: Test, en: Test }\ntriggers:\n  payload: TEST_FLOW\nsteps:\n" + steps + "  - say: { fr: Autre chose ?, en: Anything else? }\n");
        var result = FlowLoader.Load(_folder.Directory);
        Assert.True(result.Problems.Count == 0, string.Join(Environment.NewLine, result.Problems));
        var anticipation = withWaitingList
            ? new AnticipationServices(new InMemoryProactiveScheduler(_time), new InMemoryProactiveConsents(), Options.Create(new AnticipationOptions()), time: _time, waitingList: _waitingList)
            : null;
        return new ConversationHarness(flows: new FlowCatalog(result.Flows), database: _database, time: _time, anticipation: anticipation, locale: locale);
    }
}
