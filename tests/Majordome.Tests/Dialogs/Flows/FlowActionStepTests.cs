using Majordome.Bot.Content.Flows;
using Majordome.Dialogs.Flows;
using Majordome.Dialogs.Flows.Actions;
using Majordome.Tests.Bot.Content.Flows;
using Majordome.Tests.Dialogs.Flows.Actions;
using Majordome.Tests.Harness;

namespace Majordome.Tests.Dialogs.Flows;

/// <summary>Action and card steps run through the real bot: outputs into variables, failures never shown, on-error steps.</summary>
public sealed class FlowActionStepTests : IDisposable
{
    private readonly TempFlowFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task ThrowingAction_RunsOnErrorSteps_SetsOkFalse_AndTheFlowGoesOn()
    {
        var harness = Start("""
              - action: explode
                into: { result: value }
                on-error:
                  - say: { fr: "Plan B ({explode_ok})", en: "Plan B ({explode_ok})" }
              - say: { fr: "Suite [{result}]", en: "Next [{result}]" }
            """, new ThrowingAction());
        await harness.SendAsync("bonjour");

        var replies = await harness.SendAsync("TEST_FLOW");

        Assert.Contains("Plan B (✗)", replies.Text, StringComparison.Ordinal);
        Assert.Contains("Suite []", replies.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("boom", replies.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("désolé", replies.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SucceedingAction_SkipsOnErrorSteps_AndMapsItsOutputs()
    {
        var harness = Start("""
              - action: add-to-cart
                with: { product: Ristretto, quantity: "2" }
                into: { added: name, count: in_cart }
                on-error:
                  - say: { fr: Plan B, en: Plan B }
              - say: { fr: "{count} × {added} ({add_to_cart_ok})", en: "{count} × {added}" }
            """);
        await harness.SendAsync("bonjour");

        var replies = await harness.SendAsync("TEST_FLOW");

        Assert.Contains("2 × Ristretto (✓)", replies.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Plan B", replies.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddToCart_UnknownProduct_Fails()
    {
        var harness = Start("""
              - action: add-to-cart
                with: { product: Nothing like it }
              - say: { fr: "ok={add_to_cart_ok}", en: "ok={add_to_cart_ok}" }
            """);
        await harness.SendAsync("bonjour");

        var replies = await harness.SendAsync("TEST_FLOW");

        Assert.Contains("ok=✗", replies.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddToCart_PutsTheProductInTheShopsCart()
    {
        var harness = Start("""
              - action: add-to-cart
                with: { product: CAP-LUNGO }
            """);
        await harness.SendAsync("bonjour");
        await harness.SendAsync("TEST_FLOW");

        var items = await harness.Storage.ReadAsync(["test/users/user-1"]);
        var state = (Newtonsoft.Json.Linq.JObject)Newtonsoft.Json.Linq.JToken.FromObject(items["test/users/user-1"]);
        var cart = state["Cart"]!.ToObject<Majordome.Dialogs.Commerce.Cart>()!;
        Assert.Equal(1, cart.QuantityOf("CAP-LUNGO"));
    }

    [Fact]
    public async Task Tag_TwiceTheSameTag_IsKeptOnce_AndAnInvalidTagFails()
    {
        var harness = Start("""
              - action: tag
                with: { tag: VIP }
              - action: tag
                with: { tag: vip }
                into: { count: tags }
              - action: tag
                with: { tag: "two words" }
              - say: { fr: "{count} {tag_ok}", en: "{count} {tag_ok}" }
            """);
        await harness.SendAsync("bonjour");

        var replies = await harness.SendAsync("TEST_FLOW");

        Assert.Contains("1 ✗", replies.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Book_EndsTheFlowIntoTheBookingPrefilled()
    {
        var harness = Start("""
              - action: book
                with: { boutique: lyon-bellecour, people: "4" }
              - say: { fr: Jamais dit, en: Never said }
            """);
        await harness.SendAsync("bonjour");

        var replies = await harness.SendAsync("TEST_FLOW");

        Assert.DoesNotContain("Jamais dit", replies.Text, StringComparison.Ordinal);
        // Boutique and party size are known: the booking asks straight for the moment.
        Assert.Equal("Quand souhaitez-vous venir ?", replies.Last.Text.Split(" Par exemple")[0]);
    }

    [Fact]
    public async Task Book_DateWithoutTime_AsksOnlyTheTimeWithThatDaysFreeTimes()
    {
        var harness = Start("""
              - action: book
                with: { boutique: lyon-bellecour, people: "2", date: "2026-11-28" }
            """);
        await harness.SendAsync("bonjour");

        var replies = await harness.SendAsync("TEST_FLOW");

        Assert.Equal("À quelle heure le samedi 28 novembre ? Ces horaires sont libres :", replies.Last.Text);
        Assert.Equal(6, replies.SuggestedActions.Count);
    }

    [Fact]
    public async Task Book_UnknownBoutique_FailsAndTheFlowGoesOn()
    {
        var harness = Start("""
              - action: book
                with: { boutique: Atlantis }
              - say: { fr: "book={book_ok}", en: "book={book_ok}" }
            """);
        await harness.SendAsync("bonjour");

        var replies = await harness.SendAsync("TEST_FLOW");

        Assert.Contains("book=✗", replies.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Webhook_MapsTheAnswerIntoVariables_AndATimeoutIsAFailure()
    {
        await using var server = await FakeWebhookServer.StartAsync();
        server.Answer("/status", 200, """{ "order": { "status": "expédiée" } }""");
        server.Answer("/slow", 200, "{}", TimeSpan.FromSeconds(10));
        var harness = Start($$"""
              - ask: number
                var: order
                prompt: { fr: Numéro ?, en: Number? }
              - action: webhook
                with: { url: "{{server.BaseUrl}}status", order: "{order}" }
                into: { status: order.status }
              - say: { fr: "Commande {order} : {status}", en: "Order {order}: {status}" }
              - action: webhook
                with: { url: "{{server.BaseUrl}}slow", timeout: "1" }
                on-error:
                  - say: { fr: Service indisponible, en: Service unavailable }
            """);
        await harness.SendAsync("bonjour");
        await harness.SendAsync("TEST_FLOW");

        var replies = await harness.SendAsync("1042");

        Assert.Contains("Commande 1042 : expédiée", replies.Text, StringComparison.Ordinal);
        Assert.Contains("Service indisponible", replies.Text, StringComparison.Ordinal);
        Assert.Equal("""{"order":1042.0}""".Replace(".0", string.Empty, StringComparison.Ordinal), server.Requests[0].Body.Replace(".0", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Webhook_CustomersAnswerInTheUrl_StaysOnePieceOfThePath()
    {
        await using var server = await FakeWebhookServer.StartAsync();
        var harness = Start($$"""
              - ask: text
                var: reference
                prompt: { fr: Référence ?, en: Reference? }
              - action: webhook
                with: { url: "{{server.BaseUrl}}orders/{reference}" }
            """);
        await harness.SendAsync("bonjour");
        await harness.SendAsync("TEST_FLOW");

        await harness.SendAsync("../admin?delete=all#x");

        var request = Assert.Single(server.Requests);
        Assert.StartsWith("/orders/", request.Path, StringComparison.Ordinal);
        Assert.Contains("admin", request.Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CustomAction_ArgumentNamedUrl_IsFilledAsTextNotAsAnAddress()
    {
        // Only the webhook's url is an address (its variables percent-encoded); another action's "url" is its own business.
        var echo = new EchoAction();
        var harness = Start("""
              - ask: text
                var: note
                prompt: { fr: Votre note ?, en: Your note? }
              - action: echo
                with: { url: "Note : {note}" }
                into: { said: url }
              - say: { fr: "[{said}]", en: "[{said}]" }
            """, echo);
        await harness.SendAsync("bonjour");
        await harness.SendAsync("TEST_FLOW");

        var replies = await harness.SendAsync("très bien & rapide");

        Assert.Contains("[Note : très bien & rapide]", replies.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Card_BindsATemplateWithTheFlowsVariables()
    {
        var harness = Start("""
              - set: who
                value: '"Marie"'
              - card: location
                data: { name: "Chez {who}", address: 1 rue du Café }
            """);
        await harness.SendAsync("bonjour");

        var replies = await harness.SendAsync("TEST_FLOW");

        var attachment = Assert.Single(replies.Messages.SelectMany(m => m.Attachments ?? []));
        Assert.Equal("location", attachment.Name);
        Assert.Contains("Chez Marie", attachment.Content!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProductCarousel_NoProductMatches_SaysTheEmptyText()
    {
        var harness = Start("""
              - card: product-carousel
                products:
                  where: price < 1
                  empty: { fr: Rien à moins d'un euro., en: Nothing under one euro. }
            """);
        await harness.SendAsync("bonjour");

        var replies = await harness.SendAsync("TEST_FLOW");

        Assert.Contains("Rien à moins d'un euro.", replies.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(replies.Messages, m => m.Attachments?.Count > 0);
    }

    [Fact]
    public async Task ProductCarousel_TakesTheLimit()
    {
        var harness = Start("""
              - card: product-carousel
                products:
                  where: category == "machines"
                  limit: 2
            """);
        await harness.SendAsync("bonjour");

        var replies = await harness.SendAsync("TEST_FLOW");

        var carousel = Assert.Single(replies.Messages, m => m.Attachments?.Count > 0);
        Assert.Equal(2, carousel.Attachments.Count);
    }

    private ConversationHarness Start(string steps, params IFlowAction[] extra)
    {
        var indented = string.Join('\n', steps.Split('\n').Select(l => l.Length == 0 ? l : l));
        _folder.Write("test.yaml", "id: test-flow\ntitle: { fr: Test, en: Test }\ntriggers:\n  payload: TEST_FLOW\nsteps:\n" + indented + "\n");
        var actions = BuiltInFlowActions.Signatures.Concat(extra.Select(FlowActionSignature.Of)).ToList();
        var result = FlowLoader.Load(_folder.Directory, actions);
        Assert.True(result.Problems.Count == 0, string.Join(Environment.NewLine, result.Problems));
        return new ConversationHarness(flows: new FlowCatalog(result.Flows), database: TestBrand.NewDatabase(), extraFlowActions: extra);
    }

    /// <summary>Gives back its "url" argument as it received it.</summary>
    private sealed class EchoAction : IFlowAction
    {
        public string Name => "echo";

        public IReadOnlyList<string> RequiredArguments => ["url"];

        public Task<FlowActionResult> ExecuteAsync(FlowActionContext context, CancellationToken cancellationToken) =>
            Task.FromResult(FlowActionResult.Ok(new Dictionary<string, object?> { ["url"] = context.Text("url") }));
    }

    private sealed class ThrowingAction : IFlowAction
    {
        public string Name => "explode";

        public IReadOnlyList<string> RequiredArguments => [];

        public Task<FlowActionResult> ExecuteAsync(FlowActionContext context, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("boom: marie@example.com");
    }
}
