using System.Runtime.CompilerServices;
using AeI.Crm.Matching.Ranking;
using Lucene.Net.Index;

namespace AeI.Crm.Matching.Indexing;

/// <summary>
/// The analysed records (<see cref="CandidateEvidence"/>) of one index segment: filled in the
/// background when a segment is first searched (<see cref="Warm"/>), and by searches that shortlist
/// people it has not reached yet. A segment never changes, so an entry stays right for the
/// segment's life; a person saved again lands in a new segment. At most <see cref="MaxHeld"/>
/// records are held in all, beyond which they are analysed per search.
/// </summary>
internal sealed class SegmentEvidence
{
    /// <summary>Records held across all segments at most (about 0.5 KB each).</summary>
    public const int MaxHeld = 400_000;

    private static readonly ConditionalWeakTable<object, SegmentEvidence> Cache = [];
    private static int _held;
    private readonly CandidateEvidence?[] _records;
    private int _warmed;

    private SegmentEvidence(int maxDoc) => _records = new CandidateEvidence?[maxDoc];

    /// <summary>The cache of a segment.</summary>
    public static SegmentEvidence For(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, r => new SegmentEvidence(reader.MaxDoc));

    /// <summary>The analysed record of a document of the segment when held, else null.</summary>
    public CandidateEvidence? Held(int doc) => Volatile.Read(ref _records[doc]);

    /// <summary>The analysed record of a document of the segment, made by <paramref name="make"/> when not held.</summary>
    public CandidateEvidence Get(int doc, Func<CandidateEvidence> make)
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
    /// Analyses every live record of the segment not held yet (once per segment, whoever asks first);
    /// stops at the cap or when cancelled.
    /// </summary>
    public void Warm(AtomicReader reader, Func<int, CandidateEvidence> make, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(make);
        if (Interlocked.Exchange(ref _warmed, 1) == 1)
        {
            return;
        }

        var live = reader.LiveDocs;
        for (var doc = 0; doc < _records.Length && !ct.IsCancellationRequested && Volatile.Read(ref _held) < MaxHeld; doc++)
        {
            if (live is null || live.Get(doc))
            {
                Get(doc, () => make(doc));
            }
        }
    }
}
