namespace Majordome.Dialogs.Understanding;

/// <summary>
/// The learning algorithm behind the intent and language classifiers (<see cref="UnderstandingOptions.Classifier"/>).
/// All three are linear models over the same features, trained offline on the machine's cores; they differ in how
/// they fit and in what a training costs (see the understanding bench's <c>compare</c> command for the figures).
/// </summary>
public enum IntentClassifierKind
{
    /// <summary>
    /// <see cref="MaximumEntropy"/> below <see cref="UnderstandingOptions.SdcaFrom"/> examples, where it is the most
    /// accurate; <see cref="Sdca"/> from there on, where L-BFGS takes minutes.
    /// </summary>
    Automatic,

    /// <summary>Maximum entropy fitted with L-BFGS: the most accurate on small example sets, the slowest to train on large ones.</summary>
    MaximumEntropy,

    /// <summary>Maximum entropy fitted with stochastic dual coordinate ascent: a few passes over the data, so much faster on thousands of examples.</summary>
    Sdca,

    /// <summary>One linear support vector machine per intent (one versus all), its scores calibrated into probabilities.</summary>
    LinearSvm,
}
