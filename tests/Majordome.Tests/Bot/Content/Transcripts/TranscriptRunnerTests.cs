using Majordome.Bot.Content.Transcripts;

namespace Majordome.Tests.Bot.Content.Transcripts;

/// <summary>The runner against the shipped bot: what passes, and the first difference it reports when not.</summary>
[Collection(ShippedBrandBotCollection.Name)]
public sealed class TranscriptRunnerTests(ShippedBrandBot shipped)
{
    // Lines 1 to 6: the English gift finder up to its first choice question (the coffee they like).
    private const string UpToTheChoice = """
        language: en
        user: I am looking for a gift idea
        bot: Hello, I'm the * assistant.
        bot: Let's find the perfect gift together!
        bot: What is your budget, in euros?
        user: 80
        """;

    [Fact]
    public async Task RunAsync_WholeConversationWithWildcardRegexAndClick_Passes()
    {
        var result = await shipped.PlayAsync(UpToTheChoice + """

            bot: /^What kind of coffee do they (like|love)\?$/
            buttons: Intense | Mild | Decaf
            click: Mild
            bot: What is the occasion?
            buttons: Christmas | A birthday | A thank-you
            click: A birthday
            bot: For €80: the *, our * coffees in a case.
            bot: And to go with it,   coffees to their taste:
            card: product-carousel
            bot: You will   find them in the online shop.    And happy birthday to them!
            bot: How can I help you?
            """);

        Assert.True(result.Passed, $"line {result.Line}: expected {result.Expected}, got {result.Actual}");
    }

    [Fact]
    public async Task RunAsync_OtherBranch_GetsTheCups()
    {
        var passing = await shipped.PlayAsync(UpToTheChoice + """

            bot: What kind of coffee do they like?
            click: Mild
            bot: What is the occasion?
            click: A thank-you
            bot: For €80: the Lungo cup pair, *
            """);
        var wrongBranch = await shipped.PlayAsync(UpToTheChoice + """

            bot: What kind of coffee do they like?
            click: Mild
            bot: What is the occasion?
            click: A thank-you
            bot: For €80: the Grands Crus gift box, *
            """);

        // The first stops at the reply after the gift (the coffees), the second at the gift itself.
        Assert.Equal(11, passing.Line);
        Assert.Equal("no more reply after this line", passing.Expected);
        Assert.Equal("the bot also said: And to go with it, coffees to their taste:", passing.Actual);
        Assert.Equal(11, wrongBranch.Line);
        Assert.Equal("For €80: the Lungo cup pair, a lovely gift that always pleases.", wrongBranch.Actual);
    }

    [Fact]
    public async Task RunAsync_WrongText_FailsAtItsLineWithWhatTheBotSaid()
    {
        var result = await shipped.PlayAsync(UpToTheChoice + "\nbot: What coffee do they drink?\n");

        Assert.False(result.Passed);
        Assert.Equal(7, result.Line);
        Assert.Equal("bot: What coffee do they drink?", result.Expected);
        Assert.Equal("What kind of coffee do they like?  [buttons: Intense | Mild | Decaf]", result.Actual);
    }

    [Fact]
    public async Task RunAsync_MissingReply_FailsWithNoReply()
    {
        var result = await shipped.PlayAsync(UpToTheChoice + "\nbot: What kind of coffee do they like?\nbot: Take your time.\n");

        Assert.Equal(8, result.Line);
        Assert.Equal("bot: Take your time.", result.Expected);
        Assert.Equal(TranscriptRunner.NoReply, result.Actual);
    }

    [Fact]
    public async Task RunAsync_ExtraReplyBeforeTheNextUserLine_FailsAtThatLine()
    {
        var result = await shipped.PlayAsync("""
            language: en
            user: I am looking for a gift idea
            bot: Hello, I'm the * assistant.
            bot: Let's find the perfect gift together!
            user: 80
            """);

        Assert.Equal(5, result.Line);
        Assert.Equal("no more reply before this line", result.Expected);
        Assert.Equal("the bot also said: What is your budget, in euros?", result.Actual);
    }

    [Fact]
    public async Task RunAsync_ExtraReplyAtTheEnd_FailsAtTheLastLine()
    {
        var result = await shipped.PlayAsync(UpToTheChoice);

        Assert.Equal(6, result.Line);
        Assert.Equal("no more reply after this line", result.Expected);
        Assert.StartsWith("the bot also said: What kind of coffee do they like?", result.Actual, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ExtraCarouselAfterTheGift_FailsNamingTheCard()
    {
        var result = await shipped.PlayAsync(UpToTheChoice + """

            bot: What kind of coffee do they like?
            click: Decaf
            bot: What is the occasion?
            click: Christmas
            bot: For €80: the Grands Crus gift box, *
            bot: And to go with it, coffees to their taste:
            bot: You will find them in the online shop. Merry Christmas!
            """);

        Assert.Equal(13, result.Line);
        Assert.StartsWith("[card: product-carousel]  [buttons: See details | Add to cart", result.Actual, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_UnknownButton_FailsWithTheButtonsThatExist()
    {
        var result = await shipped.PlayAsync(UpToTheChoice + "\nbot: What kind of coffee do they like?\nclick: Black\n");

        Assert.Equal(8, result.Line);
        Assert.Equal("click: Black", result.Expected);
        Assert.Equal("there is no button \"Black\"; the buttons are: Intense | Mild | Decaf", result.Actual);
    }

    [Fact]
    public async Task RunAsync_WrongButtons_FailsWithTheRealOnes()
    {
        var result = await shipped.PlayAsync(UpToTheChoice + "\nbot: What kind of coffee do they like?\nbuttons: Mild | Intense | Decaf\n");

        Assert.Equal(8, result.Line);
        Assert.Equal("buttons: Intense | Mild | Decaf", result.Actual);
    }

    [Fact]
    public async Task RunAsync_RegexThatDoesNotMatch_Fails()
    {
        var result = await shipped.PlayAsync(UpToTheChoice + "\nbot: /^What kind of coffee do they like\\?!$/\n");

        Assert.Equal(7, result.Line);
        Assert.Equal("bot: /^What kind of coffee do they like\\?!$/", result.Expected);
    }

    [Fact]
    public async Task RunAsync_ClickOnACardButton_SendsItsSubmitData()
    {
        var result = await shipped.PlayAsync("""
            language: en
            user: hello
            bot: Hello, I'm the * assistant*
            click: Shop
            bot: What are you looking for?
            click: Machines
            card: product-carousel
            bot: Tap "Add to cart" on a product, or type its name.
            click: Add to cart
            bot: How many * would you like?
            """);

        Assert.True(result.Passed, $"line {result.Line}: expected {result.Expected}, got {result.Actual}");
    }

    [Fact]
    public async Task RunAsync_TextWhereACardIs_FailsNamingTheCard()
    {
        var result = await shipped.PlayAsync("""
            language: en
            user: hello
            bot: *
            click: Shop
            bot: What are you looking for?
            click: Machines
            bot: Here are our machines
            """);

        Assert.Equal(7, result.Line);
        Assert.StartsWith("[card: product-carousel]  [buttons: See details | Add to cart", result.Actual, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_WrongCardTemplate_Fails()
    {
        var result = await shipped.PlayAsync("""
            language: en
            user: hello
            bot: *
            click: Shop
            bot: What are you looking for?
            click: Machines
            card: cart
            """);

        Assert.Equal(7, result.Line);
        Assert.Equal("card: cart", result.Expected);
    }

    [Fact]
    public async Task RunAsync_French_RunsInFrenchByDefault()
    {
        var result = await shipped.PlayAsync("""
            user: je cherche une idée cadeau
            bot: Bonjour*
            bot: Trouvons ensemble le cadeau idéal !
            bot: Quel est votre budget, en euros ?
            """);

        Assert.True(result.Passed, $"line {result.Line}: expected {result.Expected}, got {result.Actual}");
    }
}
