using Majordome.Dialogs.Understanding;

namespace Majordome.Tests.Dialogs.Understanding;

[Collection(TrainedModelCollection.Name)]
public sealed class IntentRecognizerTests(TrainedModelFixture fixture)
{
    private readonly IntentRecognizer _recognizer = fixture.Recognizer();

    [Theory]
    [InlineData("je voudrais réserver une table pour samedi", Intents.Book)]
    [InlineData("I would like to reserve a table for Friday", Intents.Book)]
    [InlineData("je veux acheter des capsules de Lungo", Intents.Shop)]
    [InlineData("where is my order please", Intents.Orders)]
    [InlineData("je veux annuler ma réservation de dimanche", Intents.MyBookings)]
    [InlineData("comment detartrer la machine", Intents.Information)]
    [InlineData("je veux parler à un conseiller humain", Intents.Human)]
    public async Task RecognizeAsync_FlowSentence_IsConfidentForThatFlow(string text, string intent)
    {
        var result = await _recognizer.RecognizeAsync(new UnderstandingRequest(text));

        Assert.Equal(IntentDecisionKind.Confident, result.Decision.Kind);
        Assert.Equal(intent, result.Decision.Intent);
    }

    [Theory]
    [InlineData("raconte-moi une histoire drôle")]
    [InlineData("who won the football world cup")]
    [InlineData("quelle est la météo à Marseille")]
    public async Task RecognizeAsync_OutOfScopeSentence_IsOutOfScope(string text)
    {
        var result = await _recognizer.RecognizeAsync(new UnderstandingRequest(text));

        Assert.Equal(IntentDecisionKind.OutOfScope, result.Decision.Kind);
        Assert.Null(result.Decision.Intent);
    }

    [Fact]
    public async Task RecognizeAsync_AnyMessage_RanksEveryIntentWithProbabilitiesAddingUpToOne()
    {
        var result = await _recognizer.RecognizeAsync(new UnderstandingRequest("je veux commander du café"));

        Assert.Equal(fixture.Model.IntentIds.Count, result.Intents.Count);
        Assert.Equal(1.0, result.Intents.Sum(i => i.Score), 3);
        Assert.Equal(result.Intents.OrderByDescending(i => i.Score).Select(i => i.Intent), result.Intents.Select(i => i.Intent));
    }

    [Fact]
    public async Task RecognizeAsync_TyposAndNoAccents_StillFindTheFlowAndTheProduct()
    {
        var result = await _recognizer.RecognizeAsync(new UnderstandingRequest("2 boites d'arpegio"));

        Assert.Equal(Intents.Shop, result.Decision.Intent);
        Assert.Equal("CAP-ARPEGGIO", Assert.Single(result.Entities.Products).Sku);
        Assert.Equal(2, result.Entities.Quantity);
    }

    [Theory]
    [InlineData("bjr je veux resrever une tabel")]
    [InlineData("i want to reserev a tabel")]
    public async Task RecognizeAsync_TwoTyposInAShortBookingRequest_IsConfidentForBooking(string text)
    {
        var result = await _recognizer.RecognizeAsync(new UnderstandingRequest(text));

        Assert.Equal(IntentDecisionKind.Confident, result.Decision.Kind);
        Assert.Equal(Intents.Book, result.Decision.Intent);
    }

    [Theory]
    [InlineData("je voudrais réserver une table", "fr")]
    [InlineData("I'd like to book a table", "en")]
    [InlineData("degustation samedi", "fr")]
    [InlineData("tasting tomorrow", "en")]
    public async Task RecognizeAsync_NoLanguageGiven_DetectsIt(string text, string language)
    {
        var result = await _recognizer.RecognizeAsync(new UnderstandingRequest(text));

        Assert.Equal(language, result.Language);
    }

    [Fact]
    public async Task RecognizeAsync_LanguageGiven_KeepsIt()
    {
        var result = await _recognizer.RecognizeAsync(new UnderstandingRequest("I'd like to book a table", Language: "fr"));

        Assert.Equal("fr", result.Language);
    }

    [Fact]
    public async Task RecognizeAsync_NoModelYet_IsNotReadyButStillFindsEntities()
    {
        var options = new UnderstandingOptions();
        var extractor = new EntityExtractor(
            new Majordome.Bot.Content.LoadedCatalog(Harness.TestBrand.Content.Products),
            new Majordome.Bot.Content.LoadedBoutiqueDirectory(Harness.TestBrand.Content.Boutiques),
            TimeProvider.System,
            "Maison Tasse");
        var recognizer = new IntentRecognizer(new IntentModelHolder(new IntentTrainer(options)), extractor, Microsoft.Extensions.Options.Options.Create(options));

        var result = await recognizer.RecognizeAsync(new UnderstandingRequest("2 boites d'arpegio"));

        Assert.Equal(IntentDecisionKind.NotReady, result.Decision.Kind);
        Assert.Empty(result.Intents);
        Assert.Equal(2, result.Entities.Quantity);
    }

    [Fact]
    public void Model_Threshold_IsChosenByValidationBetweenZeroAndOne()
    {
        Assert.InRange(fixture.Model.Threshold, 0.01, 0.95);
        Assert.InRange(fixture.Model.ValidationAccuracy, 0.5, 1.0);
        Assert.Equal(fixture.Examples.Count, fixture.Model.ExampleCount);
    }
}
