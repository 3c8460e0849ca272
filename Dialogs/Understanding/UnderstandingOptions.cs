using System.ComponentModel.DataAnnotations;

namespace Majordome.Dialogs.Understanding;

/// <summary>How the intent recognizer trains and decides (section "Understanding" of appsettings.json; every key is optional).</summary>
public sealed class UnderstandingOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Understanding";

    /// <summary>
    /// The flows' example utterances, relative to the brand content folder (or absolute). Default "intents.yaml".
    /// </summary>
    [Required]
    public string ExamplesFile { get; set; } = "intents.yaml";

    /// <summary>
    /// Train the recognizer in the background when the host starts (default true). Off, the menu's keywords and
    /// the FAQ serve until <see cref="IntentModelHolder.RetrainAsync"/> is called.
    /// </summary>
    public bool TrainAtStartup { get; set; } = true;

    /// <summary>
    /// Two intents whose probabilities differ by less than this are too close to call: the customer is asked
    /// "did you mean…?". Default 0.2.
    /// </summary>
    [Range(0.0, 1.0)]
    public double AmbiguityMargin { get; set; } = 0.2;

    /// <summary>
    /// While a question waits for its answer, a message counts as starting another flow only when that flow's
    /// probability is at least this (and above the validated out-of-scope threshold). Default 0.7.
    /// </summary>
    [Range(0.0, 1.0)]
    public double InterruptionScore { get; set; } = 0.7;

    /// <summary>
    /// Folds of the cross-validation that chooses the out-of-scope threshold on held-out examples. Default 4.
    /// </summary>
    [Range(2, 10)]
    public int ValidationFolds { get; set; } = 4;

    /// <summary>
    /// From this many examples on, the out-of-scope threshold is chosen on one held-out fold instead of every fold
    /// (one extra training instead of <see cref="ValidationFolds"/>): a quarter of a few thousand examples is plenty to
    /// choose it, and each training of a large set costs minutes on 2 cores. Default 2,000.
    /// </summary>
    [Range(2, int.MaxValue)]
    public int SingleFoldFrom { get; set; } = 2000;

    /// <summary>
    /// The learning algorithm of the intent and language classifiers. Default <see cref="IntentClassifierKind.Automatic"/>
    /// (L-BFGS maximum entropy below <see cref="SdcaFrom"/> examples, SDCA from there on); the understanding bench's
    /// <c>compare</c> command measures each one.
    /// </summary>
    public IntentClassifierKind Classifier { get; set; } = IntentClassifierKind.Automatic;

    /// <summary>
    /// With the <see cref="IntentClassifierKind.Automatic"/> classifier, from this many examples on the classifiers are
    /// trained by SDCA instead of L-BFGS. On the understanding bench's synthetic 15,100 examples L-BFGS takes about
    /// 160 s of processor time and SDCA about 55 s; at 5,100, 14 s and 7 s for the same accuracy; on the brand's 592,
    /// L-BFGS is 3 points more accurate in scope. Default 5,000.
    /// </summary>
    [Range(2, int.MaxValue)]
    public int SdcaFrom { get; set; } = 5000;

    /// <summary>What messages are turned into for the classifier. Default <see cref="IntentFeatures.WordsAndCharacterTrigrams"/>.</summary>
    public IntentFeatures Features { get; set; } = IntentFeatures.WordsAndCharacterTrigrams;

    /// <summary>
    /// From this many examples on, a word, word pair or character trigram met in a single example is left out of the
    /// classifier's features. On the understanding bench's synthetic 15,000 examples nine features in ten are such,
    /// and the training's time and memory grow with their number; on a few hundred examples they matter (the brand's
    /// 576 lose 3 points of accuracy without them). Default 5,000.
    /// </summary>
    [Range(2, int.MaxValue)]
    public int RareFeaturesDroppedFrom { get; set; } = 5000;

    /// <summary>
    /// How many trainings (the validation folds, the final intent model, the language model) run at once, one core
    /// each. Default: the machine's processor count; 1 trains them one after the other and leaves the other cores
    /// to the customers while a changed flow retrains.
    /// </summary>
    [Range(1, 256)]
    public int TrainingThreads { get; set; } = Environment.ProcessorCount;

    /// <summary>The random seed of the fold split and the trainer, so a training is reproducible. Default 7.</summary>
    public int Seed { get; set; } = 7;
}
