using AeI.Crm.Matching.Analysis;
using AeI.Crm.Matching.Model;
using AeI.Crm.Matching.Ranking;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace AeI.Crm.Matching.Indexing;

/// <summary>
/// The on-disk index of the people whose path is open (<see cref="IndexStore"/>: kept in step with
/// the change log, committed on every write, rebuilt when missing or outdated). After each refresh
/// the records of new segments are analysed in the background for the matcher's second look
/// (<see cref="SegmentCache{T}"/>) and their residences held in memory (<see cref="SegmentPoints"/>).
/// </summary>
public sealed class CandidateIndex : IDisposable
{
    /// <summary>Bumped whenever the fields or their analysis change: an older index is rebuilt.</summary>
    public const string SchemaVersion = "7";

    private readonly MatchingContext _context;
    private readonly IndexStore _store;
    private readonly BackgroundWarmer _warmer;

    /// <summary>Opens the index in the folder, or starts an empty one when it is missing or unreadable.</summary>
    public CandidateIndex(string folder, MatchingContext context)
    {
        _context = context ?? throw new ArgumentNullException(nameof(context));
        _warmer = new BackgroundWarmer((segment, ct) => SegmentCache<CandidateEvidence>.For(segment).Warm(
            segment, doc => CandidateEvidence.Of(CandidateFields.FromJson(segment.Document(doc).Get(CandidateFields.Json, System.Globalization.CultureInfo.InvariantCulture)), _context), ct));
        _store = new IndexStore(folder, Analyzer, SchemaVersion, CandidateFields.Id, _warmer.OnNewReader);
    }

    /// <summary>
    /// Done when the records of the segments searched so far are all analysed for the second look
    /// (<see cref="SegmentCache{T}"/>); that work runs in the background after every refresh.
    /// </summary>
    public Task EvidenceWarmed => _warmer.Done;

    /// <summary>The folder of the index.</summary>
    public string Folder => _store.Folder;

    /// <summary>True when the index was missing, unreadable, of an older schema or never completely built, and is now empty.</summary>
    public bool NeedsRebuild => _store.NeedsRebuild;

    /// <summary>The id of the last database change the index holds; changes after it are still to apply.</summary>
    public long Cursor => _store.Cursor;

    /// <summary>The similarity used by writer and searchers.</summary>
    public static Similarity Similarity => IndexStore.Similarity;

    /// <summary>Per-field analysis: Italian text, n-grams for the grams field, exact terms for keyword lists.</summary>
    public static Analyzer Analyzer { get; } = new FieldAnalyzer();

    /// <summary>Number of indexed candidates.</summary>
    public int Count => _store.Count;

    internal SearcherManager Searchers => _store.Searchers;

    internal MatchingContext Context => _context;

    /// <summary>Adds or replaces a candidate; visible in the next search.</summary>
    public void Upsert(CandidateDocument candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        _store.Upsert(candidate.Id, CandidateFields.Build(candidate, _context));
    }

    /// <summary>Removes a candidate (closed path, erased record); a no-op when absent.</summary>
    public void Delete(string id) => _store.Delete(id);

    /// <summary>
    /// Applies a batch of changes in one commit that also moves the cursor to <paramref name="cursor"/>:
    /// either all of them and the new cursor are on disk, or none.
    /// </summary>
    public void Apply(IReadOnlyList<CandidateDocument> upserts, IReadOnlyList<string> deletes, long cursor)
    {
        ArgumentNullException.ThrowIfNull(upserts);
        _store.Apply(upserts.Select(c => (c.Id, CandidateFields.Build(c, _context))).ToList(), deletes, cursor);
    }

    /// <summary>Replaces the whole index with these candidates, in one commit.</summary>
    public int Rebuild(IEnumerable<CandidateDocument> candidates, int threads = 0, long cursor = 0)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var list = candidates as IReadOnlyList<CandidateDocument> ?? candidates.ToList();
        return Rebuild(list.Count, i => list[i], threads, cursor);
    }

    /// <summary>
    /// Replaces the whole index with <paramref name="count"/> candidates made by <paramref name="candidate"/>
    /// (called from several threads, in chunks), in one commit.
    /// </summary>
    public int Rebuild(int count, Func<int, CandidateDocument> candidate, int threads = 0, long cursor = 0)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return _store.Rebuild(count, i => CandidateFields.Build(candidate(i), _context), threads, cursor);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _warmer.Dispose();
        _store.Dispose();
    }

    private sealed class FieldAnalyzer() : AnalyzerWrapper(PER_FIELD_REUSE_STRATEGY)
    {
        protected override Analyzer GetWrappedAnalyzer(string fieldName) =>
            fieldName == CandidateFields.Grams ? GramAnalyzer.FourGrams
            : CandidateFields.IsKeywordField(fieldName) ? KeywordList.Analyzer
            : ItalianTextAnalyzer.Instance;
    }
}
