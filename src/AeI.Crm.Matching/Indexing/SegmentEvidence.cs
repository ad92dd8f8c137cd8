using System.Runtime.CompilerServices;
using AeI.Crm.Matching.Ranking;
using Lucene.Net.Index;

namespace AeI.Crm.Matching.Indexing;

/// <summary>
/// The analysed records (<see cref="CandidateEvidence"/>) of one index segment, filled as searches
/// shortlist people. A segment never changes, so an entry stays right for the segment's life; a
/// person saved again lands in a new segment. At most <see cref="MaxHeld"/> records are held in
/// all, beyond which they are analysed per search.
/// </summary>
internal sealed class SegmentEvidence
{
    /// <summary>Records held across all segments at most.</summary>
    public const int MaxHeld = 200_000;

    private static readonly ConditionalWeakTable<object, SegmentEvidence> Cache = [];
    private static int _held;
    private readonly CandidateEvidence?[] _records;

    private SegmentEvidence(int maxDoc) => _records = new CandidateEvidence?[maxDoc];

    /// <summary>The cache of a segment.</summary>
    public static SegmentEvidence For(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, r => new SegmentEvidence(reader.MaxDoc));

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
}
