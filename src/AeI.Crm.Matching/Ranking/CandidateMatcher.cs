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
            var failing = new List<(int Doc, double Score)>();
            if (work is { } w)
            {
                // One pass over the text matches of the user's caseloads: those passing the hard
                // requirements are ranked, the others feed the near misses.
                var collector = new CommuteCollector(Math.Max(options.Top, options.NearMisses), w.Lat, w.Lon, DecayKm, new QueryWrapperFilter(filter));
                searcher.Search(new FilteredQuery(relevance, new QueryWrapperFilter(VacancyQuery.CaseloadFilter(options.Caseloads))), collector);
                eligible = collector.Eligible;
                foreach (var (doc, score, km) in collector.Results().Take(options.Top))
                {
                    var candidate = Load(searcher, doc);
                    matches.Add(new CandidateMatch(candidate, score, explainer.Explain(candidate, km)));
                }

                failing.AddRange(collector.Failing());
            }
            else if (options.NearMisses > 0)
            {
                // Unknown workplace: nobody can be checked for distance, everybody is a near miss.
                var hits = searcher.Search(new FilteredQuery(relevance, new QueryWrapperFilter(VacancyQuery.CaseloadFilter(options.Caseloads))), options.NearMisses);
                failing.AddRange(hits.ScoreDocs.Select(h => (h.Doc, (double)h.Score)));
            }

            var nearMisses = new List<NearMiss>();
            foreach (var (doc, score) in failing.Take(options.NearMisses))
            {
                var candidate = Load(searcher, doc);
                var failures = context.Requirements.Check(candidate, vacancy);
                if (failures.Count > 0)
                {
                    nearMisses.Add(new NearMiss(candidate, score, failures));
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
