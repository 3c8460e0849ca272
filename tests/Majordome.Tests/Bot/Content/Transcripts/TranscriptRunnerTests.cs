using Majordome.Bot.Content.Transcripts;

namespace Majordome.Tests.Bot.Content.Transcripts;

/// <summary>The runner against the shipped bot: what passes, and the first difference it reports when not.</summary>
[Collection(ShippedBrandBotCollection.Name)]
public sealed class TranscriptRunnerTests(ShippedBrandBot shipped)
{
    // Lines 1 to 6: the English gift finder up to its choice question.
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

            bot: /^Who is the gift (for|to)\?$/
            buttons: My partner | My family | A colleague
            click: My family
            bot: For 80 €: the *, our * coffees in a gift box.
            bot: You will   find it in the online shop.    Merry Christmas!
            bot: How can I help you?
            """);

        Assert.True(result.Passed, $"line {result.Line}: expected {result.Expected}, got {result.Actual}");
    }

    [Fact]
    public async Task RunAsync_WrongText_FailsAtItsLineWithWhatTheBotSaid()
    {
        var result = await shipped.PlayAsync(UpToTheChoice + "\nbot: Who is the present for?\n");

        Assert.False(result.Passed);
        Assert.Equal(7, result.Line);
        Assert.Equal("bot: Who is the present for?", result.Expected);
        Assert.Equal("Who is the gift for?  [buttons: My partner | My family | A colleague]", result.Actual);
    }

    [Fact]
    public async Task RunAsync_MissingReply_FailsWithNoReply()
    {
        var result = await shipped.PlayAsync(UpToTheChoice + "\nbot: Who is the gift for?\nbot: Take your time.\n");

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
        Assert.StartsWith("the bot also said: Who is the gift for?", result.Actual, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_UnknownButton_FailsWithTheButtonsThatExist()
    {
        var result = await shipped.PlayAsync(UpToTheChoice + "\nbot: Who is the gift for?\nclick: My boss\n");

        Assert.Equal(8, result.Line);
        Assert.Equal("click: My boss", result.Expected);
        Assert.Equal("there is no button \"My boss\"; the buttons are: My partner | My family | A colleague", result.Actual);
    }

    [Fact]
    public async Task RunAsync_WrongButtons_FailsWithTheRealOnes()
    {
        var result = await shipped.PlayAsync(UpToTheChoice + "\nbot: Who is the gift for?\nbuttons: My family | My partner | A colleague\n");

        Assert.Equal(8, result.Line);
        Assert.Equal("buttons: My partner | My family | A colleague", result.Actual);
    }

    [Fact]
    public async Task RunAsync_RegexThatDoesNotMatch_Fails()
    {
        var result = await shipped.PlayAsync(UpToTheChoice + "\nbot: /^Who is the gift for\\?!$/\n");

        Assert.Equal(7, result.Line);
        Assert.Equal("bot: /^Who is the gift for\\?!$/", result.Expected);
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
            bot: *
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
            bot: *
            bot: Here are our machines
            """);

        Assert.Equal(8, result.Line);
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
            bot: *
            card: cart
            """);

        Assert.Equal(8, result.Line);
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
