using Majordome.Bench.Understanding;
using Majordome.Dialogs.Understanding;

// Usage: dotnet run -c Release --project bench/Majordome.Bench.Understanding -- [train.(tsv|yaml)] [test.tsv]
//    or: dotnet run -c Release --project bench/Majordome.Bench.Understanding -- faq [questions.tsv]
//    or: dotnet run -c Release --project bench/Majordome.Bench.Understanding -- oos [validation.tsv] [test.tsv] [target recall]
// With no arguments: trains on brand/intents.yaml and evaluates on this project's data/heldout.tsv.
//    or: dotnet run -c Release --project bench/Majordome.Bench.Understanding -- compare [train test | --synthetic INTENTSxEXAMPLES] [--folds N] [--drop-rare-from EXAMPLES] [--only Sdca/WordsAndCharacterTrigrams,...]
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

// "compare": every classifier and feature set on the same data (default: brand/intents.yaml and data/heldout.tsv;
// "--synthetic 150x100": a made-up set at a public benchmark's scale, for time and memory only).
if (args is ["compare", ..])
{
    var rest = args.Skip(1).ToList();
    var folds = 4;
    if (rest.IndexOf("--folds") is var f and >= 0)
    {
        folds = int.Parse(rest[f + 1], System.Globalization.CultureInfo.InvariantCulture);
        rest.RemoveRange(f, 2);
    }

    var rareFeaturesDroppedFrom = new UnderstandingOptions().RareFeaturesDroppedFrom;
    if (rest.IndexOf("--drop-rare-from") is var m and >= 0)
    {
        rareFeaturesDroppedFrom = int.Parse(rest[m + 1], System.Globalization.CultureInfo.InvariantCulture);
        rest.RemoveRange(m, 2);
    }

    string[]? only = null;
    if (rest.IndexOf("--only") is var o and >= 0)
    {
        only = rest[o + 1].Split(',');
        rest.RemoveRange(o, 2);
    }

    IReadOnlyList<IntentExample> train, test;
    if (rest.IndexOf("--synthetic") is var s and >= 0)
    {
        var size = rest[s + 1].Split('x');
        (train, test) = SyntheticIntents.Make(int.Parse(size[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(size[1], System.Globalization.CultureInfo.InvariantCulture));
    }
    else
    {
        train = IntentExampleReader.ReadFile(rest.Count > 0 ? rest[0] : Path.Combine(root, "brand", "intents.yaml"));
        test = IntentExampleReader.ReadFile(rest.Count > 1 ? rest[1] : Path.Combine(root, "bench", "Majordome.Bench.Understanding", "data", "heldout.tsv"));
    }

    ClassifierComparison.Run(train, test, folds, rareFeaturesDroppedFrom, only, Console.Out);
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
    // The brand's own sets are measured with its catalogue and boutiques, as the bot reads its customers' messages.
    var brandSets = args.Length == 0;
    var entities = brandSets ? BrandEntities(root) : null;
    var report = Evaluation.Run(train, test, new UnderstandingOptions(), entities);
    report.Print(Console.Out, everyMistake);
    return 0;
}
catch (Exception e) when (e is IOException or FormatException or ArgumentException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}

static Majordome.Dialogs.Understanding.EntityExtractor BrandEntities(string root)
{
    var content = Majordome.Bot.Content.BrandContentLoader.Load(Path.Combine(root, "brand"));
    return new Majordome.Dialogs.Understanding.EntityExtractor(
        new Majordome.Bot.Content.LoadedCatalog(content.Products),
        new Majordome.Bot.Content.LoadedBoutiqueDirectory(content.Boutiques),
        TimeProvider.System,
        content.Settings.Name);
}
