using Lucene.Net.Index;

namespace AeI.Crm.Matching.Indexing;

/// <summary>
/// Reads what searches need of each new reader's segments in the background, one reader after the
/// other, holding a reference to the reader until done; stopped when the index closes.
/// </summary>
internal sealed class BackgroundWarmer : IDisposable
{
    private readonly Action<AtomicReader, CancellationToken> _perSegment;
    private readonly object _gate = new();
    private readonly CancellationTokenSource _stopping = new();
    private Task _warming = Task.CompletedTask;
    private int _disposed;

    /// <param name="perSegment">What to read of one segment (e.g. every record into a <see cref="SegmentCache{T}"/>).</param>
    public BackgroundWarmer(Action<AtomicReader, CancellationToken> perSegment) => _perSegment = perSegment;

    /// <summary>Done when every reader handed over so far is read.</summary>
    public Task Done
    {
        get
        {
            lock (_gate)
            {
                return _warming;
            }
        }
    }

    /// <summary>
    /// For each new reader of an index: the points of its segments (residences, workplaces) in memory
    /// now, so no search pays for reading them, and the rest in the background (<see cref="Enqueue"/>).
    /// </summary>
    public void OnNewReader(IndexReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        foreach (var leaf in reader.Leaves)
        {
            SegmentPoints.For(leaf.AtomicReader);
        }

        Enqueue(reader);
    }

    /// <summary>Reads the reader's segments after any reader already queued.</summary>
    public void Enqueue(IndexReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (Volatile.Read(ref _disposed) == 1 || !reader.TryIncRef())
        {
            return;
        }

        var ct = _stopping.Token;
        lock (_gate)
        {
            _warming = _warming.ContinueWith(
                _ =>
                {
                    try
                    {
                        foreach (var leaf in reader.Leaves)
                        {
                            _perSegment(leaf.AtomicReader, ct);
                        }
                    }
                    catch (Exception ex) when (ex is ObjectDisposedException or InvalidOperationException or IOException)
                    {
                        // The index closed meanwhile: searches read records themselves.
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

    /// <summary>Stops the work in progress and waits for it (at most ten seconds).</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _stopping.Cancel();
        try
        {
            Done.Wait(TimeSpan.FromSeconds(10));
        }
        catch (AggregateException)
        {
            // A warm-up that failed leaves nothing behind: searches read records themselves.
        }

        _stopping.Dispose();
    }
}
