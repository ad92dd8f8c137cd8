using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace AeI.Crm.Matching.Indexing;

/// <summary>
/// What a search needs of each record of one index segment, read once and held: the analysed
/// records of the people's index (<see cref="Ranking.CandidateEvidence"/>, filled in the background
/// when a segment is first searched, <see cref="Warm"/>), the positions of the positions' index.
/// A segment never changes, so an entry stays right for the segment's life; a record saved again
/// lands in a new segment. At most <see cref="MaxHeld"/> records of a kind are held in all, beyond
/// which they are read per search.
/// </summary>
/// <typeparam name="T">What is held of each record.</typeparam>
internal sealed class SegmentCache<T>
    where T : class
{
    /// <summary>Records held across all segments at most (about 0.6 KB each for the people's analysed records).</summary>
    public const int MaxHeld = 1_000_000;

    private static readonly ConditionalWeakTable<object, SegmentCache<T>> Cache = [];
    private static int _held;
    private readonly T?[] _records;
    private int _warmed;
    private volatile bool _complete;

    private SegmentCache(int maxDoc) => _records = new T?[maxDoc];

    /// <summary>The cache of a segment.</summary>
    public static SegmentCache<T> For(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, r => new SegmentCache<T>(reader.MaxDoc));

    /// <summary>True once every live record of the segment is held (<see cref="Warm"/> went through it).</summary>
    public bool Complete => _complete;

    /// <summary>The record of a document of the segment when held, else null.</summary>
    public T? Held(int doc) => Volatile.Read(ref _records[doc]);

    /// <summary>The record of a document of the segment, made by <paramref name="make"/> when not held.</summary>
    public T Get(int doc, Func<T> make)
    {
        if (Volatile.Read(ref _records[doc]) is { } held)
        {
            return held;
        }

        var made = make();
        if (Volatile.Read(ref _held) < MaxHeld && Interlocked.CompareExchange(ref _records[doc], made, null) is null)
        {
            Interlocked.Increment(ref _held);
        }

        return made;
    }

    /// <summary>
    /// Makes every live record of the segment not held yet (once per segment, whoever asks first);
    /// stops at the cap or when cancelled.
    /// </summary>
    public void Warm(AtomicReader reader, Func<int, T> make, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(make);
        if (Interlocked.Exchange(ref _warmed, 1) == 1)
        {
            return;
        }

        var live = reader.LiveDocs;
        var doc = 0;
        for (; doc < _records.Length && !ct.IsCancellationRequested && Volatile.Read(ref _held) < MaxHeld; doc++)
        {
            if (live is null || live.Get(doc))
            {
                Get(doc, () => make(doc));
            }
        }

        if (doc == _records.Length)
        {
            _complete = true;
        }
        else
        {
            // Stopped early: a later reader of the segment may go on.
            Volatile.Write(ref _warmed, 0);
        }
    }
}
