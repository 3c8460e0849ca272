using Majordome.Dialogs.Understanding;

namespace Majordome.Bench.Understanding;

/// <summary>One held-out FAQ question: its text, the entry that answers it (null when none does), its language.</summary>
/// <param name="Text">The question as a customer would type it.</param>
/// <param name="Expected">The FAQ entry id that answers it, or null when the FAQ has no answer.</param>
/// <param name="Language">"fr" or "en".</param>
public sealed record FaqQuestion(string Text, string? Expected, string Language)
{
    /// <summary>
    /// Reads a tab-separated file as the intents' held-out set is read (<see cref="IntentExampleReader"/>): text,
    /// entry id or <c>none</c>, language; <c>#</c> starts a comment line.
    /// </summary>
    /// <exception cref="FormatException">A line without a text, an entry id or none, or a language.</exception>
    public static IReadOnlyList<FaqQuestion> ReadFile(string path) =>
        [.. IntentExampleReader.ReadFile(path).Select(e => new FaqQuestion(
            e.Text,
            e.Intent == Intents.None ? null : e.Intent,
            e.Language ?? throw new FormatException($"{path}: \"{e.Text}\" has no language (fr or en).")))];
}
