using AeI.Crm.Matching.Analysis;
using AeI.Crm.Occupations;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace AeI.Crm.Matching.Occupations;

/// <summary>One ranked ESCO label for a title.</summary>
public sealed record OccupationMatch(string ElementId, string Label, string ConceptUri, float Score);

/// <summary>
/// Normalises a free job title ("addetta al lavaggio piatti", "Commessi delle vendite al minuto")
/// to ESCO occupations: word stems scored with BM25 plus character n-grams of the stems scored
/// with TF-IDF, over the 16,199 Italian ESCO labels held in memory.
/// </summary>
public sealed class TitleNormalizer : IDisposable
{
    private const string Words = "w";
    private const string Grams = "g";
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly string[] _ids;
    private readonly string[] _labels;
    private readonly string[] _uris;
    private readonly Dictionary<string, int[]> _docsByUri;

    private readonly SynonymVocabulary? _synonyms;

    private readonly OccupationCatalog _catalog;

    /// <summary>The preferred Italian label of an ESCO concept.</summary>
    public string? PreferredLabel(string conceptUri) => _catalog.PreferredLabel(conceptUri);

    /// <summary>Indexes the labels of the catalog; titles are expanded with the synonym groups they mention.</summary>
    public TitleNormalizer(OccupationCatalog catalog, SynonymVocabulary? synonyms = null)
    {
        _synonyms = synonyms;
        _catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
        ArgumentNullException.ThrowIfNull(catalog);
        var analyzer = new PerFieldAnalyzerWrapper(ItalianTextAnalyzer.Instance, new Dictionary<string, Lucene.Net.Analysis.Analyzer> { [Grams] = GramAnalyzer.Instance });
        var config = new IndexWriterConfig(ItalianTextAnalyzer.Version, analyzer) { Similarity = Similarity };
        var labels = catalog.Labels;
        _ids = new string[labels.Count];
        _labels = new string[labels.Count];
        _uris = new string[labels.Count];
        using (var writer = new IndexWriter(_directory, config))
        {
            for (var i = 0; i < labels.Count; i++)
            {
                var l = labels[i];
                _ids[i] = l.ElementId;
                _labels[i] = l.Label;
                _uris[i] = l.ConceptUri;
                // "magazziniere/magazziniera": both forms are words of the label.
                var text = l.Label.Replace('/', ' ');
                writer.AddDocument([new TextField(Words, text, Field.Store.NO), new TextField(Grams, text, Field.Store.NO)]);
            }

            writer.ForceMerge(1);
        }

        _docsByUri = Enumerable.Range(0, _uris.Length).GroupBy(i => _uris[i]).ToDictionary(g => g.Key, g => g.ToArray());
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = Similarity };
    }

    /// <summary>Weight of the n-gram part against the word part (tuned with melo-tune on the ESCO corpus).</summary>
    public float GramWeight { get; init; } = 0.8f;

    private static Similarity Similarity { get; } = new FieldSimilarity();

    /// <summary>
    /// The best labels for a title, best first. Labels are grouped by their ESCO concept: a
    /// concept scores its best label plus a share of its other matching labels, and all labels of
    /// a concept follow each other, since they name the same occupation.
    /// </summary>
    public IReadOnlyList<OccupationMatch> Rank(string title, int top = 10)
    {
        var query = BuildQuery(title);
        if (query.Clauses.Count == 0)
        {
            return [];
        }

        var hits = _searcher.Search(query, Math.Max(top, 300)).ScoreDocs;
        var byConcept = hits
            .GroupBy(h => _uris[h.Doc])
            .Select(g => (Uri: g.Key, Hits: g.OrderByDescending(h => h.Score).ToList()))
            .Select(g => (g.Uri, g.Hits, Score: g.Hits[0].Score + (ConceptEvidence * g.Hits.Skip(1).Sum(h => h.Score))))
            .OrderByDescending(g => g.Score);
        // Concepts in blocks: the best label of each concept of a block first (the first rows name
        // distinct occupations), then the block's other labels, which name the same occupations.
        var concepts = byConcept.ToList();
        var result = new List<OccupationMatch>(top);
        for (var start = 0; start < concepts.Count && result.Count < top; start += ConceptBlock)
        {
            var block = concepts.Skip(start).Take(ConceptBlock).ToList();
            result.AddRange(block.Select(c => new OccupationMatch(_ids[c.Hits[0].Doc], _labels[c.Hits[0].Doc], c.Uri, (float)c.Score)));
            foreach (var (uri, conceptHits, score) in block)
            {
                var rest = conceptHits.Skip(1).Select(h => h.Doc).ToList();
                if (_docsByUri.TryGetValue(uri, out var all))
                {
                    // The concept's other labels, which did not match a word, still name it.
                    rest.AddRange(all.Where(d => d != conceptHits[0].Doc && !rest.Contains(d)));
                }

                result.AddRange(rest.Select(d => new OccupationMatch(_ids[d], _labels[d], uri, (float)score)));
            }
        }

        return result.Take(top).ToList();
    }

    /// <summary>How many concepts are listed by their best label before their other labels follow.</summary>
    public int ConceptBlock { get; init; } = 3;

    /// <summary>Share of a concept's other matching labels added to its best label's score.</summary>
    public float ConceptEvidence { get; init; } = 0.1f;

    /// <summary>
    /// The distinct ESCO occupation concepts (not ISCO groups) of a title, best first: a word-only
    /// search, fast enough to run for every role indexed and every position searched.
    /// </summary>
    public IReadOnlyList<OccupationMatch> Concepts(string title, int top = 3)
    {
        var query = BuildQuery(title, withGrams: false);
        if (query.Clauses.Count == 0)
        {
            return [];
        }

        return _searcher.Search(query, 40).ScoreDocs
            .Where(h => _uris[h.Doc].Contains("/occupation/", StringComparison.Ordinal))
            .Select(h => new OccupationMatch(_ids[h.Doc], _labels[h.Doc], _uris[h.Doc], h.Score))
            .DistinctBy(m => m.ConceptUri)
            .Take(top)
            .ToList();
    }

    /// <summary>Weight of words that come from a synonym of the title, not from the title.</summary>
    public float SynonymBoost { get; init; } = 0.3f;

    /// <summary>Weight of the head of the title (the words before the first preposition or comma).</summary>
    public float HeadBoost { get; init; } = 2f;

    private static readonly HashSet<string> Qualifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "di", "del", "della", "dello", "dei", "degli", "delle", "nel", "nella", "nello", "nei", "negli", "nelle", "per", "che", "in",
        "a", "al", "alla", "allo", "ai", "agli", "alle", "con", "su", "sul", "sulla", "da", "dal", "dalla", "presso", "addetto", "addetta", "addetti",
    };

    /// <summary>
    /// The head of an Italian job title: the words before the first qualifier ("Commessi" in
    /// "Commessi delle vendite al minuto"; "Imprenditori e amministratori" before "di grandi aziende").
    /// </summary>
    internal static string Head(string title)
    {
        var words = title.Split([' ', ',', ';', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        var head = words.TakeWhile((w, i) => i == 0 || !Qualifiers.Contains(w.Split('\'', '’')[0]));
        return string.Join(' ', head);
    }

    /// <summary>Weight of a generic word ("addetto", "operaio", "junior"): it alone never names an occupation.</summary>
    public float GenericBoost { get; init; } = 0.15f;

    /// <summary>
    /// Words of titles that say little of the job on their own: they weigh little, and a title
    /// must share at least one other word (or synonym) with a label for it to count.
    /// </summary>
    internal static readonly HashSet<string> GenericWords = ItalianTextAnalyzer.Terms(
        "addetto addetta addetti operatore operatrice operatori operaio operaia operai aiuto assistente collaboratore collaboratrice " +
        "lavoratore lavoratrice junior senior apprendista tirocinante stagista generico generica esperienza uso base impiegato impiegata " +
        "tecnico tecnica specialista responsabile qualificato specializzato")
        .ToHashSet(StringComparer.Ordinal);

    private BooleanQuery BuildQuery(string title, bool withGrams = true)
    {
        var query = new BooleanQuery(disableCoord: true);
        var head = ItalianTextAnalyzer.Terms(Head(title)).ToHashSet();
        var distinctive = new BooleanQuery(disableCoord: true);
        foreach (var term in ItalianTextAnalyzer.Terms(title).Distinct())
        {
            var boost = GenericWords.Contains(term) ? GenericBoost : head.Contains(term) ? HeadBoost : 1f;
            var clause = new TermQuery(new Term(Words, term)) { Boost = boost };
            (GenericWords.Contains(term) ? query : distinctive).Add(clause, Occur.SHOULD);
        }

        if (distinctive.Clauses.Count == 0)
        {
            // Only generic words ("operaio", "addetta"): no occupation can be told from them.
            return new BooleanQuery();
        }

        if (_synonyms is not null)
        {
            var own = ItalianTextAnalyzer.Terms(title).ToHashSet();
            var expansion = _synonyms.Concepts(title).SelectMany(_synonyms.PhrasesOf).SelectMany(ItalianTextAnalyzer.Terms).Where(t => !own.Contains(t)).Distinct();
            foreach (var term in expansion.Where(t => !GenericWords.Contains(t)))
            {
                distinctive.Add(new TermQuery(new Term(Words, term)) { Boost = SynonymBoost }, Occur.SHOULD);
            }
        }

        var grams = withGrams ? GramAnalyzer.Grams(title).Distinct().ToList() : [];
        if (grams.Count > 0)
        {
            var gramQuery = new BooleanQuery(disableCoord: true);
            foreach (var gram in grams.Take(BooleanQuery.MaxClauseCount - 1))
            {
                gramQuery.Add(new TermQuery(new Term(Grams, gram)), Occur.SHOULD);
            }

            gramQuery.Boost = GramWeight;
            distinctive.Add(gramQuery, Occur.SHOULD);
        }

        // A label must share something distinctive with the title; generic words only add to it.
        query.Add(distinctive, Occur.MUST);
        return query;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    /// <summary>BM25 on words; classic TF-IDF (cosine-like) on n-grams.</summary>
    private sealed class FieldSimilarity : PerFieldSimilarityWrapper
    {

        private readonly Similarity _words = new BM25Similarity(0.9f, 0.3f);
        private readonly Similarity _grams = new DefaultSimilarity();

        public override Similarity Get(string name) => name == Grams ? _grams : _words;
    }
}
