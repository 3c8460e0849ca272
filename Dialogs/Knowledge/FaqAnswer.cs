using Majordome.Dialogs.Content;

namespace Majordome.Dialogs.Knowledge;

/// <summary>The FAQ entry that answers a question, and what to suggest next.</summary>
/// <param name="Entry">The best entry.</param>
/// <param name="Confidence">How well it covers the question (see <see cref="RetrievalHit.Confidence"/>).</param>
/// <param name="Related">Up to three other entries to offer as buttons: the ones the marketer linked, then the next best hits.</param>
public sealed record FaqAnswer(FaqEntry Entry, double Confidence, IReadOnlyList<FaqEntry> Related);
