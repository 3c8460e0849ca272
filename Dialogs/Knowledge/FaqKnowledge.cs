using Majordome.Dialogs.Content;
using Majordome.Dialogs.Localization;

namespace Majordome.Dialogs.Knowledge;

/// <summary>
/// Answers free questions from the brand's FAQ in French and English: one retrieval index per language over
/// each entry's question and alternative phrasings (weighted most) and its answer. Below
/// <see cref="MinimumConfidence"/> it answers nothing, so the bot says plainly that it does not know.
/// </summary>
public sealed class FaqKnowledge
{
    /// <summary>
    /// The confidence an answer needs. Chosen on the shipped FAQ's question tables (tests in both languages):
    /// paraphrases score 0.6 and above, out-of-scope questions under 0.4.
    /// </summary>
    public const double MinimumConfidence = 0.5;

    private const int RelatedCount = 3;

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
    public FaqAnswer? Find(string? question, string language)
    {
        var index = _indexes.GetValueOrDefault(language) ?? _indexes[Languages.French];
        var hits = index.Search(question, top: 1 + RelatedCount);
        if (hits.Count == 0 || hits[0].Confidence < MinimumConfidence || _faq.FindById(hits[0].Id) is not { } entry)
        {
            return null;
        }

        var related = entry.Related
            .Concat(hits.Skip(1).Select(h => h.Id))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(id => !string.Equals(id, entry.Id, StringComparison.OrdinalIgnoreCase))
            .Select(_faq.FindById)
            .OfType<FaqEntry>()
            .Take(RelatedCount)
            .ToList();
        return new FaqAnswer(entry, hits[0].Confidence, related);
    }

    /// <summary>The entry whose question is exactly <paramref name="text"/> (a related-question button was clicked), or null.</summary>
    public FaqEntry? FindByQuestion(string? text, string language) =>
        text is null ? null : _faq.Entries.FirstOrDefault(e => string.Equals(e.Question.In(language).Trim(), text.Trim(), StringComparison.OrdinalIgnoreCase));
}
