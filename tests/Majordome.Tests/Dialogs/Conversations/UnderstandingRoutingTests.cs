using Majordome.Dialogs.Understanding;
using Majordome.Tests.Dialogs.Understanding;
using Majordome.Tests.Harness;
using Moq;

namespace Majordome.Tests.Dialogs.Conversations;

/// <summary>The main dialog routing sentences with the trained recognizer: prefilled flows, "did you mean", out of scope, interruptions.</summary>
[Collection(TrainedModelCollection.Name)]
public sealed class UnderstandingRoutingTests(TrainedModelFixture fixture)
{
    private ConversationHarness NewHarness(IIntentRecognizer? recognizer = null) => new(
        channelId: "webchat",
        database: TestBrand.NewDatabase(),
        recognizer: recognizer ?? fixture.Recognizer(),
        understanding: fixture.Options,
        learnedLanguage: fixture.Model.PredictLanguage);

    [Fact]
    public async Task FirstMessage_BookingWithPartySlotAndCity_AsksOnlyWhatIsMissing()
    {
        var harness = NewHarness();

        var replies = await harness.SendAsync("table pour 4 samedi à 15h à Lyon");

        Assert.Equal("Bonjour, je suis l'assistant de Maison Tasse.", replies.Messages[0].Text);
        Assert.Equal("À quel nom dois-je réserver ?", replies.Last.Text);
    }

    [Fact]
    public async Task Menu_BookingForASlotTheBoutiqueCannotTake_SaysWhyAndOffersTheNearestFreeTimes()
    {
        var harness = NewHarness();
        await harness.SendAsync("bonjour");

        // Lyon is closed on Mondays: the slot said is not taken, the customer is told why and offered other times.
        var replies = await harness.SendAsync("je voudrais une table pour 2 lundi à 15h à Lyon");

        Assert.Equal("La boutique est fermée ce jour-là. Les horaires libres les plus proches sont :", replies.Last.Text);
        Assert.Equal(3, replies.SuggestedActions.Count);
        Assert.DoesNotContain("Pour combien de personnes", replies.Text);
    }

    [Fact]
    public async Task Menu_BookingForAFullSlot_SaysItIsFullAndOffersTheNearestFreeTimes()
    {
        var harness = NewHarness();
        var saturday3pm = new DateTimeOffset(2026, 11, 28, 15, 0, 0, TimeSpan.FromHours(1));
        await harness.Services.Bookings.BookAsync(new Majordome.Dialogs.Bookings.BookingRequest("webchat/other", "lyon-bellecour", saturday3pm, 6, "Paul", "+33600000000"), 6);
        await harness.SendAsync("bonjour");

        var replies = await harness.SendAsync("je voudrais une table pour 2 samedi à 15h à Lyon");

        Assert.Equal("Ce créneau est complet. Les horaires libres les plus proches sont :", replies.Last.Text);
        Assert.Equal(3, replies.SuggestedActions.Count);
    }

    [Fact]
    public async Task FirstMessage_BookingWithADayOnly_AsksOnlyTheTime_WithThatDaysFreeTimes()
    {
        var harness = NewHarness();

        var replies = await harness.SendAsync("table pour 2 demain à Lyon");

        Assert.Equal("À quelle heure le jeudi 26 novembre ? Ces horaires sont libres :", replies.Last.Text);
        Assert.Equal(6, replies.SuggestedActions.Count);
        Assert.All(replies.SuggestedActions, title => Assert.StartsWith("jeu. 26 nov.", title, StringComparison.Ordinal));
        Assert.Equal("À quel nom dois-je réserver ?", (await harness.SendAsync("15h")).Last.Text);
    }

    [Fact]
    public async Task FirstMessage_BookingWithATimeOnly_AsksOnlyTheDay()
    {
        var harness = NewHarness();

        var replies = await harness.SendAsync("a table for 2 at 3pm in Paris please");

        Assert.StartsWith("Which day would you like to come at 3", replies.Last.Text, StringComparison.Ordinal);
        Assert.Equal("What name should I book under?", (await harness.SendAsync("Saturday")).Last.Text);
    }

    [Fact]
    public async Task Menu_BookingWithPartyAndCity_AsksForTheSlotOnly()
    {
        var harness = NewHarness();
        await harness.SendAsync("bonjour");

        var replies = await harness.SendAsync("je voudrais une table pour 2 à Bordeaux");

        Assert.Equal("Quand souhaitez-vous venir ? Par exemple « samedi à 15h ».", replies.Last.Text);
    }

    [Fact]
    public async Task Menu_ProductAndQuantityWithTypos_AddsToTheCartWithoutAsking()
    {
        var harness = NewHarness();
        await harness.SendAsync("bonjour");

        var replies = await harness.SendAsync("2 boites d'arpegio");

        Assert.Contains("Ajouté à votre panier : 2 × Arpeggio.", replies.Text);
    }

    [Fact]
    public async Task Menu_ProductWithoutQuantity_AsksHowMany()
    {
        var harness = NewHarness();
        await harness.SendAsync("bonjour");

        var replies = await harness.SendAsync("je voudrais commander du ristretto");

        Assert.Equal("Combien d'étuis de 10 capsules Ristretto souhaitez-vous ?", replies.Last.Text);
    }

    [Fact]
    public async Task Menu_CategoryNamed_OpensThatCategory()
    {
        var harness = NewHarness();
        await harness.SendAsync("bonjour");

        var replies = await harness.SendAsync("je voudrais voir les machines à café que vous vendez");

        var carousel = Assert.Single(replies.Messages, m => m.Attachments?.Count > 0);
        Assert.All(carousel.Attachments, a => Assert.Contains("MAC-", a.Content.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Menu_AskingForAPerson_IsRecordedForTheTeam()
    {
        var harness = NewHarness();
        await harness.SendAsync("bonjour");

        var replies = await harness.SendAsync("je préférerais discuter avec une vraie personne de votre équipe");

        Assert.Contains("J'ai bien noté que vous souhaitez parler à quelqu'un de l'équipe.", replies.Text);
    }

    [Fact]
    public async Task FirstMessage_InEnglish_IsAnsweredInEnglishWithTheFlow()
    {
        var harness = NewHarness();

        var replies = await harness.SendAsync("I'd like to book a table for two in Lyon");

        Assert.Equal("Hello, I'm the Maison Tasse assistant.", replies.Messages[0].Text);
        Assert.Equal("When would you like to come? For example \"Saturday at 3pm\".", replies.Last.Text);
    }

    [Fact]
    public async Task FirstMessage_WordsCannotTellTheLanguage_TheLearnedClassifierDoes()
    {
        const string text = "Lyon tasting";
        Assert.Null(Majordome.Dialogs.Recognition.LanguageDetector.Detect(text).Language);
        var harness = NewHarness();

        var replies = await harness.SendAsync(text);

        Assert.StartsWith("Hello, I'm the Maison Tasse assistant.", replies.Messages[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Menu_OutOfScope_GoesToTheInformationFlowWhichSaysItDoesNotKnow()
    {
        var harness = NewHarness();
        await harness.SendAsync("bonjour");

        var replies = await harness.SendAsync("raconte-moi une blague sur les chats");

        Assert.Contains("Je n'ai pas de réponse sûre à cette question", replies.Text);
    }

    [Fact]
    public async Task Menu_TwoCloseIntents_AsksWhichWithAButtonEach_AndStartsTheOneChosen()
    {
        var harness = NewHarness(Ambiguous(Intents.Book, Intents.MyBookings));
        await harness.SendAsync("bonjour");

        var question = await harness.SendAsync("ma table de samedi");

        Assert.Equal("Je veux être sûr de bien vous comprendre : vous voulez…", question.Last.Text);
        Assert.Equal(["Réserver une table", "Mes réservations", "Autre chose"], question.SuggestedActions);

        var replies = await harness.SendAsync("Réserver une table");

        Assert.Equal("Dans quelle boutique souhaitez-vous une table de dégustation ?", replies.Last.Text);
    }

    [Fact]
    public async Task Menu_TwoCloseIntents_InEnglish_AndNeitherChosen_AnswersAsAQuestion()
    {
        var harness = NewHarness(Ambiguous(Intents.Shop, Intents.Orders));
        await harness.SendAsync("hello");

        var question = await harness.SendAsync("blue elephants dancing slowly");
        Assert.Equal(["Buy products", "Track my order", "Something else"], question.SuggestedActions);

        var replies = await harness.SendAsync("Something else");

        Assert.Contains("I don't have a reliable answer", replies.Text);
    }

    [Fact]
    public async Task WaitingQuestion_SentenceForAnotherFlow_AsksToSwitch_AndYesStartsIt()
    {
        var harness = NewHarness();
        await harness.SendAsync("bonjour");
        await harness.SendAsync("Réserver une table");

        var question = await harness.SendAsync("en fait je veux acheter 2 boîtes d'arpeggio");

        Assert.Equal("Vous étiez en train de : Réserver une table. Voulez-vous arrêter pour : Acheter des produits ?", question.Last.Text);
        Assert.Equal(["Oui", "Non"], question.SuggestedActions);

        var replies = await harness.SendAsync("oui");

        Assert.Contains("Ajouté à votre panier : 2 × Arpeggio.", replies.Text);
    }

    [Fact]
    public async Task WaitingQuestion_SwitchDeclined_AsksTheWaitingQuestionAgain()
    {
        var harness = NewHarness();
        await harness.SendAsync("bonjour");
        await harness.SendAsync("Réserver une table");
        await harness.SendAsync("je veux parler à un conseiller humain");

        var replies = await harness.SendAsync("non");

        Assert.Equal("D'accord, on continue.", replies.Messages[0].Text);
        Assert.Equal("Dans quelle boutique souhaitez-vous une table de dégustation ?", replies.Last.Text);

        var next = await harness.SendAsync("Lyon");
        Assert.Equal("Pour combien de personnes ?", next.Last.Text);
    }

    [Fact]
    public async Task WaitingQuestion_SwitchQuestionIgnoredForACommand_IsForgotten()
    {
        var harness = NewHarness();
        await harness.SendAsync("bonjour");
        await harness.SendAsync("Réserver une table");
        await harness.SendAsync("en fait je veux acheter 2 boîtes d'arpeggio");
        var menu = await harness.SendAsync("menu");
        Assert.Equal("Comment puis-je vous aider ?", menu.Last.Text);

        // "Oui" at the menu answers nothing pending any more.
        var replies = await harness.SendAsync("oui");

        Assert.DoesNotContain("Ajouté à votre panier", replies.Text);
    }

    [Theory]
    [InlineData("Lyon")]
    [InlineData("à Lyon svp")]
    public async Task WaitingQuestion_ShortAnswer_IsAnAnswerNotAnInterruption(string answer)
    {
        var harness = NewHarness();
        await harness.SendAsync("bonjour");
        await harness.SendAsync("Réserver une table");

        var replies = await harness.SendAsync(answer);

        Assert.Equal("Pour combien de personnes ?", replies.Last.Text);
    }

    [Fact]
    public async Task WaitingQuestion_SentenceForTheSameFlow_IsNotAnInterruption()
    {
        var harness = NewHarness();
        await harness.SendAsync("bonjour");
        await harness.SendAsync("Réserver une table");

        var replies = await harness.SendAsync("je voudrais réserver une table à Lyon");

        Assert.DoesNotContain("Voulez-vous arrêter", replies.Text);
    }

    private static IIntentRecognizer Ambiguous(string first, string second)
    {
        var recognizer = new Mock<IIntentRecognizer>();
        recognizer.Setup(r => r.RecognizeAsync(It.IsAny<UnderstandingRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((UnderstandingRequest request, CancellationToken _) => new UnderstandingResult(
                [new IntentScore(first, 0.45), new IntentScore(second, 0.4), new IntentScore(Intents.None, 0.15)],
                new IntentDecision(IntentDecisionKind.Ambiguous, [first, second]),
                request.Language,
                UnderstoodEntities.Empty));
        return recognizer.Object;
    }
}
