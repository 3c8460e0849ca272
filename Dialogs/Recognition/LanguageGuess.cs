namespace Majordome.Dialogs.Recognition;

/// <summary>The language a message seems to be written in.</summary>
/// <param name="Language">"fr", "en", or null when the message gives no clue ("ok", "12", a product name).</param>
/// <param name="Confidence">From 0 (no clue) to 1 (no doubt).</param>
public sealed record LanguageGuess(string? Language, double Confidence);
