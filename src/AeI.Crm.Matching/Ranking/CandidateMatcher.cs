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
            var relevance = VacancyQuery.Relevance(vacancy, context, searcher.IndexReader);
            var explainer = new Explainer(context, vacancy);
            var matches = new List<CandidateMatch>();
            var eligible = 0;
            var tooFar = new List<(int Doc, double Score)>();
            if (work is { } w)
            {
                // Only people who meet every filterable requirement are scored; the commute is
                // checked per person in the collectors, one per segment, segments in parallel.
                var weight = searcher.CreateNormalizedWeight(new FilteredQuery(relevance, new BitSetFilter(filter), FilteredQuery.QUERY_FIRST_FILTER_STRATEGY));
                var leaves = searcher.IndexReader.Leaves;
                var collectors = new CommuteCollector[leaves.Count];
                Parallel.For(0, leaves.Count, i =>
                {
                    var collector = new CommuteCollector(Math.Max(options.Top, options.NearMisses), w.Lat, w.Lon, DecayKm);
                    collector.SetNextReader(leaves[i]);
                    var scorer = weight.GetScorer(leaves[i], leaves[i].AtomicReader.LiveDocs);
                    if (scorer is not null)
                    {
                        collector.SetScorer(scorer);
                        int doc;
                        while ((doc = scorer.NextDoc()) != Lucene.Net.Search.DocIdSetIterator.NO_MORE_DOCS)
                        {
                            collector.Collect(doc);
                        }
                    }

                    collectors[i] = collector;
                });
                eligible = collectors.Sum(c => c.Eligible);
                foreach (var (doc, score, km) in collectors.SelectMany(c => c.Results()).OrderByDescending(r => r.Score).Take(options.Top))
                {
                    var candidate = Load(searcher, doc);
                    matches.Add(new CandidateMatch(candidate, score, explainer.Explain(candidate, km)));
                }

                tooFar.AddRange(collectors.SelectMany(c => c.TooFar()));
            }

            var nearMisses = new List<NearMiss>();
            if (options.NearMisses > 0)
            {
                // The strongest matches on the position's title and requirements among those who
                // break a filterable requirement, with the best of those who live too far.
                var failing = new BooleanQuery
                {
                    { VacancyQuery.Core(vacancy, context, searcher.IndexReader), Occur.MUST },
                    { VacancyQuery.CaseloadFilter(options.Caseloads), Occur.MUST },
                };
                if (work is not null)
                {
                    failing.Add(filter, Occur.MUST_NOT);
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

    private static CandidateDocument Load(IndexSearcher searcher, int doc) =>
        CandidateFields.FromJson(searcher.Doc(doc).Get(CandidateFields.Json, System.Globalization.CultureInfo.InvariantCulture));
}
