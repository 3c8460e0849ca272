namespace Majordome.Dialogs.Knowledge;

/// <summary>One searchable entry in one language: an FAQ answer, a product, a boutique.</summary>
/// <param name="Id">The entry's id, returned with the hits.</param>
/// <param name="Titles">The ways people ask for it (question and alternative phrasings): they weigh most.</param>
/// <param name="Body">The answer or description: it weighs less.</param>
public sealed record RetrievalDocument(string Id, IReadOnlyList<string> Titles, string Body);
