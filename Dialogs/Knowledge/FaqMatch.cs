using Majordome.Dialogs.Content;

namespace Majordome.Dialogs.Knowledge;

/// <summary>What the FAQ makes of a question: an answer, or else the close questions to offer (possibly none).</summary>
/// <param name="Answer">The entry that answers it well enough, or null.</param>
/// <param name="Suggestions">When there is no answer, the entries close enough to offer as a choice, best first.</param>
public sealed record FaqMatch(FaqAnswer? Answer, IReadOnlyList<FaqEntry> Suggestions);
