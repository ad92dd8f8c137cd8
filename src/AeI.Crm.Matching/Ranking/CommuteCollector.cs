using AeI.Crm.Geography;
using AeI.Crm.Matching.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace AeI.Crm.Matching.Ranking;

/// <summary>
/// Collects the documents that passed the filter and live within their own commute limit of the
/// workplace (haversine on doc values), scoring relevance times a gentle distance decay, and keeps
/// the best N. Every eligible document is seen, so the ranking is exact, not a re-rank of a top-K.
/// </summary>
internal sealed class CommuteCollector(int top, double workLat, double workLon, double decayKm, Filter hardFilter) : ICollector
{
    private FixedBitSet? _passes;
    private readonly PriorityQueue<(int Doc, double Score, double Km), double> _best = new();
    private readonly PriorityQueue<(int Doc, double Score), double> _far = new();
    private Scorer _scorer = null!;
    private int _docBase;
    private NumericDocValues? _lat;
    private NumericDocValues? _lon;
    private NumericDocValues? _commute;

    public int Eligible { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        // The hard filter as a bit set of this segment: relevance is scored once, for both lists.
        _passes = new FixedBitSet(context.AtomicReader.MaxDoc);
        var set = hardFilter.GetDocIdSet(context, context.AtomicReader.LiveDocs);
        if (set?.GetIterator() is { } it)
        {
            _passes.Or(it);
        }

        _docBase = context.DocBase;
        _lat = context.AtomicReader.GetNumericDocValues(CandidateFields.LatValues);
        _lon = context.AtomicReader.GetNumericDocValues(CandidateFields.LonValues);
        _commute = context.AtomicReader.GetNumericDocValues(CandidateFields.CommuteValues);
    }

    public void Collect(int doc)
    {
        if (_passes is null || !_passes.Get(doc))
        {
            RememberFailing(doc);
            return;
        }

        if (_lat is null || _lon is null || _commute is null)
        {
            return;
        }

        var lat = BitConverter.Int64BitsToDouble(_lat.Get(doc));
        var lon = BitConverter.Int64BitsToDouble(_lon.Get(doc));
        if (double.IsNaN(lat) || double.IsNaN(lon))
        {
            return;
        }

        var km = GeoDistance.Kilometres(workLat, workLon, lat, lon);
        if (km > _commute.Get(doc))
        {
            RememberFailing(doc);
            return;
        }

        Eligible++;
        var score = _scorer.GetScore() * Decay(km);
        if (_best.Count < top)
        {
            _best.Enqueue((_docBase + doc, score, km), score);
        }
        else if (score > _best.Peek().Score)
        {
            _best.DequeueEnqueue((_docBase + doc, score, km), score);
        }
    }

    /// <summary>1 at the door, 0.8 at <c>decayKm</c>, never below 0.6: distance orders equals, it does not override fit.</summary>
    private double Decay(double km) => 0.6 + (0.4 * Math.Pow(2, -km / decayKm));

    /// <summary>The best text matches that break a hard requirement, best first: the near-miss candidates.</summary>
    public IReadOnlyList<(int Doc, double Score)> Failing() => [.. _far.UnorderedItems.Select(i => i.Element).OrderByDescending(i => i.Score)];

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
