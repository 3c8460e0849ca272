namespace Majordome.Dialogs.Understanding;

/// <summary>What a message was understood to mean.</summary>
/// <param name="Intents">Every intent, best first, with calibrated probabilities; empty while no model is trained yet.</param>
/// <param name="Decision">What to do with it: one flow, a choice between two, or out of scope.</param>
/// <param name="Language">The language used: the one given, else the one detected ("fr"/"en"), else null.</param>
/// <param name="Entities">The dates, numbers, contacts and catalog items the message names.</param>
public sealed record UnderstandingResult(
    IReadOnlyList<IntentScore> Intents,
    IntentDecision Decision,
    string? Language,
    UnderstoodEntities Entities)
{
    /// <summary>The best intent, or null while no model is trained.</summary>
    public IntentScore? Top => Intents.Count > 0 ? Intents[0] : null;
}
