namespace Majordome.Dialogs.Understanding;

/// <summary>One labelled utterance: what a customer might say to start a flow.</summary>
/// <param name="Text">The utterance.</param>
/// <param name="Intent">The flow it starts (<see cref="Intents"/>, or a declarative flow's id); <see cref="Intents.None"/> for out of scope.</param>
/// <param name="Language">"fr" or "en", or null when unknown.</param>
public sealed record IntentExample(string Text, string Intent, string? Language);
