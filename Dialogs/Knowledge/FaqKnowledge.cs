using Majordome.Dialogs.Content;
using Majordome.Dialogs.Localization;

namespace Majordome.Dialogs.Knowledge;

/// <summary>
/// Answers free questions from the brand's FAQ in French and English: one retrieval index per language over
/// each entry's question and alternative phrasings (weighted most) and its answer. Below
/// <see cref="MinimumConfidence"/> it answers nothing: down to <see cref="SuggestionConfidence"/> it offers the
/// closest questions to pick from, and below that the bot says plainly that it does not know.
/// </summary>
public sealed class FaqKnowledge
{
    /// <summary>
    /// The confidence an answer needs. Chosen on held-out questions written apart from the FAQ
    /// (bench/Majordome.Bench.Understanding/data/faq-heldout.tsv, 160 answerable and 50 unanswerable, French and
    /// English; the bench's <c>faq</c> command prints the sweep): the threshold with the most right answers while
    /// wrong answers stay within 2 % of all questions. At 0.5, the previous value, 19 % of those questions got a
    /// confident wrong answer.
    /// </summary>
    public const double MinimumConfidence = 0.8;

    /// <summary>
    /// Below <see cref="MinimumConfidence"/> and down to this, the closest questions are offered instead of an
    /// answer: on the held-out questions two in three of those offers hold the right one, one click away.
    /// </summary>
    public const double SuggestionConfidence = 0.4;

    private const int RelatedCount = 3;

    /// <summary>How many close questions are offered when none is close enough to answer.</summary>
    public const int SuggestionCount = 3;

    private readonly IFaqSource _faq;
    private readonly Dictionary<string, RetrievalIndex> _indexes;

    /// <summary>Indexes the FAQ in every language.</summary>
    public FaqKnowledge(IFaqSource faq)
    {
        ArgumentNullException.ThrowIfNull(faq);
        _faq = faq;
        _indexes = Languages.All.ToDictionary(
            language => language,
            language => new RetrievalIndex(
                faq.Entries.Select(e => new RetrievalDocument(e.Id, [e.Question.In(language), .. e.Alternatives.In(language)], e.Answer.In(language))),
                language));
    }

    /// <summary>The entry answering <paramref name="question"/>, or null when none answers it well enough.</summary>
    public FaqAnswer? Find(string? question, string language) => Match(question, language).Answer;

    /// <summary>
    /// The entries closest to a question that <see cref="Find"/> does not answer, best first, to offer as a choice
    /// ("is it one of these?"); empty when the question is not close to any (or close enough to be answered).
    /// </summary>
    public IReadOnlyList<FaqEntry> Suggest(string? question, string language) => Match(question, language).Suggestions;

    /// <summary>The answer to <paramref name="question"/>, or else the close questions to offer, from one search.</summary>
    public FaqMatch Match(string? question, string language)
    {
        var hits = Rank(question, language, Math.Max(1 + RelatedCount, SuggestionCount));

        // An entry's own question (a suggested or related question clicked) is that entry, whatever ranks first.
        var exact = FindByQuestion(question, language);
        if ((exact ?? (hits.Count > 0 && hits[0].Confidence >= MinimumConfidence ? _faq.FindById(hits[0].Id) : null)) is not { } entry)
        {
            var close = hits.Count > 0 && hits[0].Confidence >= SuggestionConfidence
                ? hits.Take(SuggestionCount).Where(h => h.Confidence >= SuggestionConfidence).Select(h => _faq.FindById(h.Id)).OfType<FaqEntry>().ToList()
                : [];
            return new FaqMatch(null, close);
        }

        var related = entry.Related
            .Concat(hits.Skip(1).Select(h => h.Id))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(id => !string.Equals(id, entry.Id, StringComparison.OrdinalIgnoreCase))
            .Select(_faq.FindById)
            .OfType<FaqEntry>()
            .Take(RelatedCount)
            .ToList();
        return new FaqMatch(new FaqAnswer(entry, exact is not null ? 1.0 : hits[0].Confidence, related), []);
    }

    /// <summary>
    /// The <paramref name="top"/> best-matching entries with their confidences, whatever the confidence: the
    /// evaluation reads them to choose <see cref="MinimumConfidence"/>; customers only get <see cref="Find"/>.
    /// </summary>
    public IReadOnlyList<RetrievalHit> Rank(string? question, string language, int top = 3)
    {
        var index = _indexes.GetValueOrDefault(language) ?? _indexes[Languages.French];
        return index.Search(question, top);
    }

    /// <summary>The entry whose question is exactly <paramref name="text"/> (a related-question button was clicked), or null.</summary>
    public FaqEntry? FindByQuestion(string? text, string language) =>
        text is null ? null : _faq.Entries.FirstOrDefault(e => string.Equals(e.Question.In(language).Trim(), text.Trim(), StringComparison.OrdinalIgnoreCase));
}
