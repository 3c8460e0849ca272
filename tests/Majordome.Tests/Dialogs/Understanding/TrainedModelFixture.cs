using Majordome.Dialogs.Understanding;
using Majordome.Tests.Harness;

namespace Majordome.Tests.Dialogs.Understanding;

/// <summary>The model trained once on the shipped brand/intents.yaml, shared by the classes of the "Trained model" collection.</summary>
public sealed class TrainedModelFixture
{
    public TrainedModelFixture()
    {
        Examples = IntentExampleReader.ReadFile(Path.Combine(RepositoryRoot.BrandDirectory, "intents.yaml"));
        Model = new IntentTrainer(Options).Train(Examples);
    }

    public UnderstandingOptions Options { get; } = new();

    public IReadOnlyList<IntentExample> Examples { get; }

    public IntentModel Model { get; }

    /// <summary>A recognizer over <see cref="Model"/> and the shipped catalog and boutiques.</summary>
    public IntentRecognizer Recognizer(TimeProvider? time = null)
    {
        var holder = new IntentModelHolder(new IntentTrainer(Options));
        holder.Use(Model);
        var content = TestBrand.Content;
        var extractor = new EntityExtractor(
            new Majordome.Bot.Content.LoadedCatalog(content.Products),
            new Majordome.Bot.Content.LoadedBoutiqueDirectory(content.Boutiques),
            time ?? new Microsoft.Extensions.Time.Testing.FakeTimeProvider(ConversationHarness.DefaultNow),
            "Maison Tasse");
        return new IntentRecognizer(holder, extractor, Microsoft.Extensions.Options.Options.Create(Options));
    }
}

[CollectionDefinition(Name)]
public sealed class TrainedModelCollection : ICollectionFixture<TrainedModelFixture>
{
    public const string Name = "Trained model";
}
