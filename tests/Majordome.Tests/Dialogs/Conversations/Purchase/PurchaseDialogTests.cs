using Majordome.Bot.Storage;
using Majordome.Dialogs.Commerce;
using Majordome.Tests.Harness;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Dialogs.Conversations.Purchase;

/// <summary>The shop, from the menu to the receipt, against the shipped catalog and a real SQLite database.</summary>
public class PurchaseDialogTests
{
    private static JObject AddToCart(string sku) => new() { ["action"] = "addToCart", ["sku"] = sku };

    [Fact]
    public async Task Purchase_InFrench_FromTheMenuToTheReceipt()
    {
        var user = Guid.NewGuid().ToString();
        var harness = new ConversationHarness(channelId: "webchat", userId: user);
        var stockBefore = await harness.Services.Orders.GetStockAsync("CAP-ARPEGGIO");
        await harness.SendAsync("bonjour");

        var categories = await harness.SendAsync("Acheter");
        Assert.Equal(["Capsules", "Machines", "Accessoires"], categories.SuggestedActions);

        var browse = await harness.SendAsync("Capsules");
        Assert.Equal(10, browse.Messages[0].Attachments.Count);
        Assert.Equal("carousel", browse.Messages[0].AttachmentLayout);
        Assert.Contains("Plus de produits", browse.SuggestedActions);

        var quantity = await harness.SendValueAsync(AddToCart("CAP-ARPEGGIO"));
        Assert.Contains("Combien d'étuis de 10 capsules Arpeggio", quantity.Text);

        var sleeves = await harness.SendAsync("25 capsules");
        Assert.Contains("étuis de 10 : 20 ou 30 capsules", sleeves.Text);

        var added = await harness.SendAsync("3");
        Assert.Contains("Ajouté à votre panier : 3 × Arpeggio", added.Text);
        Assert.Contains(added.Messages, m => m.Attachments?.Count == 1);
        Assert.Equal(["Commander", "Continuer"], added.SuggestedActions);

        var mode = await harness.SendAsync("Commander");
        Assert.Equal(["Livraison à domicile", "Retrait en boutique"], mode.SuggestedActions);
        await harness.SendAsync("Livraison à domicile");
        var missing = await harness.SendAsync("12 rue de la Roquette");
        Assert.Contains("code postal", missing.Text);
        await harness.SendAsync("12 rue de la Roquette, 75011 Paris");
        var summary = await harness.SendAsync("marie@exemple.fr");
        Assert.Contains("payé au livreur à la livraison", summary.Text);
        Assert.Contains("aucune carte bancaire", summary.Text);

        var receipt = await harness.SendAsync("oui");

        Assert.Contains("Votre numéro de commande est le", receipt.Text);
        Assert.Contains("Vous réglerez les 17,50\u00A0€ au livreur à la livraison", receipt.Text);
        var order = Assert.Single(await harness.Services.Orders.ListOrdersAsync($"webchat/{user}"));
        Assert.Equal(new OrderLine("CAP-ARPEGGIO", "Arpeggio", 4.20m, 3), order.Lines[0]);
        Assert.Equal("75011", order.Delivery.PostalCode);
        Assert.Equal(PaymentMethod.OnDelivery, order.Payment);
        Assert.Equal(4.90m, order.DeliveryFee);
        Assert.Equal(stockBefore - 3, await harness.Services.Orders.GetStockAsync("CAP-ARPEGGIO"));
        Assert.Contains(order.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), receipt.Messages.SelectMany(m => m.Attachments ?? []).Single().Content.ToString());
    }

    [Fact]
    public async Task Purchase_InEnglish_PickUpInABoutique()
    {
        var user = Guid.NewGuid().ToString();
        var harness = new ConversationHarness(channelId: "webchat", userId: user);
        await harness.SendAsync("hello");
        await harness.SendAsync("Shop");
        await harness.SendAsync("Machines");

        var quantity = await harness.SendAsync("Piccola");
        Assert.Contains("How many Piccola", quantity.Text);
        await harness.SendAsync("one");
        await harness.SendAsync("Check out");
        var boutiques = await harness.SendAsync("Pick up in a boutique");
        Assert.Equal(3, boutiques.SuggestedActions.Count);
        await harness.SendAsync("Lyon");
        var summary = await harness.SendAsync("mary@example.com");
        Assert.Contains("to pick up at Maison Tasse Lyon Bellecour and pay there", summary.Text);

        var receipt = await harness.SendAsync("yes");

        Assert.Contains("Your order number is", receipt.Text);
        Assert.Contains("at the boutique when you pick up your order", receipt.Text);
        var order = Assert.Single(await harness.Services.Orders.ListOrdersAsync($"webchat/{user}"));
        Assert.Equal((DeliveryMode.PickUp, PaymentMethod.AtPickUp, 0m), (order.Delivery.Mode, order.Payment, order.DeliveryFee));
    }

    [Fact]
    public async Task OutOfStockProduct_IsRefusedWithAlternatives()
    {
        var harness = new ConversationHarness(channelId: "webchat", userId: Guid.NewGuid().ToString());
        await harness.SendAsync("bonjour");
        await harness.SendAsync("Acheter");

        var replies = await harness.SendValueAsync(AddToCart("CAP-MINUIT"));

        Assert.Contains("Minuit est en rupture de stock", replies.Text);
        Assert.Contains(replies.Messages, m => m.Attachments?.Count > 0);
    }

    [Fact]
    public async Task Quantity_AboveTheMaximum_IsRefusedWithTheMaximum()
    {
        var harness = new ConversationHarness(channelId: "webchat", userId: Guid.NewGuid().ToString());
        await harness.SendAsync("bonjour");
        await harness.SendAsync("Acheter");
        await harness.SendValueAsync(AddToCart("CAP-LUNGO"));

        var replies = await harness.SendAsync("50");

        Assert.Contains("maximum de 20", replies.Text);
    }

    [Theory]
    [InlineData("finalement mettez 6 étuis", 6, "Votre panier contient maintenant 6 × Lungo")]
    [InlineData("mets-en 3", 3, "Votre panier contient maintenant 3 × Lungo")]
    [InlineData("ajoute 2 étuis", 4, "Ajouté à votre panier : 2 × Lungo")]
    [InlineData("mettez-en 2 de plus", 4, "Ajouté à votre panier : 2 × Lungo")]
    public async Task TypedQuantity_WithTheProductInTheCart_ReplacesOrAddsAsSaid(string typed, int inCart, string said)
    {
        var user = Guid.NewGuid().ToString();
        var harness = new ConversationHarness(channelId: "webchat", userId: user);
        await harness.SendAsync("bonjour");
        await harness.SendAsync("Acheter");
        await harness.SendValueAsync(AddToCart("CAP-LUNGO"));
        await harness.SendAsync("2");

        var replies = await harness.SendAsync(typed);

        Assert.Contains(said, replies.Text);
        Assert.Equal(inCart, await QuantityInCartAsync(harness, user, "CAP-LUNGO"));
    }

    [Fact]
    public async Task TypedQuantity_MakeIt_ReplacesUpToTheMaximum()
    {
        var user = Guid.NewGuid().ToString();
        var harness = new ConversationHarness(channelId: "webchat", userId: user);
        await harness.SendAsync("hello");
        await harness.SendAsync("Shop");
        await harness.SendValueAsync(AddToCart("CAP-LUNGO"));
        await harness.SendAsync("5");

        var replies = await harness.SendAsync("make it 20");

        Assert.Contains("Your cart now has 20 × Lungo", replies.Text);
        Assert.Equal(20, await QuantityInCartAsync(harness, user, "CAP-LUNGO"));
    }

    [Theory]
    [InlineData("30", 3)]
    [InlineData("20", 2)]
    [InlineData("2 étuis", 2)]
    public async Task RoundingQuestion_BareNumber_IsReadInTheOfferedUnit(string answer, int sleeves)
    {
        var user = Guid.NewGuid().ToString();
        var harness = new ConversationHarness(channelId: "webchat", userId: user);
        await harness.SendAsync("bonjour");
        await harness.SendAsync("Acheter");
        await harness.SendValueAsync(AddToCart("CAP-LUNGO"));
        var rounding = await harness.SendAsync("25 capsules");
        Assert.Contains("20 ou 30 capsules", rounding.Text);

        var replies = await harness.SendAsync(answer);

        Assert.Contains($"Ajouté à votre panier : {sleeves} × Lungo", replies.Text);
        Assert.Equal(sleeves, await QuantityInCartAsync(harness, user, "CAP-LUNGO"));
    }

    [Fact]
    public async Task Cart_IsKeptAcrossSessions_AndCanBeChangedFromItsCard()
    {
        var storage = new JsonMemoryStorage();
        var user = Guid.NewGuid().ToString();
        var first = new ConversationHarness(storage, channelId: "webchat", userId: user, conversationId: "monday");
        await first.SendAsync("bonjour");
        await first.SendAsync("Acheter");
        await first.SendValueAsync(AddToCart("CAP-LUNGO"));
        await first.SendAsync("2");

        // Another conversation, another day: the cart is in user state.
        var second = new ConversationHarness(storage, channelId: "webchat", userId: user, conversationId: "thursday");
        await second.SendAsync("bonjour");
        await second.SendAsync("Acheter");
        var cart = await second.SendAsync("Mon panier");
        Assert.Contains("Lungo", cart.Messages.SelectMany(m => m.Attachments ?? []).Single().Content.ToString());
        Assert.DoesNotContain("Lungo", cart.Text);

        var changed = await second.SendValueAsync(new JObject { ["action"] = "setQuantity", ["sku"] = "CAP-LUNGO", ["quantity"] = 5 });
        Assert.Contains("5", changed.Messages.SelectMany(m => m.Attachments ?? []).Single().Content.ToString());

        var removed = await second.SendValueAsync(new JObject { ["action"] = "removeLine", ["sku"] = "CAP-LUNGO" });
        Assert.Contains("Votre panier est vide", removed.Text);
    }

    [Fact]
    public async Task Checkout_Declined_PlacesNothingAndKeepsTheCart()
    {
        var user = Guid.NewGuid().ToString();
        var harness = new ConversationHarness(channelId: "webchat", userId: user);
        await harness.SendAsync("bonjour");
        await harness.SendAsync("Acheter");
        await harness.SendValueAsync(AddToCart("CAP-LUNGO"));
        await harness.SendAsync("1");
        await harness.SendAsync("Commander");
        await harness.SendAsync("Retrait en boutique");
        await harness.SendAsync("Bordeaux");
        await harness.SendAsync("a@exemple.fr");

        var replies = await harness.SendAsync("non");

        Assert.Contains("aucune commande passée", replies.Text);
        Assert.Empty(await harness.Services.Orders.ListOrdersAsync($"webchat/{user}"));
        Assert.Contains("Lungo", replies.Text + string.Join(" ", replies.Messages.SelectMany(m => m.Attachments ?? []).Select(a => a.Content.ToString())));
    }

    [Fact]
    public async Task Checkout_RestartMidway_ContinuesAtTheAddress()
    {
        var storage = new JsonMemoryStorage();
        var user = Guid.NewGuid().ToString();
        var before = new ConversationHarness(storage, channelId: "webchat", userId: user);
        await before.SendAsync("bonjour");
        await before.SendAsync("Acheter");
        await before.SendValueAsync(AddToCart("CAP-LUNGO"));
        await before.SendAsync("1");
        await before.SendAsync("Commander");
        await before.SendAsync("Livraison à domicile");

        var after = new ConversationHarness(storage, channelId: "webchat", userId: user);
        await after.SendAsync("5 avenue Jean Jaurès 69007 Lyon");
        await after.SendAsync("a@exemple.fr");
        var receipt = await after.SendAsync("oui");

        Assert.Contains("Votre numéro de commande", receipt.Text);
        Assert.Equal("69007", Assert.Single(await after.Services.Orders.ListOrdersAsync($"webchat/{user}")).Delivery.PostalCode);
    }

    [Fact]
    public async Task ProductCardAddToCart_FromTheInformationFlow_OpensTheShop()
    {
        var harness = new ConversationHarness(channelId: "webchat", userId: Guid.NewGuid().ToString());
        await harness.SendAsync("hello");
        await harness.SendAsync("tell me about Ristretto");

        var replies = await harness.SendValueAsync(AddToCart("CAP-RISTRETTO"));

        Assert.Contains("How many sleeves of 10 Ristretto capsules", replies.Text);
    }

    private static async Task<int> QuantityInCartAsync(ConversationHarness harness, string user, string sku)
    {
        var cart = await harness.Carts.GetAsync(new Microsoft.Bot.Builder.TurnContext(new Microsoft.Bot.Builder.Adapters.TestAdapter(), new Microsoft.Bot.Schema.Activity
        {
            ChannelId = "webchat",
            From = new Microsoft.Bot.Schema.ChannelAccount(user),
            Conversation = new Microsoft.Bot.Schema.ConversationAccount(id: user),
        }));
        return cart.QuantityOf(sku);
    }
}
