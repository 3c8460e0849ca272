using Majordome.Dialogs.Recognition;

namespace Majordome.Dialogs.Knowledge;

/// <summary>
/// Ranked retrieval over short documents in one language: BM25 on stemmed, accent-free terms with titles
/// weighted over bodies, typos tolerated on longer words, and a confidence that says whether the best hit
/// really answers the question (so the bot can say "I don't know" instead of answering beside the point).
/// Immutable and thread safe once built.
/// </summary>
public sealed class RetrievalIndex
{
    private const double K1 = 1.2;
    private const double B = 0.75;
    private const double TitleWeight = 1.0;
    private const double BodyWeight = 0.35;
    private const double BodyCoverage = 0.6;
    private const double FuzzyDiscount = 0.8;

    // A word no document uses is more often chat filler ("combien", "times") than the subject: it counts,
    // but for a quarter of the rarest known word, so it lowers confidence without drowning the real topic.
    private const double UnknownWordShare = 0.25;

    private readonly string _language;
    private readonly List<IndexedDocument> _documents;
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);
    private readonly double _averageTitleLength;
    private readonly double _averageBodyLength;
    private readonly double _unknownIdf;

    /// <summary>Indexes <paramref name="documents"/> written in <paramref name="language"/>.</summary>
    public RetrievalIndex(IEnumerable<RetrievalDocument> documents, string language)
    {
        ArgumentNullException.ThrowIfNull(documents);
        _language = language;
        _documents = documents.Select(d => new IndexedDocument(
            d.Id,
            new Field(d.Titles.SelectMany(t => TextAnalyzer.Words(t, language))),
            new Field(TextAnalyzer.Words(d.Body, language)))).ToList();
        foreach (var term in _documents.SelectMany(d => d.Title.Stems.Keys.Union(d.Body.Stems.Keys)))
        {
            _documentFrequency[term] = _documentFrequency.GetValueOrDefault(term) + 1;
        }

        _averageTitleLength = _documents.Count == 0 ? 1 : Math.Max(1, _documents.Average(d => d.Title.Length));
        _averageBodyLength = _documents.Count == 0 ? 1 : Math.Max(1, _documents.Average(d => d.Body.Length));
        _unknownIdf = UnknownWordShare * Idf(0);
    }

    /// <summary>The number of documents.</summary>
    public int Count => _documents.Count;

    /// <summary>The best matches for <paramref name="query"/>, best first; empty when nothing matches.</summary>
    public IReadOnlyList<RetrievalHit> Search(string? query, int top = 5)
    {
        var words = TextAnalyzer.Words(query, _language).DistinctBy(w => w.Stem).ToList();
        if (words.Count == 0 || _documents.Count == 0)
        {
            return [];
        }

        var weights = words.ToDictionary(w => w.Stem, w => _documentFrequency.TryGetValue(w.Stem, out var df) ? Idf(df) : _unknownIdf, StringComparer.Ordinal);
        var totalWeight = weights.Values.Sum();
        var hits = new List<RetrievalHit>();
        foreach (var document in _documents)
        {
            double score = 0, covered = 0;
            foreach (var word in words)
            {
                var title = document.Title.Find(word);
                var body = document.Body.Find(word);
                if (title.Count == 0 && body.Count == 0)
                {
                    continue;
                }

                var idf = weights[word.Stem];
                score += idf * ((TitleWeight * Saturate(title.Count, document.Title.Length, _averageTitleLength) * title.Quality)
                    + (BodyWeight * Saturate(body.Count, document.Body.Length, _averageBodyLength) * body.Quality));
                covered += idf * (title.Count > 0 ? title.Quality : BodyCoverage * body.Quality);
            }

            if (score > 0)
            {
                hits.Add(new RetrievalHit(document.Id, Math.Round(score, 4), Math.Round(covered / totalWeight, 3)));
            }
        }

        return hits.OrderByDescending(h => h.Score).ThenByDescending(h => h.Confidence).Take(top).ToList();
    }

    private static double Saturate(int count, int length, double averageLength) =>
        count == 0 ? 0 : count * (K1 + 1) / (count + (K1 * (1 - B + (B * length / averageLength))));

    /// <summary>Rarity of a term by the number of documents that have it.</summary>
    private double Idf(int documentFrequency) =>
        Math.Log(1 + ((_documents.Count - documentFrequency + 0.5) / (documentFrequency + 0.5)));

    /// <summary>The terms of one field of a document, by stem and as written.</summary>
    private sealed class Field
    {
        public Field(IEnumerable<(string Word, string Stem)> words)
        {
            foreach (var (word, stem) in words)
            {
                Stems[stem] = Stems.GetValueOrDefault(stem) + 1;
                Written[word] = stem;
                Length++;
            }
        }

        public Dictionary<string, int> Stems { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string> Written { get; } = new(StringComparer.Ordinal);

        public int Length { get; }

        /// <summary>How often the word occurs: by stem, else as written with one typo (two in long words).</summary>
        public (int Count, double Quality) Find((string Word, string Stem) word)
        {
            if (Stems.TryGetValue(word.Stem, out var count))
            {
                return (count, 1);
            }

            if (word.Word.Length < 5)
            {
                return (0, 0);
            }

            var typos = word.Word.Length >= 8 ? 2 : 1;
            var stems = Written.Where(p => p.Key.Length >= 5 && EditDistance.AtMost(p.Key, word.Word, typos)).Select(p => p.Value).Distinct().ToList();
            return stems.Count == 0 ? (0, 0) : (stems.Sum(s => Stems[s]), FuzzyDiscount);
        }
    }

    private sealed record IndexedDocument(string Id, Field Title, Field Body);
}
