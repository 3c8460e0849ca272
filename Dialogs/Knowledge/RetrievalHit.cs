namespace Majordome.Dialogs.Knowledge;

/// <summary>A document that matches a query.</summary>
/// <param name="Id">The document's id.</param>
/// <param name="Score">The ranking score (BM25 with fields weighted); comparable within one query only.</param>
/// <param name="Confidence">
/// The share of the query's meaning the document covers, from 0 to 1: each query term weighs its rarity, and counts
/// fully when found among the document's titles, partly when only in its body. Comparable across queries, so
/// it decides whether an answer is good enough to show.
/// </param>
public sealed record RetrievalHit(string Id, double Score, double Confidence);
