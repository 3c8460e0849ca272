namespace Majordome.Dialogs.Recognition;

/// <summary>The language a message seems to be written in, as guessed by <see cref="LanguageDetector"/>.</summary>
/// <param name="Language">"fr" or "en" (<see cref="Localization.Languages"/>), or null when the message gives no evidence ("ok", "12", "Arpeggio").</param>
/// <param name="Confidence">From 0 (no idea) to 1 (clear): how one-sided and how plentiful the evidence is; 0 when <paramref name="Language"/> is null.</param>
public sealed record LanguageGuess(string? Language, double Confidence);
