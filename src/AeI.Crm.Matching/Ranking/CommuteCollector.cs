using AeI.Crm.Geography;
using AeI.Crm.Matching.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace AeI.Crm.Matching.Ranking;

/// <summary>
/// Collects, in one segment, the documents that passed the filter and live within their own
/// commute limit of the workplace (haversine on doc values), scoring relevance times a gentle
/// distance decay, and keeps the best N; also the best of those too far away (near misses).
/// Every eligible document is seen, so the ranking is exact, not a re-rank of a top-K.
/// </summary>
internal sealed class CommuteCollector(int top, double workLat, double workLon, double decayKm) : ICollector
{
    private readonly PriorityQueue<(int Doc, double Score, double Km), double> _best = new();
    private readonly PriorityQueue<(int Doc, double Score), double> _far = new();
    private Scorer _scorer = null!;
    private int _docBase;
    private SegmentPoints? _points;

    public int Eligible { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {

        _docBase = context.DocBase;
        _points = SegmentPoints.For(context.AtomicReader);
    }

    /// <summary>Kilometres from the workplace to a person's residence; null when the residence is unknown.</summary>
    public static double? Km(SegmentPoints points, int doc, double workLat, double workLon)
    {
        var lat = points.Lat[doc];
        var lon = points.Lon[doc];
        return double.IsNaN(lat) || double.IsNaN(lon) ? null : GeoDistance.Kilometres(workLat, workLon, lat, lon);
    }

    public void Collect(int doc)
    {
        var lat = _points!.Lat[doc];
        var lon = _points.Lon[doc];
        if (double.IsNaN(lat) || double.IsNaN(lon))
        {
            // Residence unknown: the distance cannot be checked, so a near miss, never a result.
            RememberFailing(doc);
            return;
        }

        var km = GeoDistance.Kilometres(workLat, workLon, lat, lon);
        if (km > _points.Commute[doc])
        {
            RememberFailing(doc);
            return;
        }

        Eligible++;
        var score = _scorer.GetScore() * DistanceDecay.Factor(km, decayKm);
        if (_best.Count < top)
        {
            _best.Enqueue((_docBase + doc, score, km), score);
        }
        else if (score > _best.Peek().Score)
        {
            _best.DequeueEnqueue((_docBase + doc, score, km), score);
        }
    }

    /// <summary>The best matches that meet the filter but live too far, best first: near-miss candidates.</summary>
    public IReadOnlyList<(int Doc, double Score)> TooFar() => [.. _far.UnorderedItems.Select(i => i.Element).OrderByDescending(i => i.Score)];

    private void RememberFailing(int doc)
    {
        var textScore = _scorer.GetScore();
        if (_far.Count < top)
        {
            _far.Enqueue((_docBase + doc, textScore), textScore);
        }
        else if (textScore > _far.Peek().Score)
        {
            _far.DequeueEnqueue((_docBase + doc, textScore), textScore);
        }
    }

    public IReadOnlyList<(int Doc, double Score, double Km)> Results()
    {
        var list = new List<(int Doc, double Score, double Km)>(_best.Count);
        while (_best.Count > 0)
        {
            list.Add(_best.Dequeue());
        }

        list.Reverse();
        return list;
    }
}
