using Majordome.Bot.Hosting;
using Majordome.Dialogs.Content;
using Majordome.Dialogs.Flows;
using Majordome.Dialogs.Understanding;
using Majordome.Tests.Bot.Messenger;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Majordome.Tests.Bot.Hosting;

/// <summary>A reload that brings a flow with new examples retrains the recognizer, so its sentences lead to it.</summary>
public sealed class FlowRetrainingTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private const string Intents = """
        intents:
          - id: book
            examples:
              fr: [je voudrais réserver une table, réserver pour deux personnes, une table samedi soir, réservation dégustation, avez-vous une table libre]
              en: [I would like to book a table, book for two people, a table on saturday, tasting reservation, do you have a free table]
          - id: information
            examples:
              fr: [combien coûte la livraison, quels sont vos horaires, où est la boutique, livrez-vous en Belgique, comment détartrer ma machine]
              en: [how much is delivery, what are your opening hours, where is the shop, do you deliver to Belgium, how to descale my machine]
          - id: none
            examples:
              fr: [quel temps fait-il, raconte une blague, qui a gagné le match, quelle est la capitale du Pérou, j'aime les chats]
              en: [what is the weather, tell me a joke, who won the game, what is the capital of Peru, I like cats]
        """;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "majordome-retraining-tests", Guid.NewGuid().ToString("N"));
    private readonly CapturedLogs _logs = new();

    public FlowRetrainingTests()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "intents.yaml"), Intents);
    }

    public void Dispose()
    {
        _logs.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static FlowDefinition Quiz() => new(
        "quiz",
        new LocalizedText("Quiz", "Quiz"),
        new FlowTriggers(
            new LocalizedPhrases(
                ["je veux jouer au quiz", "lance le quiz de culture café", "une devinette sur le café", "tester mes connaissances en café", "faire le quiz"],
                ["I want to play the quiz", "start the coffee trivia quiz", "a riddle about coffee", "test my coffee knowledge", "take the quiz"]),
            [],
            null,
            null),
        [new SayStep(new LocalizedText("Quiz !", "Quiz!"))],
        "v1");

    [Fact]
    public async Task FlowWithExamplesPublished_TheRecognizerIsRetrainedWithItsIntent()
    {
        var options = new UnderstandingOptions { ExamplesFile = "intents.yaml", TrainAtStartup = true };
        var holder = new IntentModelHolder(new IntentTrainer(options));
        var source = new FlowCatalogSource();
        using var service = new IntentTrainingService(holder, Options.Create(options), Options.Create(new BrandContentOptions { ContentDirectory = _folder }), new Logger<IntentTrainingService>(new LoggerFactory([_logs])), source);
        await service.StartAsync(CancellationToken.None);
        try
        {
            var first = await WaitForModelAsync(holder, m => m is not null);
            Assert.DoesNotContain("quiz", first.IntentIds);

            source.Publish(new FlowCatalog([Quiz()]));

            var retrained = await WaitForModelAsync(holder, m => m?.IntentIds.Contains("quiz") == true);
            Assert.Equal("quiz", retrained.Predict("je veux jouer au quiz")[0].Intent);
        }
        finally
        {
            await service.StopAsync(CancellationToken.None);
        }
    }

    private async Task<IntentModel> WaitForModelAsync(IntentModelHolder holder, Func<IntentModel?, bool> condition)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (!condition(holder.Current))
        {
            Assert.False(timeout.IsCancellationRequested, "no such model in time; logs:\n" + _logs.All);
            await Task.Delay(50, CancellationToken.None);
        }

        return holder.Current!;
    }
}
