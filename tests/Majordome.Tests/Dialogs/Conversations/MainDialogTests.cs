using Majordome.Bot.Storage;
using Majordome.Tests.Harness;

namespace Majordome.Tests.Dialogs.Conversations;

/// <summary>The first real conversation: greeting, main menu, language detection and switching.</summary>
public class MainDialogTests
{
    [Theory]
    [InlineData("bonjour", "Bonjour, je suis l'assistant de Maison Tasse")]
    [InlineData("salut, vous avez des capsules ?", "Bonjour, je suis l'assistant de Maison Tasse")]
    [InlineData("hello", "Hello, I'm the Maison Tasse assistant")]
    [InlineData("hi, do you sell capsules?", "Hello, I'm the Maison Tasse assistant")]
    public async Task FirstMessage_GreetsInItsLanguage(string message, string greeting)
    {
        var harness = new ConversationHarness(channelId: "webchat");

        var replies = await harness.SendAsync(message);

        Assert.StartsWith(greeting, replies.Last.Text);
    }

    [Theory]
    [InlineData("en-US", "Hello, I'm")]
    [InlineData("fr-FR", "Bonjour, je suis")]
    [InlineData(null, "Bonjour, je suis")]
    public async Task FirstMessage_WithoutLanguageClues_UsesTheChannelLocaleThenTheDefault(string? locale, string greeting)
    {
        var harness = new ConversationHarness(channelId: "webchat", locale: locale);

        var replies = await harness.SendAsync("ok");

        Assert.StartsWith(greeting, replies.Last.Text);
    }

    [Fact]
    public async Task Menu_OnWebChat_OffersTheThreeFlowsAndTheOtherLanguage()
    {
        var harness = new ConversationHarness(channelId: "webchat");

        var replies = await harness.SendAsync("bonjour");

        Assert.Equal(["Informations", "Acheter", "Réserver une table", "English"], replies.SuggestedActions);
    }

    [Fact]
    public async Task Menu_OnATextOnlyChannel_IsANumberedList()
    {
        var harness = new ConversationHarness(channelId: "sms");

        var replies = await harness.SendAsync("hello");

        Assert.Contains("1. Information\n2. Shop\n3. Book a table\n4. Français", replies.Last.Text);
    }

    [Theory]
    [InlineData("Réserver une table")]
    [InlineData("3")]
    [InlineData("le troisième")]
    public async Task Menu_Book_StartsTheBookingFlow(string choice)
    {
        var harness = new ConversationHarness(channelId: "webchat");
        await harness.SendAsync("bonjour");

        var replies = await harness.SendAsync(choice);

        Assert.Equal("Dans quelle boutique souhaitez-vous une table de dégustation ?", replies.Last.Text);
        Assert.Equal(["Paris", "Lyon", "Bordeaux"], replies.SuggestedActions);
    }

    [Fact]
    public async Task LanguageButton_SwitchesAndKeepsTheChoiceAcrossARestart()
    {
        var storage = new JsonMemoryStorage();
        var harness = new ConversationHarness(storage, channelId: "webchat");
        var menu = await harness.SendAsync("bonjour");
        var languageButton = menu.Last.SuggestedActions.Actions[3];

        var replies = await harness.SendAsync((string)languageButton.Value);

        Assert.Contains("let's continue in English", replies.Text);
        Assert.Equal(["Information", "Shop", "Book a table", "Français"], replies.SuggestedActions);

        // A restarted bot still speaks English to this customer, even to a French-looking message.
        var restarted = new ConversationHarness(storage, channelId: "webchat");
        var after = await restarted.SendAsync("bonjour");
        Assert.Contains("Here is where we were", after.Text);
        Assert.Contains("Shop", after.SuggestedActions);
    }

    [Fact]
    public async Task Menu_LanguageChosenByNumber_Switches()
    {
        var harness = new ConversationHarness(channelId: "sms");
        await harness.SendAsync("bonjour");

        var replies = await harness.SendAsync("4");

        Assert.Contains("let's continue in English", replies.Text);
        Assert.Contains("1. Information", replies.Last.Text);
    }

    [Fact]
    public async Task Join_OnWebChat_GreetsBeforeTheFirstMessage()
    {
        var harness = new ConversationHarness(channelId: "webchat", locale: "en-GB");

        var replies = await harness.JoinAsync();

        Assert.StartsWith("Hello, I'm the Maison Tasse assistant", replies.Last.Text);
    }

    [Fact]
    public async Task Help_AtTheMenu_ListsTheOptions()
    {
        var harness = new ConversationHarness(channelId: "webchat");
        await harness.SendAsync("hello");

        var replies = await harness.SendAsync("help");

        Assert.Contains("The options are: Information, Shop, Book a table, Français", replies.Text);
        Assert.EndsWith("How can I help you?", replies.Last.Text);
    }

    [Fact]
    public async Task Informations_AtTheMenu_AsksForTheQuestion()
    {
        var harness = new ConversationHarness(channelId: "webchat");
        await harness.SendAsync("bonjour");

        var replies = await harness.SendAsync("Informations");

        Assert.Equal("Quelle est votre question ?", replies.Last.Text);
    }

    [Fact]
    public async Task Gibberish_AtTheMenu_GetsAnHonestAnswerAndWaysOut()
    {
        var harness = new ConversationHarness(channelId: "webchat");
        await harness.SendAsync("hello");

        var replies = await harness.SendAsync("qwertyuiop");

        Assert.Contains("I don't have a reliable answer", replies.Text);
        Assert.Equal(["Another question", "Talk to someone", "Menu"], replies.SuggestedActions);
    }

    [Fact]
    public async Task Greeting_AfterTheWelcomeCard_GreetsBackAndKeepsTheMenu()
    {
        var harness = new ConversationHarness(channelId: "webchat", locale: "fr-FR");
        await harness.JoinAsync();

        var replies = await harness.SendAsync("Bonjour !");

        Assert.Contains("Nous en étions là", replies.Text);
        Assert.DoesNotContain("pas compris", replies.Text);
        Assert.Equal(4, replies.SuggestedActions.Count);
    }

    [Theory]
    [InlineData("je voudrais réserver une table s'il vous plaît", "Dans quelle boutique")]
    [InlineData("I would like to book a table please", "In which boutique")]
    [InlineData("je voudrais acheter des capsules", "Que cherchez-vous ?")]
    public async Task SentenceUsingAnEntrysOwnWord_AtTheMenu_OpensThatFlow(string sentence, string expected)
    {
        var harness = new ConversationHarness(channelId: "webchat", userId: Guid.NewGuid().ToString());
        await harness.SendAsync(sentence.StartsWith("I ", StringComparison.Ordinal) ? "hello" : "bonjour");

        var replies = await harness.SendAsync(sentence);

        Assert.StartsWith(expected, replies.Last.Text);
    }
}
