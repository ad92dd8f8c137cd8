using System.Globalization;
using System.Text.Json;
using AeI.Crm.Matching.Analysis;
using AeI.Crm.Matching.Model;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace AeI.Crm.Matching.Indexing;

/// <summary>
/// The on-disk index of the open positions, for "Trova offerte" (<see cref="Ranking.VacancyMatcher"/>):
/// kept in step with the same change log and in the same way as the people's index
/// (<see cref="IndexStore"/>), so a position saved, closed or deleted shows in the next search, and a
/// crash or a cancelled request between the database and the index loses nothing.
/// </summary>
public sealed class VacancyIndex : IDisposable
{
    /// <summary>Bumped whenever the fields or their analysis change: an older index is rebuilt.</summary>
    public const string SchemaVersion = "2";

    /// <summary>Position id.</summary>
    internal const string Id = "id";

    /// <summary>Title.</summary>
    internal const string Title = "title";

    /// <summary>Required skills and certificates.</summary>
    internal const string Required = "required";

    /// <summary>Preferred skills and description.</summary>
    internal const string Other = "other";

    /// <summary>Synonym groups of the position's text.</summary>
    internal const string Concepts = "syn";

    /// <summary>ESCO occupations of the title (and the one picked).</summary>
    internal const string Occupations = "occ";

    /// <summary>The whole position as JSON (stored), for requirements and explanations.</summary>
    internal const string Json = "json";

    private readonly MatchingContext _context;
    private readonly IndexStore _store;
    private readonly BackgroundWarmer _warmer;

    /// <summary>Opens the index in the folder, or starts an empty one when it is missing or unreadable.</summary>
    public VacancyIndex(string folder, MatchingContext context)
    {
        _context = context ?? throw new ArgumentNullException(nameof(context));
        _warmer = new BackgroundWarmer((segment, ct) => SegmentCache<VacancyDocument>.For(segment).Warm(segment, doc => Load(segment, doc), ct));
        _store = new IndexStore(folder, new FieldAnalyzer(), SchemaVersion, Id, _warmer.OnNewReader);
    }

    /// <summary>The folder of the index.</summary>
    public string Folder => _store.Folder;

    /// <summary>True when the index was missing, unreadable, of an older schema or never completely built, and is now empty.</summary>
    public bool NeedsRebuild => _store.NeedsRebuild;

    /// <summary>The id of the last database change the index holds; changes after it are still to apply.</summary>
    public long Cursor => _store.Cursor;

    /// <summary>Number of indexed positions.</summary>
    public int Count => _store.Count;

    internal SearcherManager Searchers => _store.Searchers;

    internal MatchingContext Context => _context;

    /// <summary>Adds or replaces a position; visible in the next search.</summary>
    public void Upsert(VacancyDocument vacancy)
    {
        ArgumentNullException.ThrowIfNull(vacancy);
        _store.Upsert(vacancy.Id, Build(vacancy));
    }

    /// <summary>Removes a position (closed, filled, deleted); a no-op when absent.</summary>
    public void Delete(string id) => _store.Delete(id);

    /// <summary>Applies a batch of changes and moves the cursor, in one commit.</summary>
    public void Apply(IReadOnlyList<VacancyDocument> upserts, IReadOnlyList<string> deletes, long cursor)
    {
        ArgumentNullException.ThrowIfNull(upserts);
        _store.Apply(upserts.Select(v => (v.Id, Build(v))).ToList(), deletes, cursor);
    }

    /// <summary>Replaces the whole index with these positions, in one commit.</summary>
    public int Rebuild(IReadOnlyList<VacancyDocument> vacancies, int threads = 0, long cursor = 0)
    {
        ArgumentNullException.ThrowIfNull(vacancies);
        return _store.Rebuild(vacancies.Count, i => Build(vacancies[i]), threads, cursor);
    }

    /// <summary>Reads a stored position back.</summary>
    internal static VacancyDocument FromJson(string json) => JsonSerializer.Deserialize(json, StoredJson.Default.VacancyDocument)!;

    /// <summary>The stored position of a document of a segment.</summary>
    internal static VacancyDocument Load(AtomicReader segment, int doc) =>
        FromJson(segment.Document(doc).Get(Json, CultureInfo.InvariantCulture));

    /// <summary>Done when the positions of the segments searched so far are all read into memory (in the background after each refresh).</summary>
    public Task Warmed => _warmer.Done;

    /// <inheritdoc />
    public void Dispose()
    {
        _warmer.Dispose();
        _store.Dispose();
    }

    private Document Build(VacancyDocument v)
    {
        var doc = new Document
        {
            new StoredField(Json, JsonSerializer.Serialize(v, StoredJson.Default.VacancyDocument)),
            new TextField(Title, v.Title, Field.Store.NO),
            new TextField(Required, string.Join(" . ", v.Required.Concat(v.RequiredCertificates)), Field.Store.NO),
            new TextField(Other, string.Join(" . ", v.Preferred.Append(v.Description ?? "")), Field.Store.NO),
        };
        void Keywords(string field, IEnumerable<string> values)
        {
            if (KeywordList.Field(field, values) is { } f)
            {
                doc.Add(f);
            }
        }

        // Where the work is, for the distance to each person's home (the same fields as the people's residences).
        var point = _context.Points.Point(v.WorkIstat);
        doc.Add(new DoubleDocValuesField(CandidateFields.LatValues, point?.Lat ?? double.NaN));
        doc.Add(new DoubleDocValuesField(CandidateFields.LonValues, point?.Lon ?? double.NaN));
        Keywords(Id, [v.Id]);
        Keywords(Concepts, _context.Synonyms.Concepts(string.Join(" . ", v.Required.Concat(v.Preferred).Prepend(v.Title).Append(v.Description ?? ""))));
        Keywords(Occupations, _context.OccupationsOf(v.Title).Concat(v.OccupationUri is null ? [] : [v.OccupationUri]).Distinct());
        return doc;
    }

    private sealed class FieldAnalyzer() : AnalyzerWrapper(PER_FIELD_REUSE_STRATEGY)
    {
        protected override Analyzer GetWrappedAnalyzer(string fieldName) =>
            fieldName is Id or Concepts or Occupations ? KeywordList.Analyzer : ItalianTextAnalyzer.Instance;
    }
}
