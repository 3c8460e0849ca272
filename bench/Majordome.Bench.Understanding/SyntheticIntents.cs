using Majordome.Dialogs.Understanding;

namespace Majordome.Bench.Understanding;

/// <summary>
/// A made-up example set at the scale of a large public intent benchmark (for instance 150 intents of 100 examples
/// and 1,000 out-of-scope test messages), for the training time, memory and latency of the classifiers only: its
/// words are random syllables, so its accuracies say nothing of real messages. No such public set ships with the
/// repository; the real-data comparison is the brand's held-out file.
/// </summary>
internal static class SyntheticIntents
{
    private static readonly string[] Syllables =
        ["ba", "co", "di", "fu", "ga", "he", "ji", "ko", "lu", "ma", "ne", "po", "qui", "ra", "se", "ti", "vo", "wa", "xe", "zu", "an", "el", "or", "ix"];

    /// <summary>The training and test sets: <paramref name="intents"/> intents of <paramref name="perIntent"/> examples, 30 test messages each, and out-of-scope messages.</summary>
    public static (List<IntentExample> Train, List<IntentExample> Test) Make(int intents, int perIntent, int seed = 11)
    {
        var random = new Random(seed);
        var vocabulary = Enumerable.Range(0, 8000).Select(_ => Word(random)).Distinct().ToArray();
        // Zipf-like: common words are drawn far more often than rare ones, as in real messages.
        string Common() => vocabulary[(int)Math.Min(vocabulary.Length - 1, Math.Floor(Math.Pow(random.NextDouble(), 3) * vocabulary.Length))];
        var keys = Enumerable.Range(0, intents).Select(_ => Enumerable.Range(0, 25).Select(_ => vocabulary[random.Next(vocabulary.Length)]).ToArray()).ToArray();

        string Sentence(string[]? own)
        {
            var length = random.Next(4, 13);
            return string.Join(' ', Enumerable.Range(0, length).Select(_ => own is not null && random.NextDouble() < 0.45 ? own[random.Next(own.Length)] : Common()));
        }

        var train = new List<IntentExample>();
        var test = new List<IntentExample>();
        for (var i = 0; i < intents; i++)
        {
            var id = $"intent{i:000}";
            train.AddRange(Enumerable.Range(0, perIntent).Select(_ => new IntentExample(Sentence(keys[i]), id, null)));
            test.AddRange(Enumerable.Range(0, 30).Select(_ => new IntentExample(Sentence(keys[i]), id, null)));
        }

        train.AddRange(Enumerable.Range(0, perIntent).Select(_ => new IntentExample(Sentence(null), Intents.None, null)));
        test.AddRange(Enumerable.Range(0, 1000).Select(_ => new IntentExample(Sentence(null), Intents.None, null)));
        return (train, test);
    }

    private static string Word(Random random) => string.Concat(Enumerable.Range(0, random.Next(2, 5)).Select(_ => Syllables[random.Next(Syllables.Length)]));
}
