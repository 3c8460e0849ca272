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

    /// <summary>Trains a classifier on <paramref name="rows"/> and returns it with its labels in score order.</summary>
    internal static (ITransformer Model, string[] Labels) Train(MLContext ml, IEnumerable<Row> rows)
    {
        var data = ml.Data.LoadFromEnumerable(rows);
        var featurizer = new TextFeaturizingEstimator.Options
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
        var trainer = new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = "Label",
            FeatureColumnName = "Features",
            ExampleWeightColumnName = nameof(Row.Weight),
            L2Regularization = 0.01f,
            L1Regularization = 0f,
        };
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Label")
            .Append(ml.Transforms.Text.FeaturizeText("Features", featurizer, nameof(Row.Text)))
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(trainer));
        var model = pipeline.Fit(data);

        var labels = default(VBuffer<ReadOnlyMemory<char>>);
        model.GetOutputSchema(data.Schema)["Label"].GetKeyValues(ref labels);
        return (model, labels.DenseValues().Select(l => l.ToString()).ToArray());
    }
}
