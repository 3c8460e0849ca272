using Majordome.Dialogs.Understanding;

namespace Majordome.Tests.Dialogs.Understanding;

/// <summary>
/// What makes a large set train in time: the features met in a single example left out, and the independent
/// trainings run side by side without changing the model.
/// </summary>
public sealed class IntentTrainerSpeedTests
{
    // Each example carries a word of its own ("lot 3", "numéro 7"...): those words are met once and are the ones
    // a large set leaves out.
    private static readonly IntentExample[] Examples =
    [
        .. Enumerable.Range(0, 12).Select(i => new IntentExample($"réserver une table numéro {Unique(i)}", "book", "fr")),
        .. Enumerable.Range(0, 12).Select(i => new IntentExample($"acheter des capsules lot {Unique(i + 20)}", "shop", "fr")),
        .. Enumerable.Range(0, 12).Select(i => new IntentExample($"book a table please {Unique(i + 40)}", "book", "en")),
        .. Enumerable.Range(0, 12).Select(i => new IntentExample($"buy some coffee pods {Unique(i + 60)}", "shop", "en")),
    ];

    [Fact]
    public void Train_ASetBelowTheLargeSize_KeepsEveryFeature()
    {
        var all = new IntentTrainer(new UnderstandingOptions { ValidationFolds = 2 }).Train(Examples);
        var dropped = new IntentTrainer(new UnderstandingOptions { ValidationFolds = 2, RareFeaturesDroppedFrom = Examples.Length }).Train(Examples);

        // The default (5,000 examples) keeps a small set's rare words; at the size given, they are left out.
        Assert.True(dropped.FeatureCount < all.FeatureCount * 0.8, $"{dropped.FeatureCount} features left of {all.FeatureCount}");
        Assert.Equal("book", dropped.Predict("réserver une table samedi")[0].Intent);
        Assert.Equal("shop", dropped.Predict("buy coffee pods")[0].Intent);
    }

    [Fact]
    public void Train_TrainingsSideBySide_GiveTheSameModelAsOneAfterTheOther()
    {
        var alone = new IntentTrainer(new UnderstandingOptions { ValidationFolds = 4, TrainingThreads = 1 }).Train(Examples);
        var together = new IntentTrainer(new UnderstandingOptions { ValidationFolds = 4, TrainingThreads = 4 }).Train(Examples);

        Assert.Equal(alone.Threshold, together.Threshold);
        Assert.Equal(alone.ValidationAccuracy, together.ValidationAccuracy);
        foreach (var text in new[] { "une table pour deux", "des capsules", "book for saturday", "hello" })
        {
            Assert.Equal(alone.Predict(text).Select(s => (s.Intent, s.Score)), together.Predict(text).Select(s => (s.Intent, s.Score)));
            Assert.Equal(alone.PredictLanguage(text).Language, together.PredictLanguage(text).Language);
        }
    }

    [Fact]
    public void Train_TheAutomaticClassifier_IsSdcaFromTheLargeSizeOnAndMaximumEntropyBelow()
    {
        var large = new IntentTrainer(new UnderstandingOptions { ValidationFolds = 2, SdcaFrom = Examples.Length }).Train(Examples);
        var small = new IntentTrainer(new UnderstandingOptions { ValidationFolds = 2, SdcaFrom = Examples.Length + 1 }).Train(Examples);

        Assert.Equal(IntentClassifierKind.Sdca, large.Classifier);
        Assert.Equal(IntentClassifierKind.MaximumEntropy, small.Classifier);
        Assert.Equal("book", large.Predict("réserver une table samedi")[0].Intent);
        Assert.Equal("shop", large.Predict("buy coffee pods")[0].Intent);
    }

    [Fact]
    public void Train_AClassifierChosenInTheOptions_IsKeptWhateverTheSize()
    {
        var model = new IntentTrainer(new UnderstandingOptions { ValidationFolds = 2, Classifier = IntentClassifierKind.MaximumEntropy, SdcaFrom = 2 }).Train(Examples);

        Assert.Equal(IntentClassifierKind.MaximumEntropy, model.Classifier);
    }

    private static string Unique(int i) => string.Concat(Enumerable.Range(0, 3).Select(k => (char)('a' + ((i * 7 + k * 11) % 26)))) + "xq" + i;
}
