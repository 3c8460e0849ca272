namespace Majordome.Dialogs.Understanding;

/// <summary>An intent and the model's probability for it (the scores of one message add up to 1).</summary>
/// <param name="Intent">The intent id.</param>
/// <param name="Score">The probability, in [0, 1].</param>
public sealed record IntentScore(string Intent, double Score);
