using Majordome.Bench.Understanding;
using Majordome.Dialogs.Understanding;

// Usage: dotnet run -c Release --project bench/Majordome.Bench.Understanding -- [train.(tsv|yaml)] [test.tsv]
// With no arguments: trains on brand/intents.yaml and evaluates on this project's data/heldout.tsv.
var root = Majordome.Tests.Harness.RepositoryRoot.Path;
var trainPath = args.Length > 0 ? args[0] : Path.Combine(root, "brand", "intents.yaml");
var testPath = args.Length > 1 ? args[1] : Path.Combine(root, "bench", "Majordome.Bench.Understanding", "data", "heldout.tsv");
try
{
    var train = IntentExampleReader.ReadFile(trainPath);
    var test = IntentExampleReader.ReadFile(testPath);
    Console.WriteLine($"train: {trainPath} ({train.Count} examples)");
    Console.WriteLine($"test:  {testPath} ({test.Count} examples)");
    var report = Evaluation.Run(train, test, new UnderstandingOptions());
    report.Print(Console.Out);
    return 0;
}
catch (Exception e) when (e is IOException or FormatException or ArgumentException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}
