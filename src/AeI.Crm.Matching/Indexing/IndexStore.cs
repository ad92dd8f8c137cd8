using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace AeI.Crm.Matching.Indexing;

/// <summary>
/// An on-disk Lucene index kept in step with the database's change log: one writer for the life of
/// the app; every write is committed and the searchers refreshed, so a saved record shows in the next
/// search. Each commit stores the <see cref="Cursor"/> (the last change of the log the index holds)
/// and a "complete" mark. A missing, unreadable or outdated index, or one whose rebuild never
/// finished, is replaced by an empty one and <see cref="NeedsRebuild"/> says so.
/// Shared by the people's index (<see cref="CandidateIndex"/>) and the positions' (<see cref="VacancyIndex"/>).
/// Positional reads (<see cref="PositionalReadDirectory"/>), not MMapDirectory (apache/lucenenet#1151, #1013).
/// </summary>
internal sealed class IndexStore : IDisposable
{
    private readonly Analyzer _analyzer;
    private readonly string _schema;
    private readonly string _idField;
    private readonly Action<IndexReader>? _onNewReader;
    private readonly object _gate = new();
    private LuceneDirectory _directory;
    private IndexWriter _writer;
    private long _cursor;
    private int _disposed;

    /// <summary>Opens the index in the folder, or starts an empty one when it is missing, unreadable or of another schema.</summary>
    /// <param name="folder">Folder of the index.</param>
    /// <param name="analyzer">Per-field analysis.</param>
    /// <param name="schema">Version of the fields and their analysis: an index of another version is rebuilt.</param>
    /// <param name="idField">Field holding each record's id as one exact term.</param>
    /// <param name="onNewReader">Called for each new reader before searches use it (warming).</param>
    public IndexStore(string folder, Analyzer analyzer, string schema, string idField, Action<IndexReader>? onNewReader = null)
    {
        ArgumentNullException.ThrowIfNull(folder);
        _analyzer = analyzer;
        _schema = schema;
        _idField = idField;
        _onNewReader = onNewReader;
        Folder = folder;
        System.IO.Directory.CreateDirectory(folder);
        NeedsRebuild = !IsUsable(folder, schema);
        if (NeedsRebuild)
        {
            Wipe(folder);
        }

        _directory = new PositionalReadDirectory(new DirectoryInfo(folder));
        try
        {
            _writer = NewWriter(NeedsRebuild ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND);
        }
        catch (Exception ex) when (IsDamage(ex))
        {
            // Readable last commit, damaged older files (the writer reads every commit point).
            _directory.Dispose();
            Wipe(folder);
            _directory = new PositionalReadDirectory(new DirectoryInfo(folder));
            _writer = NewWriter(OpenMode.CREATE);
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

        Searchers = new SearcherManager(_writer, applyAllDeletes: true, new Factory(this));
    }

    /// <summary>The similarity used by writers and searchers.</summary>
    public static Similarity Similarity { get; } = new BM25Similarity(1.2f, 0.5f);

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

    /// <summary>Searchers over the last commit.</summary>
    public SearcherManager Searchers { get; private set; }

    /// <summary>Number of records indexed.</summary>
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

    /// <summary>Adds or replaces a record; visible in the next search.</summary>
    public void Upsert(string id, Document doc)
    {
        lock (_gate)
        {
            _writer.UpdateDocument(new Term(_idField, id), doc);
            CommitAndRefresh();
        }
    }

    /// <summary>Removes a record; a no-op when absent.</summary>
    public void Delete(string id)
    {
        lock (_gate)
        {
            _writer.DeleteDocuments(new Term(_idField, id));
            CommitAndRefresh();
        }
    }

    /// <summary>
    /// Applies a batch of changes in one commit that also moves the cursor to <paramref name="cursor"/>:
    /// either all of them and the new cursor are on disk, or none. A batch at or before the cursor is ignored.
    /// </summary>
    public void Apply(IReadOnlyList<(string Id, Document Doc)> upserts, IReadOnlyList<string> deletes, long cursor)
    {
        ArgumentNullException.ThrowIfNull(upserts);
        ArgumentNullException.ThrowIfNull(deletes);
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
                    _writer.DeleteDocuments(new Term(_idField, id));
                }

                foreach (var (id, doc) in upserts)
                {
                    _writer.UpdateDocument(new Term(_idField, id), doc);
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

    /// <summary>
    /// Replaces the whole index with <paramref name="count"/> records made by <paramref name="document"/>
    /// (called from several threads, in chunks), in one commit marked complete only at the end.
    /// </summary>
    public int Rebuild(int count, Func<int, Document> document, int threads, long cursor)
    {
        ArgumentNullException.ThrowIfNull(document);
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
                    _writer.AddDocument(document(i));
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
            // Only now, with every record in, is the index marked complete.
            CommitAndRefresh();
            NeedsRebuild = false;
            return count;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        Searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
    }

    private void CommitAndRefresh(bool complete = true)
    {
        _writer.SetCommitData(new Dictionary<string, string>
        {
            ["schema"] = _schema,
            ["complete"] = complete ? "true" : "false",
            ["cursor"] = _cursor.ToString(CultureInfo.InvariantCulture),
        });
        _writer.Commit();
        Searchers?.MaybeRefreshBlocking();
    }

    private void ReopenAfterRollback()
    {
        // IndexWriter.Rollback closes the writer; open a new one on the last commit, and a searcher manager on it.
        _writer = NewWriter(OpenMode.APPEND);
        var old = Searchers;
        Searchers = new SearcherManager(_writer, applyAllDeletes: true, new Factory(this));
        old.Dispose();
    }

    private IndexWriter NewWriter(OpenMode mode) =>
        new(_directory, new IndexWriterConfig(Analysis.ItalianTextAnalyzer.Version, _analyzer)
        {
            OpenMode = mode,
            Similarity = Similarity,
            RAMBufferSizeMB = 128,
        });

    private static long ReadCursor(LuceneDirectory directory)
    {
        using var reader = DirectoryReader.Open(directory);
        return reader.IndexCommit.UserData.TryGetValue("cursor", out var value) && long.TryParse(value, CultureInfo.InvariantCulture, out var cursor) ? cursor : 0;
    }

    private static void Wipe(string folder)
    {
        foreach (var file in System.IO.Directory.GetFiles(folder))
        {
            File.Delete(file);
        }
    }

    private static bool IsDamage(Exception ex) =>
        ex is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or InvalidOperationException or ArgumentException or IndexOutOfRangeException;

    private static bool IsUsable(string folder, string schema)
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
            return data.TryGetValue("schema", out var found) && found == schema
                && (!data.TryGetValue("complete", out var complete) || complete == "true");
        }
        catch (Exception ex) when (IsDamage(ex))
        {
            return false;
        }
    }

    private sealed class Factory(IndexStore store) : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader)
        {
            store._onNewReader?.Invoke(reader);
            // Searches through the searcher run over the segments in parallel.
            return new IndexSearcher(reader, TaskScheduler.Default) { Similarity = Similarity };
        }
    }
}
