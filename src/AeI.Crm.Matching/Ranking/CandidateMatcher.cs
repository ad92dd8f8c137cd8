using AeI.Crm.Geography;
using AeI.Crm.Matching.Indexing;
using AeI.Crm.Matching.Model;
using Lucene.Net.Search;

namespace AeI.Crm.Matching.Ranking;

/// <summary>
/// Ranks the candidates of the index for a position: hard requirements first (as a filter, and
/// the commute per person), then relevance with a distance decay; explains every result and lists
/// the near misses (strong text matches that break a requirement, with the reason).
/// </summary>
public sealed class CandidateMatcher(CandidateIndex index)
{
    /// <summary>Distance at which the decay takes 20% off a score.</summary>
    public double DecayKm { get; init; } = 20;

    /// <summary>Ranks the people for a position.</summary>
    public MatchResult Rank(VacancyDocument vacancy, MatchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(vacancy);
        options ??= new MatchOptions();
        var context = index.Context;
        var (filter, work) = VacancyQuery.HardFilter(vacancy, context, options.Caseloads);
        var searcher = index.Searchers.Acquire();
        try
        {
            var relevance = VacancyQuery.Relevance(vacancy, context, searcher.IndexReader, out var bridged);
            var explainer = new Explainer(context, vacancy);
            var matches = new List<CandidateMatch>();
            var eligible = 0;
            var tooFar = new List<(int Doc, double Score)>();
            var leaves = searcher.IndexReader.Leaves;
            // Who meets every filterable requirement, per segment (the commute is checked per person).
            var passing = new Lucene.Net.Util.FixedBitSet[leaves.Count];
            Parallel.For(0, leaves.Count, i => passing[i] = BitSetFilter.Evaluate(filter, leaves[i], leaves[i].AtomicReader.LiveDocs));
            if (work is { } w)
            {
                var fit = new FitScorer(context, vacancy, Idf(searcher.IndexReader), context.Clock.GetUtcNow().Year);
                // The second look reads every word the position and the records share; the index's
                // text score adds what it cannot: n-grams that bridge words nobody wrote (typos).
                var exhaustive = passing.Sum(p => (long)p.Cardinality) <= ExhaustiveLimit
                    && (passing.Sum(p => (long)p.Cardinality) <= 2_000 || leaves.All(l => SegmentCache<CandidateEvidence>.For(l.AtomicReader).Complete));
                var shortlist = exhaustive
                    ? ShortlistByFit(leaves, passing, bridged ? searcher.CreateNormalizedWeight(relevance) : null, fit, w, options, ref eligible, tooFar)
                    : ShortlistByText(searcher, leaves, passing, relevance, fit, w, options, ref eligible, tooFar);
                var bestText = shortlist.Count == 0 ? 1 : Math.Max(1e-9, shortlist.Max(r => r.Text));
                var top = shortlist
                    .Select(r => (r.Doc, r.Km, r.Fit, Score: r.Fit + (TextShare * r.Text / bestText)))
                    .Where(r => r.Score > 0)
                    .OrderByDescending(r => r.Score)
                    .Take(options.Top);
                foreach (var (doc, rankedKm, _, score) in top)
                {
                    var km = ExactKm(leaves, doc, w) ?? rankedKm;
                    var caveats = new List<string>();
                    var evidence = Evidence(leaves, doc, context);
                    fit.Score(evidence, km, caveats);
                    var candidate = Load(searcher, doc);
                    matches.Add(new CandidateMatch(candidate, score, explainer.Explain(candidate, evidence, km) with { Caveats = caveats }));
                }
            }

            var nearMisses = new List<NearMiss>();
            if (options.NearMisses > 0)
            {
                // The strongest matches on the position's title and requirements among those who
                // break a filterable requirement, with the best of those who live too far.
                Query failing = new BooleanQuery
                {
                    { VacancyQuery.Core(vacancy, context, searcher.IndexReader), Occur.MUST },
                    { VacancyQuery.CaseloadFilter(options.Caseloads), Occur.MUST },
                };
                if (work is not null)
                {
                    // Those who break a filterable requirement: the complement of who passed.
                    var breaking = passing.Select((p, i) =>
                    {
                        var set = p.Clone();
                        set.Flip(0, set.Length);
                        return set;
                    }).ToArray();
                    failing = new FilteredQuery(failing, new PerSegmentFilter(breaking), BitSetFilter.Strategy);
                }

                var strongest = searcher.Search(failing, options.NearMisses).ScoreDocs.Select(h => (h.Doc, (double)h.Score)).ToList();
                var farthest = tooFar.OrderByDescending(x => x.Score).Take(options.NearMisses).ToList();
                // Scores of the two lists come from different queries: interleave them by rank.
                var merged = strongest.Select((x, i) => (x.Doc, x.Item2, Rank: i)).Concat(farthest.Select((x, i) => (x.Doc, x.Score, Rank: i)))
                    .OrderBy(x => x.Rank).Take(options.NearMisses);
                foreach (var (doc, score, _) in merged)
                {
                    var candidate = Load(searcher, doc);
                    var failures = context.Requirements.Check(candidate, vacancy);
                    if (failures.Count > 0)
                    {
                        nearMisses.Add(new NearMiss(candidate, score, failures));
                    }
                }
            }

            return new MatchResult(matches, eligible, nearMisses);
        }
        finally
        {
            index.Searchers.Release(searcher);
        }
    }

    /// <summary>
    /// Up to this many people past the filter (before the commute, checked per person), every one of
    /// them within their commute gets the second look, when their records are all analysed in memory
    /// (or they are few); otherwise the best text matches do.
    /// </summary>
    public int ExhaustiveLimit { get; init; } = 500_000;

    /// <summary>
    /// Every person past the filter and within their commute, scored by the second look; the best
    /// of them get their text score too.
    /// </summary>
    private List<(int Doc, double Km, double Fit, double Text)> ShortlistByFit(
        IList<Lucene.Net.Index.AtomicReaderContext> leaves, Lucene.Net.Util.FixedBitSet[] passing, Weight? weight, FitScorer fit,
        (double Lat, double Lon) work, MatchOptions options, ref int eligible, List<(int Doc, double Score)> tooFar)
    {
        var size = Shortlist(options);
        // Within 5 degrees of latitude from the workplace, a degree of longitude is at least this long.
        var cosMin = Math.Cos(Math.Min(89, Math.Abs(work.Lat) + 5) * Math.PI / 180);
        var cosWork = Math.Cos(work.Lat * Math.PI / 180);
        // Segments in parallel, each with its own lists; merged after.
        var perLeaf = new (PriorityQueue<(int Leaf, int Doc, double Km, double Fit), double> Best, PriorityQueue<(int Doc, double Score), double> Far, int Eligible)[leaves.Count];
        Parallel.For(0, leaves.Count, i =>
        {
            var best = new PriorityQueue<(int Leaf, int Doc, double Km, double Fit), double>();
            var far = new PriorityQueue<(int Doc, double Score), double>();
            var count = 0;
            var points = SegmentPoints.For(leaves[i].AtomicReader);
            var records = SegmentCache<CandidateEvidence>.For(leaves[i].AtomicReader);
            var bits = passing[i];
            for (var doc = bits.NextSetBit(0); doc >= 0; doc = doc + 1 < bits.Length ? bits.NextSetBit(doc + 1) : -1)
            {
                var global = leaves[i].DocBase + doc;
                // Most people past the filter live beyond their limit: a lower bound of the distance
                // (degrees apart, no trigonometry) rules them out before the great-circle distance.
                if (LowerBoundKm(points, doc, work.Lat, work.Lon, cosMin) > points.Commute[doc] + NearMissKm)
                {
                    continue;
                }

                var km = Km(points, doc, work, cosWork);
                if (km is null || km > points.Commute[doc])
                {
                    // Too far (or residence unknown): a near miss, if near misses are asked for and the
                    // person lives at most a few kilometres beyond their own limit.
                    if (options.NearMisses > 0 && (km is null || km <= points.Commute[doc] + NearMissKm))
                    {
                        var relevance = fit.Score(records.Held(doc) ?? Evidence(leaves, global, index.Context), km ?? 0);
                        Keep(far, (global, relevance), relevance, options.NearMisses);
                    }

                    continue;
                }

                var score = fit.Score(records.Held(doc) ?? Evidence(leaves, global, index.Context), km.Value);
                count++;
                Keep(best, (i, doc, km.Value, score), score, size);
            }

            perLeaf[i] = (best, far, count);
        });
        eligible = perLeaf.Sum(l => l.Eligible);
        var far = new PriorityQueue<(int Doc, double Score), double>();
        var best = new PriorityQueue<(int Leaf, int Doc, double Km, double Fit), double>();
        foreach (var leaf in perLeaf)
        {
            foreach (var (item, score) in leaf.Far.UnorderedItems)
            {
                Keep(far, item, score, options.NearMisses);
            }

            foreach (var (item, score) in leaf.Best.UnorderedItems)
            {
                Keep(best, item, score, size);
            }
        }

        tooFar.AddRange(far.UnorderedItems.Select(x => x.Element).Where(x => x.Score > 0));
        var list = best.UnorderedItems.Select(x => x.Element).OrderBy(x => x.Leaf).ThenBy(x => x.Doc).ToList();
        var result = new List<(int Doc, double Km, double Fit, double Text)>(list.Count);
        if (weight is null)
        {
            result.AddRange(list.Where(x => x.Fit > 0).Select(x => (leaves[x.Leaf].DocBase + x.Doc, x.Km, x.Fit, 0.0)));
            return result;
        }

        foreach (var leaf in list.GroupBy(x => x.Leaf))
        {
            var scorer = weight.GetScorer(leaves[leaf.Key], leaves[leaf.Key].AtomicReader.LiveDocs);
            foreach (var (_, doc, km, score) in leaf)
            {
                var text = 0.0;
                if (scorer is not null && (scorer.DocID >= doc || scorer.Advance(doc) != DocIdSetIterator.NO_MORE_DOCS) && scorer.DocID == doc)
                {
                    text = scorer.GetScore() * DistanceDecay.Factor(km, DecayKm);
                }

                result.Add((leaves[leaf.Key].DocBase + doc, km, score, text));
            }
        }

        return result;
    }

    /// <summary>The best text matches past the filter and within their commute, scored by the second look too.</summary>
    private List<(int Doc, double Km, double Fit, double Text)> ShortlistByText(
        IndexSearcher searcher, IList<Lucene.Net.Index.AtomicReaderContext> leaves, Lucene.Net.Util.FixedBitSet[] passing, Query relevance, FitScorer fit,
        (double Lat, double Lon) work, MatchOptions options, ref int eligible, List<(int Doc, double Score)> tooFar)
    {
        // Only people who meet every filterable requirement are scored; the commute is checked per
        // person in the collectors, one per segment, segments in parallel.
        var weight = searcher.CreateNormalizedWeight(new FilteredQuery(relevance, new PerSegmentFilter(passing), BitSetFilter.Strategy));
        var collectors = new CommuteCollector[leaves.Count];
        Parallel.For(0, leaves.Count, i =>
        {
            var collector = new CommuteCollector(Math.Max(Shortlist(options), options.NearMisses), work.Lat, work.Lon, DecayKm);
            collector.SetNextReader(leaves[i]);
            var scorer = weight.GetScorer(leaves[i], leaves[i].AtomicReader.LiveDocs);
            if (scorer is not null)
            {
                collector.SetScorer(scorer);
                int doc;
                while ((doc = scorer.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
                {
                    collector.Collect(doc);
                }
            }

            collectors[i] = collector;
        });
        eligible = collectors.Sum(c => c.Eligible);
        tooFar.AddRange(collectors.SelectMany(c => c.TooFar()));
        // The index's best by text are looked at again as a mediator would (FitScorer).
        return collectors.SelectMany(c => c.Results()).OrderByDescending(r => r.Score).Take(Shortlist(options))
            .Select(r => (r.Doc, r.Km, fit.Score(Evidence(leaves, r.Doc, index.Context), r.Km), r.Score))
            .ToList();
    }

    /// <summary>
    /// A distance no greater than the great-circle distance: the latitude apart (a degree of latitude
    /// is 111.19 km everywhere) or the longitude apart at the shortest degree within reach.
    /// </summary>
    private static double LowerBoundKm(SegmentPoints points, int doc, double workLat, double workLon, double cosMin)
    {
        const double KmPerDegree = 111.19;
        var dLat = Math.Abs(points.Lat[doc] - workLat);
        var dLon = Math.Abs(points.Lon[doc] - workLon);
        dLon = Math.Min(dLon, 360 - dLon);
        return dLat > 5 ? dLat * KmPerDegree : Math.Max(dLat * KmPerDegree, dLon * KmPerDegree * cosMin * 0.99);
    }

    /// <summary>The great-circle distance from the workplace to a person's residence, as shown.</summary>
    private static double? ExactKm(IList<Lucene.Net.Index.AtomicReaderContext> leaves, int doc, (double Lat, double Lon) work)
    {
        var leaf = leaves[Lucene.Net.Index.ReaderUtil.SubIndex(doc, leaves)];
        var points = SegmentPoints.For(leaf.AtomicReader);
        return CommuteCollector.Km(points, doc - leaf.DocBase, work.Lat, work.Lon);
    }

    /// <summary>
    /// The distance for ranking: flat-earth at the workplace's latitude (within 0.5% of the great
    /// circle at a commute's range, no trigonometry per person), the great circle itself near the
    /// person's limit, so that who is within it is decided exactly as <see cref="HardRequirements"/> does.
    /// </summary>
    private static double? Km(SegmentPoints points, int doc, (double Lat, double Lon) work, double cosWork)
    {
        const double KmPerDegree = 111.19;
        var lat = points.Lat[doc];
        var lon = points.Lon[doc];
        if (float.IsNaN(lat) || float.IsNaN(lon))
        {
            return null;
        }

        var dLat = (lat - work.Lat) * KmPerDegree;
        var dLon = (lon - work.Lon) * KmPerDegree * cosWork;
        var flat = Math.Sqrt((dLat * dLat) + (dLon * dLon));
        var limit = points.Commute[doc];
        return flat < 100 && Math.Abs(flat - limit) > 0.02 * limit + 0.1 ? flat : GeoDistance.Kilometres(work.Lat, work.Lon, lat, lon);
    }

    private static void Keep<T>(PriorityQueue<T, double> queue, T item, double score, int size)
    {
        if (queue.Count < size)
        {
            queue.Enqueue(item, score);
        }
        else if (queue.TryPeek(out _, out var lowest) && score > lowest)
        {
            queue.DequeueEnqueue(item, score);
        }
    }

    /// <summary>How far beyond their own limit a person may live and still be shown as a near miss, km.</summary>
    public double NearMissKm { get; init; } = 5;

    /// <summary>How many of the best text matches are looked at again: five times the page, at least 100.</summary>
    private static int Shortlist(MatchOptions options) => Math.Max(100, options.Top * 5);

    /// <summary>Weight of the index's text score (scaled to the best one) next to the fit.</summary>
    public double TextShare { get; init; } = 0.25;

    /// <summary>Rarity of a word or synonym group among the indexed people.</summary>
    private static Func<string, double> Idf(Lucene.Net.Index.IndexReader reader)
    {
        var people = Math.Max(1, reader.NumDocs);
        var cache = new Dictionary<string, double>(StringComparer.Ordinal);
        return f =>
        {
            if (!cache.TryGetValue(f, out var idf))
            {
                var df = f.StartsWith("syn", StringComparison.Ordinal) && f.Length > 3 && char.IsDigit(f[3])
                    ? DocFrequencies.Of(reader, CandidateFields.Concepts, f)
                    : Math.Max(DocFrequencies.Of(reader, CandidateFields.Core, f), Math.Max(DocFrequencies.Of(reader, CandidateFields.Experience, f), DocFrequencies.Of(reader, CandidateFields.Profile, f)));
                cache[f] = idf = Math.Log(1 + (people / (double)Math.Max(1, df)));
            }

            return idf;
        };
    }

    private static CandidateEvidence Evidence(IList<Lucene.Net.Index.AtomicReaderContext> leaves, int doc, MatchingContext context)
    {
        var leaf = leaves[Lucene.Net.Index.ReaderUtil.SubIndex(doc, leaves)];
        var local = doc - leaf.DocBase;
        return SegmentCache<CandidateEvidence>.For(leaf.AtomicReader).Get(local, () => CandidateEvidence.Of(
            CandidateFields.FromJson(leaf.AtomicReader.Document(local).Get(CandidateFields.Json, System.Globalization.CultureInfo.InvariantCulture)), context));
    }

    private static CandidateDocument Load(IndexSearcher searcher, int doc) =>
        CandidateFields.FromJson(searcher.Doc(doc).Get(CandidateFields.Json, System.Globalization.CultureInfo.InvariantCulture));
}
