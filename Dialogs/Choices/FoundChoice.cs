namespace Majordome.Dialogs.Choices;

/// <summary>The choice a user's answer selected, as in Bot Framework's <c>FoundChoice</c>.</summary>
/// <param name="Value">The <see cref="Choice.Value"/> of the selected choice.</param>
/// <param name="Index">Its position in the list offered.</param>
/// <param name="Score">How well the answer matched, from 0 to 1 (1 for an exact value, a button click or a number).</param>
/// <param name="Synonym">The value, title or synonym that matched.</param>
public sealed record FoundChoice(string Value, int Index, double Score, string? Synonym = null);
