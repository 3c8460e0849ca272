using Majordome.Dialogs.Understanding;
using Microsoft.Extensions.Configuration;

namespace Majordome.Tests.Dialogs.Understanding;

public sealed class IntentClassifierKindTests
{
    // Small and clearly separated: this class checks that each algorithm and feature set trains and predicts, not
    // which is more accurate (the understanding bench's "compare" command measures that).
    private static readonly IntentExample[] Examples =
    [
        new("je voudrais réserver une table", "book", "fr"), new("book a table for two", "book", "en"),
        new("réserver une dégustation samedi", "book", "fr"), new("I'd like to book a tasting", "book", "en"),
        new("une table pour quatre demain", "book", "fr"), new("reserve seats for saturday", "book", "en"),
        new("je veux acheter des capsules", "shop", "fr"), new("I want to buy coffee", "shop", "en"),
        new("commander une machine", "shop", "fr"), new("order some pods", "shop", "en"),
        new("acheter trois étuis de café", "shop", "fr"), new("buy a coffee machine", "shop", "en"),
        new("quel temps fait-il", "none", "fr"), new("tell me a joke", "none", "en"),
        new("qui a gagné le match", "none", "fr"), new("what is the capital of Canada", "none", "en"),
    ];

    public static TheoryData<IntentClassifierKind, IntentFeatures> Every()
    {
        var data = new TheoryData<IntentClassifierKind, IntentFeatures>();
        foreach (var classifier in Enum.GetValues<IntentClassifierKind>())
        {
            foreach (var features in Enum.GetValues<IntentFeatures>())
            {
                data.Add(classifier, features);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Every))]
    public void Train_EachClassifierAndFeatureSet_LearnsTheExamples(IntentClassifierKind classifier, IntentFeatures features)
    {
        var model = new IntentTrainer(new UnderstandingOptions { Classifier = classifier, Features = features, ValidationFolds = 2 }).Train(Examples);

        Assert.Equal("book", model.Predict("je voudrais réserver une table samedi")[0].Intent);
        Assert.Equal("shop", model.Predict("I want to buy coffee pods")[0].Intent);
        var scores = model.Predict("une table pour deux");
        Assert.InRange(scores.Sum(s => s.Score), 0.99, 1.01);
        Assert.Equal("fr", model.PredictLanguage("je voudrais acheter une machine").Language);
    }

    [Fact]
    public void Options_ClassifierAndFeatures_BindFromConfiguration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Understanding:Classifier"] = "Sdca",
            ["Understanding:Features"] = "HashedNgrams",
        }).Build();

        var options = configuration.GetSection(UnderstandingOptions.SectionName).Get<UnderstandingOptions>()!;

        Assert.Equal(IntentClassifierKind.Sdca, options.Classifier);
        Assert.Equal(IntentFeatures.HashedNgrams, options.Features);
    }
}

public sealed class IntentTrainerFoldTests
{
    private static readonly IntentExample[] Examples =
    [
        .. Enumerable.Range(0, 12).Select(i => new IntentExample($"réserver une table numéro {i}", "book", "fr")),
        .. Enumerable.Range(0, 12).Select(i => new IntentExample($"acheter des capsules lot {i}", "shop", "fr")),
    ];

    [Fact]
    public void Train_ASmallSet_ChoosesTheThresholdOnEveryExample()
    {
        var model = new IntentTrainer(new UnderstandingOptions { ValidationFolds = 4 }).Train(Examples);

        Assert.Equal(Examples.Length, model.ValidatedExamples);
    }

    [Fact]
    public void Train_ALargeSet_ChoosesTheThresholdOnOneFoldOnly()
    {
        // A set at least SingleFoldFrom large trains one model for the threshold instead of one per fold.
        var model = new IntentTrainer(new UnderstandingOptions { ValidationFolds = 4, SingleFoldFrom = 20 }).Train(Examples);

        Assert.Equal(Examples.Length / 4, model.ValidatedExamples);
    }
}
