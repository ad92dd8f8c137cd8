using AeI.Crm.Matching.Analysis;
using AeI.Crm.Matching.Model;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using AeI.Crm.Matching.Ranking;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace AeI.Crm.Matching.Indexing;

/// <summary>
/// The on-disk index of active candidates. One writer for the life of the app; every write is
/// committed and the searcher refreshed, so a saved candidate shows in the next search. A missing,
/// unreadable or outdated index, or one whose rebuild never finished, is replaced by an empty one and
/// <see cref="NeedsRebuild"/> says so. Each commit stores the <see cref="Cursor"/>: the last change
/// of the database's change log that the index holds.
/// Positional reads (<see cref="PositionalReadDirectory"/>), not MMapDirectory (apache/lucenenet#1151, #1013).
/// </summary>
public sealed class CandidateIndex : IDisposable
{
    /// <summary>Bumped whenever the fields or their analysis change: an older index is rebuilt.</summary>
    public const string SchemaVersion = "7";

    private readonly MatchingContext _context;
    private LuceneDirectory _directory;
    private IndexWriter _writer;
    private readonly object _gate = new();
    private long _cursor;
    private readonly object _warmGate = new();
    private readonly CancellationTokenSource _stopping = new();
    private Task _warming = Task.CompletedTask;
    private int _disposed;

    /// <summary>Opens the index in the folder, or starts an empty one when it is missing or unreadable.</summary>
    public CandidateIndex(string folder, MatchingContext context)
    {
        ArgumentNullException.ThrowIfNull(folder);
        _context = context ?? throw new ArgumentNullException(nameof(context));
        Folder = folder;
        System.IO.Directory.CreateDirectory(folder);
        NeedsRebuild = !IsUsable(folder);
        if (NeedsRebuild)
        {
            Wipe(folder);
        }

        _directory = new PositionalReadDirectory(new DirectoryInfo(folder));
        try
        {
            _writer = NewWriter(_directory, NeedsRebuild ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND);
        }
        catch (Exception ex) when (IsDamage(ex))
        {
            // Readable last commit, damaged older files (the writer reads every commit point).
            _directory.Dispose();
            Wipe(folder);
            _directory = new PositionalReadDirectory(new DirectoryInfo(folder));
            _writer = NewWriter(_directory, OpenMode.CREATE);
            NeedsRebuild = true;
        }

        if (NeedsRebuild)
        {
            // Committed without the "complete" mark: if the rebuild is interrupted, the next start rebuilds again.
            CommitAndRefresh(complete: false);
        }
        else
        {
            _cursor = ReadCursor(_directory);
        }

        Searchers = new SearcherManager(_writer, applyAllDeletes: true, new BM25SearcherFactory(this));
    }

    /// <summary>
    /// Done when the records of the segments searched so far are all analysed for the second look
    /// (<see cref="SegmentEvidence"/>); that work runs in the background after every refresh.
    /// </summary>
    public Task EvidenceWarmed
    {
        get
        {
            lock (_warmGate)
            {
                return _warming;
            }
        }
    }

    /// <summary>The folder of the index.</summary>
    public string Folder { get; }

    /// <summary>True when the index was missing, unreadable, of an older schema or never completely built, and is now empty.</summary>
    public bool NeedsRebuild { get; private set; }

    /// <summary>The id of the last database change the index holds; changes after it are still to apply.</summary>
    public long Cursor
    {
        get
        {
            lock (_gate)
            {
                return _cursor;
            }
        }
    }

    /// <summary>The similarity used by writer and searchers.</summary>
    public static Similarity Similarity { get; } = new BM25Similarity(1.2f, 0.5f);

    /// <summary>Per-field analysis: Italian text, n-grams for the grams field, exact terms for keyword lists.</summary>
    public static Analyzer Analyzer { get; } = new FieldAnalyzer();

    internal SearcherManager Searchers { get; private set; }

    internal MatchingContext Context => _context;

    /// <summary>Number of indexed candidates.</summary>
    public int Count
    {
        get
        {
            var searcher = Searchers.Acquire();
            try
            {
                return searcher.IndexReader.NumDocs;
            }
            finally
            {
                Searchers.Release(searcher);
            }
        }
    }

    /// <summary>Adds or replaces a candidate; visible in the next search.</summary>
    public void Upsert(CandidateDocument candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var doc = CandidateFields.Build(candidate, _context);
        lock (_gate)
        {
            _writer.UpdateDocument(new Term(CandidateFields.Id, candidate.Id), doc);
            CommitAndRefresh();
        }
    }

    /// <summary>Removes a candidate (closed path, erased record); a no-op when absent.</summary>
    public void Delete(string id)
    {
        lock (_gate)
        {
            _writer.DeleteDocuments(new Term(CandidateFields.Id, id));
            CommitAndRefresh();
        }
    }

    /// <summary>
    /// Applies a batch of changes in one commit that also moves the cursor to <paramref name="cursor"/>:
    /// either all of them and the new cursor are on disk, or none.
    /// </summary>
    public void Apply(IReadOnlyList<CandidateDocument> upserts, IReadOnlyList<string> deletes, long cursor)
    {
        ArgumentNullException.ThrowIfNull(upserts);
        ArgumentNullException.ThrowIfNull(deletes);
        var docs = upserts.Select(c => (c.Id, Doc: CandidateFields.Build(c, _context))).ToList();
        lock (_gate)
        {
            if (cursor <= _cursor)
            {
                return;
            }

            try
            {
                foreach (var id in deletes)
                {
                    _writer.DeleteDocuments(new Term(CandidateFields.Id, id));
                }

                foreach (var (id, doc) in docs)
                {
                    _writer.UpdateDocument(new Term(CandidateFields.Id, id), doc);
                }

                var previous = _cursor;
                _cursor = cursor;
                try
                {
                    CommitAndRefresh();
                }
                catch
                {
                    _cursor = previous;
                    throw;
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Disk full or similar: drop what was buffered; the cursor did not move, the batch is retried.
                _writer.Rollback();
                ReopenAfterRollback();
                throw;
            }
        }
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
        const int chunk = 1000;
        lock (_gate)
        {
            _writer.DeleteAll();
            var options = new ParallelOptions { MaxDegreeOfParallelism = threads > 0 ? threads : Environment.ProcessorCount };
            // IndexWriter is thread-safe: documents are made, analysed and added on several threads.
            Parallel.For(0, (count + chunk - 1) / chunk, options, k =>
            {
                for (var i = k * chunk; i < Math.Min(count, (k + 1) * chunk); i++)
                {
                    _writer.AddDocument(CandidateFields.Build(candidate(i), _context));
                }
            });

            // Few segments make searches cheaper (each pays per segment). A caseload-sized index is
            // merged into one; a larger one down to a handful, where one would cost the build as much
            // as it saves; a large index keeps the merge policy's segments (searched in parallel).
            if (count <= 50_000)
            {
                _writer.ForceMerge(1);
            }
            else if (count <= 200_000)
            {
                _writer.ForceMerge(4);
            }
            _cursor = cursor;
            // Only now, with every document in, is the index marked complete.
            CommitAndRefresh();
            NeedsRebuild = false;
            return count;
        }
    }

    private void CommitAndRefresh(bool complete = true)
    {
        _writer.SetCommitData(new Dictionary<string, string>
        {
            ["schema"] = SchemaVersion,
            ["complete"] = complete ? "true" : "false",
            ["cursor"] = _cursor.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        _writer.Commit();
        Searchers?.MaybeRefreshBlocking();
    }

    private void ReopenAfterRollback()
    {
        // IndexWriter.Rollback closes the writer; open a new one on the last commit, and a searcher manager on it.
        _writer = NewWriter(_directory, OpenMode.APPEND);
        var old = Searchers;
        Searchers = new SearcherManager(_writer, applyAllDeletes: true, new BM25SearcherFactory(this));
        old.Dispose();
    }

    private static long ReadCursor(LuceneDirectory directory)
    {
        using var reader = DirectoryReader.Open(directory);
        return reader.IndexCommit.UserData.TryGetValue("cursor", out var value) && long.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var cursor) ? cursor : 0;
    }

    private static IndexWriter NewWriter(LuceneDirectory directory, OpenMode mode) =>
        new(directory, new IndexWriterConfig(ItalianTextAnalyzer.Version, Analyzer)
        {
            OpenMode = mode,
            Similarity = Similarity,
            RAMBufferSizeMB = 128,
        });

    private static void Wipe(string folder)
    {
        foreach (var file in System.IO.Directory.GetFiles(folder))
        {
            File.Delete(file);
        }
    }

    private static bool IsDamage(Exception ex) =>
        ex is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or InvalidOperationException or ArgumentException or IndexOutOfRangeException;

    private static bool IsUsable(string folder)
    {
        try
        {
            using var dir = new PositionalReadDirectory(new DirectoryInfo(folder));
            if (!DirectoryReader.IndexExists(dir))
            {
                return false;
            }

            using var reader = DirectoryReader.Open(dir);
            var data = reader.IndexCommit.UserData;
            // An index whose last commit is not marked complete was being rebuilt when the app stopped.
            return data.TryGetValue("schema", out var schema) && schema == SchemaVersion
                && (!data.TryGetValue("complete", out var complete) || complete == "true");
        }
        catch (Exception ex) when (IsDamage(ex))
        {
            return false;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _stopping.Cancel();
        try
        {
            EvidenceWarmed.Wait(TimeSpan.FromSeconds(10));
        }
        catch (AggregateException)
        {
            // A warm-up that failed leaves nothing behind: searches analyse records themselves.
        }

        _stopping.Dispose();
        Searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
    }

    private sealed class FieldAnalyzer() : AnalyzerWrapper(PER_FIELD_REUSE_STRATEGY)
    {
        protected override Analyzer GetWrappedAnalyzer(string fieldName) =>
            fieldName == CandidateFields.Grams ? GramAnalyzer.FourGrams
            : CandidateFields.IsKeywordField(fieldName) ? KeywordList.Analyzer
            : ItalianTextAnalyzer.Instance;
    }

    /// <summary>Analyses the records of a new reader's segments in the background, after any warm-up already running.</summary>
    private void WarmEvidence(IndexReader reader)
    {
        if (!reader.TryIncRef())
        {
            return;
        }

        var ct = _stopping.Token;
        lock (_warmGate)
        {
            _warming = _warming.ContinueWith(
                _ =>
                {
                    try
                    {
                        foreach (var leaf in reader.Leaves)
                        {
                            var segment = leaf.AtomicReader;
                            SegmentEvidence.For(segment).Warm(segment, doc => CandidateEvidence.Of(CandidateFields.FromJson(segment.Document(doc).Get(CandidateFields.Json, System.Globalization.CultureInfo.InvariantCulture)), _context), ct);
                        }
                    }
                    catch (Exception ex) when (ex is ObjectDisposedException or InvalidOperationException or IOException)
                    {
                        // The index closed meanwhile: searches analyse records themselves.
                    }
                    finally
                    {
                        reader.DecRef();
                    }
                },
                CancellationToken.None,
                TaskContinuationOptions.None,
                TaskScheduler.Default);
        }
    }

    private sealed class BM25SearcherFactory(CandidateIndex index) : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader)
        {
            // Warm the in-memory points of new segments here, so no query pays for reading them.
            foreach (var leaf in reader.Leaves)
            {
                SegmentPoints.For(leaf.AtomicReader);
            }

            index.WarmEvidence(reader);

            // Searches through the searcher (near misses) run over the segments in parallel too.
            return new IndexSearcher(reader, TaskScheduler.Default) { Similarity = Similarity };
        }
    }
}
