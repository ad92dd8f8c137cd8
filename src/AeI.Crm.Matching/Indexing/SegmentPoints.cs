using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace AeI.Crm.Matching.Indexing;

/// <summary>
/// Residence coordinates and commute limits of one index segment, held in memory. Doc values
/// read from NIOFSDirectory cost a locked file read per value; a segment never changes, so its
/// arrays are read once (when a searcher opens it) and reused by every query.
/// </summary>
internal sealed class SegmentPoints
{
    private static readonly ConditionalWeakTable<object, SegmentPoints> Cache = [];

    private SegmentPoints(AtomicReader reader)
    {
        var max = reader.MaxDoc;
        Lat = new float[max];
        Lon = new float[max];
        Commute = new short[max];
        var lat = reader.GetNumericDocValues(CandidateFields.LatValues);
        var lon = reader.GetNumericDocValues(CandidateFields.LonValues);
        var commute = reader.GetNumericDocValues(CandidateFields.CommuteValues);
        for (var doc = 0; doc < max; doc++)
        {
            Lat[doc] = lat is null ? float.NaN : (float)BitConverter.Int64BitsToDouble(lat.Get(doc));
            Lon[doc] = lon is null ? float.NaN : (float)BitConverter.Int64BitsToDouble(lon.Get(doc));
            Commute[doc] = commute is null ? (short)0 : (short)commute.Get(doc);
        }
    }

    public float[] Lat { get; }

    public float[] Lon { get; }

    public short[] Commute { get; }

    /// <summary>The arrays of a segment, read on first use.</summary>
    public static SegmentPoints For(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => new SegmentPoints(reader));
}
