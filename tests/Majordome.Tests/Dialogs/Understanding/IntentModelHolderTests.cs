using Majordome.Dialogs.Understanding;

namespace Majordome.Tests.Dialogs.Understanding;

public sealed class IntentModelHolderTests
{
    // Small sets: this class is about retraining, not accuracy, and must stay fast.
    private static readonly IntentExample[] Base =
    [
        new("je voudrais réserver une table", "book", "fr"), new("book a table for two", "book", "en"),
        new("réserver une dégustation samedi", "book", "fr"), new("I'd like to book a tasting", "book", "en"),
        new("je veux acheter des capsules", "shop", "fr"), new("I want to buy coffee", "shop", "en"),
        new("commander une machine", "shop", "fr"), new("order some pods", "shop", "en"),
    ];

    private static readonly IntentExample[] Subscription =
    [
        new("je veux m'abonner", "subscription", "fr"), new("I want a subscription", "subscription", "en"),
        new("abonnement mensuel aux capsules", "subscription", "fr"), new("monthly pod subscription", "subscription", "en"),
        new("résilier mon abonnement", "subscription", "fr"), new("cancel my subscription", "subscription", "en"),
    ];

    private static IntentModelHolder NewHolder() => new(new IntentTrainer(new UnderstandingOptions { ValidationFolds = 2 }));

    [Fact]
    public async Task RetrainAsync_NewFlowExamples_ChangeThePredictions()
    {
        var holder = NewHolder();
        Assert.Null(holder.Current);

        var before = await holder.RetrainAsync(Base);
        Assert.DoesNotContain("subscription", before.IntentIds);
        Assert.NotEqual("subscription", before.Predict("un abonnement mensuel s'il vous plaît")[0].Intent);

        var after = await holder.RetrainAsync([.. Base, .. Subscription]);

        Assert.Same(after, holder.Current);
        Assert.Contains("subscription", after.IntentIds);
        Assert.Equal("subscription", after.Predict("un abonnement mensuel s'il vous plaît")[0].Intent);
    }

    [Fact]
    public async Task RetrainAsync_InvalidExamples_KeepsThePreviousModel()
    {
        var holder = NewHolder();
        var model = await holder.RetrainAsync(Base);

        await Assert.ThrowsAsync<ArgumentException>(() => holder.RetrainAsync([new("seul exemple", "lonely", "fr"), new("autre", "other", "fr"), new("encore", "other", "fr")]));

        Assert.Same(model, holder.Current);
    }

    [Fact]
    public void Train_OneIntentOnly_SaysWhatIsMissing()
    {
        var error = Assert.Throws<ArgumentException>(() => new IntentTrainer(new UnderstandingOptions()).Train([.. Base.Where(e => e.Intent == "book")]));

        Assert.Contains("at least two intents", error.Message, StringComparison.Ordinal);
    }
}
