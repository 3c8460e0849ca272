using Majordome.Dialogs.Recognition;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace Majordome.Dialogs.Understanding;

/// <summary>
/// The ML.NET pipeline shared by the intent and language classifiers: the text is folded (case, accents,
/// punctuation) by <see cref="TextNormalizer"/>, featurized as word unigrams and bigrams plus character trigrams (short messages with typos still share most of their character n-grams with the examples), and a
/// maximum-entropy classifier gives a probability per label.
/// </summary>
internal static class IntentPipeline
{
    /// <summary>One training or prediction row.</summary>
    internal sealed class Row
    {
        /// <summary>The normalized text.</summary>
        public string Text { get; set; } = string.Empty;

        /// <summary>The label (intent or language); empty at prediction.</summary>
        public string Label { get; set; } = string.Empty;

        /// <summary>The example's weight in training: each label weighs the same in total, however many examples it has.</summary>
        public float Weight { get; set; } = 1;
    }

    /// <summary>The classifier's output: one probability per label, in the order of the label's key values.</summary>
    internal sealed class Output
    {
        /// <summary>The probabilities.</summary>
        [ColumnName("Score")]
        public float[] Score { get; set; } = [];
    }

    /// <summary>The form every text is given before featurization, at training and at prediction alike.</summary>
    internal static string Prepare(string? text) => TextNormalizer.Normalize(text);

    /// <summary>Trains a classifier on <paramref name="rows"/> and returns it with its labels in score order and its number of features.</summary>
    internal static (ITransformer Model, string[] Labels, int FeatureCount) Train(
        MLContext ml,
        IEnumerable<Row> rows,
        IntentClassifierKind classifier = IntentClassifierKind.MaximumEntropy,
        IntentFeatures features = IntentFeatures.WordsAndCharacterTrigrams,
        int minimumFeatureCount = 1)
    {
        var data = ml.Data.LoadFromEnumerable(rows);
        IEstimator<ITransformer> featurized = ml.Transforms.Conversion.MapValueToKey("Label").Append(Featurizer(ml, features));
        if (minimumFeatureCount > 1)
        {
            // A word, word pair or character trigram met in a single example teaches the classifier little and, on
            // a large set, makes most of its weights (nine in ten on the understanding bench's synthetic 15,000 examples),
            // and the training's time grows with their number.
            featurized = featurized.Append(ml.Transforms.FeatureSelection.SelectFeaturesBasedOnCount("Features", count: minimumFeatureCount));
        }

        // The trainers go over the examples many times (SDCA twice a pass, L-BFGS once a step): kept in memory, the
        // features are computed once instead of on every pass (half of SDCA's time on a large set, a tenth of L-BFGS's).
        var pipeline = featurized.AppendCacheCheckpoint(ml).Append(Trainer(ml, classifier));
        var model = pipeline.Fit(data);

        var labels = default(VBuffer<ReadOnlyMemory<char>>);
        var schema = model.GetOutputSchema(data.Schema);
        schema["Label"].GetKeyValues(ref labels);
        return (model, labels.DenseValues().Select(l => l.ToString()).ToArray(), schema["Features"].Type is VectorDataViewType vector ? vector.Size : 0);
    }

    private static IEstimator<ITransformer> Featurizer(MLContext ml, IntentFeatures features)
    {
        if (features == IntentFeatures.HashedNgrams)
        {
            // 2^18 slots each: collisions stay rare for a few tens of thousands of distinct n-grams.
            return ml.Transforms.Text.ProduceHashedWordBags("Words", nameof(Row.Text), numberOfBits: 18, ngramLength: 2, useAllLengths: true)
                .Append(ml.Transforms.Text.TokenizeIntoCharactersAsKeys("Characters", nameof(Row.Text), useMarkerCharacters: true))
                .Append(ml.Transforms.Text.ProduceHashedNgrams("CharacterNgrams", "Characters", numberOfBits: 18, ngramLength: 4, useAllLengths: true))
                .Append(ml.Transforms.Concatenate("Counts", "Words", "CharacterNgrams"))
                .Append(ml.Transforms.NormalizeLpNorm("Features", "Counts"));
        }

        var options = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepDiacritics = false,
            KeepPunctuations = false,
            KeepNumbers = true,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            // Character trigrams only: of 1-4, 1-3, 1-5 and 3 alone, trigrams scored best in cross-validation on the examples.
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 3, UseAllLengths = false },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        return ml.Transforms.Text.FeaturizeText("Features", options, nameof(Row.Text));
    }

    private static IEstimator<ITransformer> Trainer(MLContext ml, IntentClassifierKind classifier) => classifier switch
    {
        IntentClassifierKind.Sdca => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = "Label",
            FeatureColumnName = "Features",
            ExampleWeightColumnName = nameof(Row.Weight),
            // Of automatic, 1e-3, 1e-4 and 1e-5, the weakest regularization scored best on the brand's held-out messages.
            L2Regularization = 1e-5f,
            // One thread: the trainer's result then depends on the seed alone, so a training is reproducible.
            NumberOfThreads = 1,
            MaximumNumberOfIterations = 30,
        }),
        IntentClassifierKind.LinearSvm => ml.MulticlassClassification.Trainers.OneVersusAll(
            ml.BinaryClassification.Trainers.LinearSvm(new LinearSvmTrainer.Options
            {
                FeatureColumnName = "Features",
                ExampleWeightColumnName = nameof(Row.Weight),
                NumberOfIterations = 10,
                Lambda = 1e-4f,
            }),
            labelColumnName: "Label",
            useProbabilities: true),
        _ => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = "Label",
            FeatureColumnName = "Features",
            ExampleWeightColumnName = nameof(Row.Weight),
            L2Regularization = 0.01f,
            L1Regularization = 0f,
            // One thread: the trainer runs beside the other trainings of the same model (see IntentTrainer).
            NumberOfThreads = 1,
            // Of 1e-7 (ML.NET's default), 1e-5, 1e-4 and 1e-3, 1e-5 is the loosest that scored the same on the brand's
            // held-out messages; it stops the optimization earlier.
            OptimizationTolerance = 1e-5f,
        }),
    };
}
