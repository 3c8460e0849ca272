using Majordome.Bench.Understanding;
using Majordome.Dialogs.Understanding;

// Usage: dotnet run -c Release --project bench/Majordome.Bench.Understanding -- [train.(tsv|yaml)] [test.tsv]
//    or: dotnet run -c Release --project bench/Majordome.Bench.Understanding -- faq [questions.tsv]
//    or: dotnet run -c Release --project bench/Majordome.Bench.Understanding -- oos [validation.tsv] [test.tsv] [target recall]
// With no arguments: trains on brand/intents.yaml and evaluates on this project's data/heldout.tsv.
// "--mistakes" anywhere lists every wrong prediction after the report, to read what a change cost.
var everyMistake = args.Contains("--mistakes");
args = [.. args.Where(a => a != "--mistakes")];
var root = Majordome.Tests.Harness.RepositoryRoot.Path;

// "faq [questions.tsv]": chooses the FAQ's answer threshold on held-out questions (data/faq-heldout.tsv).
if (args is ["faq", ..])
{
    var faqPath = args.Length > 1 ? args[1] : Path.Combine(root, "bench", "Majordome.Bench.Understanding", "data", "faq-heldout.tsv");
    var content = Majordome.Bot.Content.BrandContentLoader.Load(Path.Combine(root, "brand"));
    var knowledge = new Majordome.Dialogs.Knowledge.FaqKnowledge(new Majordome.Bot.Content.LoadedFaqSource(content.Faq));
    var questions = FaqQuestion.ReadFile(faqPath);
    Console.WriteLine($"faq questions: {faqPath}");
    FaqThresholdEvaluation.Print(FaqThresholdEvaluation.Sweep(knowledge, questions), questions, Console.Out);
    foreach (var suggestFrom in new[] { 0.35, 0.40, 0.45, 0.50 })
    {
        FaqThresholdEvaluation.PrintSuggestions(knowledge, questions, Majordome.Dialogs.Knowledge.FaqKnowledge.MinimumConfidence, suggestFrom, Console.Out);
    }

    Console.WriteLine("wrong answers at the shipped threshold:");
    foreach (var line in FaqThresholdEvaluation.WrongAnswers(knowledge, questions, Majordome.Dialogs.Knowledge.FaqKnowledge.MinimumConfidence))
    {
        Console.WriteLine(line);
    }

    return 0;
}

// "oos [validation.tsv] [test.tsv] [target recall]": chooses the out-of-scope threshold on the validation set
// (data/oos-validation.tsv) and measures it on the test set (data/heldout.tsv), training on brand/intents.yaml.
if (args is ["oos", ..])
{
    var data = Path.Combine(root, "bench", "Majordome.Bench.Understanding", "data");
    var validationPath = args.Length > 1 ? args[1] : Path.Combine(data, "oos-validation.tsv");
    var oosTestPath = args.Length > 2 ? args[2] : Path.Combine(data, "heldout.tsv");
    var target = args.Length > 3 ? double.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 0.8;
    var options = new UnderstandingOptions();
    var model = new IntentTrainer(options).Train(IntentExampleReader.ReadFile(Path.Combine(root, "brand", "intents.yaml")));
    Console.WriteLine($"validation: {validationPath}");
    Console.WriteLine($"test:       {oosTestPath}");
    OutOfScopeThreshold.Run(model, IntentExampleReader.ReadFile(validationPath), IntentExampleReader.ReadFile(oosTestPath), target, options.AmbiguityMargin, Console.Out);
    return 0;
}

var trainPath = args.Length > 0 ? args[0] : Path.Combine(root, "brand", "intents.yaml");
var testPath = args.Length > 1 ? args[1] : Path.Combine(root, "bench", "Majordome.Bench.Understanding", "data", "heldout.tsv");
try
{
    var train = IntentExampleReader.ReadFile(trainPath);
    var test = IntentExampleReader.ReadFile(testPath);
    Console.WriteLine($"train: {trainPath} ({train.Count} examples)");
    Console.WriteLine($"test:  {testPath} ({test.Count} examples)");
    var report = Evaluation.Run(train, test, new UnderstandingOptions());
    report.Print(Console.Out, everyMistake);
    return 0;
}
catch (Exception e) when (e is IOException or FormatException or ArgumentException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}
