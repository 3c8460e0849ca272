using Majordome.Tests.Harness;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Dialogs.Conversations.Purchase;

/// <summary>Issue 14, defect 12: one price format per language, and a clear answer to an address abroad.</summary>
public class CheckoutFormatTests
{
    private static JObject AddToCart(string sku) => new() { ["action"] = "addToCart", ["sku"] = sku };

    private static async Task<ConversationHarness> AtTheAddressAsync(string language)
    {
        var english = language == "en";
        var harness = new ConversationHarness(channelId: "webchat", locale: english ? "en-GB" : "fr-FR", userId: Guid.NewGuid().ToString());
        await harness.SendAsync(english ? "hello" : "bonjour");
        await harness.SendAsync(english ? "Shop" : "Acheter");
        await harness.SendValueAsync(AddToCart("CAP-ARPEGGIO"));
        await harness.SendAsync("3");
        await harness.SendAsync(english ? "Check out" : "Commander");
        await harness.SendAsync(english ? "Home delivery" : "Livraison à domicile");
        return harness;
    }

    [Fact]
    public async Task Cart_InEnglish_WritesTheFreeDeliveryAmountTheEnglishWay()
    {
        var harness = new ConversationHarness(channelId: "webchat", userId: Guid.NewGuid().ToString());
        await harness.SendAsync("hello");
        await harness.SendAsync("Shop");
        await harness.SendValueAsync(AddToCart("CAP-ARPEGGIO"));

        var added = await harness.SendAsync("3");

        Assert.Contains(added.Messages, m => m.Text is { } text && System.Text.RegularExpressions.Regex.IsMatch(text, @"^Add €\d+\.\d\d more for free delivery\.$"));
        Assert.DoesNotMatch(@"\d\s?€", added.Text);
    }

    [Fact]
    public async Task Checkout_InEnglish_SummaryAndPaymentSayEurosBeforeTheAmount()
    {
        var harness = new ConversationHarness(channelId: "webchat", locale: "en-GB", userId: Guid.NewGuid().ToString());
        await harness.SendAsync("hello");
        await harness.SendAsync("Shop");
        await harness.SendValueAsync(AddToCart("CAP-ARPEGGIO"));
        await harness.SendAsync("3");
        await harness.SendAsync("Check out");
        await harness.SendAsync("Pick up in a boutique");
        await harness.SendAsync("Lyon");

        var summary = await harness.SendAsync("mary@example.com");
        var placed = await harness.SendAsync("yes");

        Assert.Contains("Total €12.60, to pick up at", summary.Text, StringComparison.Ordinal);
        Assert.Contains("You'll pay the €12.60 at the boutique", placed.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checkout_InFrench_SummarySaysTheAmountThenEuros()
    {
        var harness = await AtTheAddressAsync("fr");
        await harness.SendAsync("12 rue de la Roquette, 75011 Paris");

        var summary = await harness.SendAsync("marie@exemple.fr");

        Assert.Contains("Total 17,50\u00A0€, livré au", summary.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "we deliver in France only")]
    [InlineData("fr", "nous livrons uniquement en France")]
    public async Task Address_InTheUnitedKingdom_SaysDeliveryIsFranceOnly(string language, string expected)
    {
        var harness = await AtTheAddressAsync(language);

        var reply = await harness.SendAsync("10 Downing Street, London SW1A 2AA");

        Assert.Contains(expected, reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(language == "en" ? "postal code" : "code postal", reply.Text, StringComparison.Ordinal);
    }
}
