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
    private readonly Explainer _explainer = new(index.Context);

    /// <summary>Distance at which the decay takes 20% off a score.</summary>
    public double DecayKm { get; init; } = 20;

    /// <summary>Ranks the people for a position.</summary>
    public MatchResult Rank(VacancyDocument vacancy, MatchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(vacancy);
        options ??= new MatchOptions();
        var context = index.Context;
        var relevance = VacancyQuery.Relevance(vacancy, context);
        var (filter, work) = VacancyQuery.HardFilter(vacancy, context, options.Caseloads);
        var searcher = index.Searchers.Acquire();
        try
        {
            var matches = new List<CandidateMatch>();
            var eligible = 0;
            if (work is { } w)
            {
                var collector = new CommuteCollector(options.Top, w.Lat, w.Lon, DecayKm);
                searcher.Search(new FilteredQuery(relevance, new QueryWrapperFilter(filter)), collector);
                eligible = collector.Eligible;
                foreach (var (doc, score, km) in collector.Results())
                {
                    var candidate = Load(searcher, doc);
                    matches.Add(new CandidateMatch(candidate, score, _explainer.Explain(vacancy, candidate, km)));
                }
            }

            var nearMisses = new List<NearMiss>();
            if (options.NearMisses > 0)
            {
                var chosen = matches.Select(m => m.Candidate.Id).ToHashSet(StringComparer.Ordinal);
                var strongest = searcher.Search(new FilteredQuery(relevance, new QueryWrapperFilter(VacancyQuery.CaseloadFilter(options.Caseloads))), options.Top + (options.NearMisses * 4));
                foreach (var hit in strongest.ScoreDocs)
                {
                    var candidate = Load(searcher, hit.Doc);
                    if (chosen.Contains(candidate.Id))
                    {
                        continue;
                    }

                    var failures = context.Requirements.Check(candidate, vacancy);
                    if (failures.Count > 0)
                    {
                        nearMisses.Add(new NearMiss(candidate, hit.Score, failures));
                        if (nearMisses.Count == options.NearMisses)
                        {
                            break;
                        }
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
