using System.Diagnostics;
using AeI.Crm.Matching.Indexing;
using AeI.Crm.Matching.Ranking;

namespace AeI.Crm.Matching.Evaluation;

/// <summary>Averages of one ranker over a set.</summary>
public sealed record RankerFigures(double Ndcg10, double Mrr, double Recall20, double P50Ms, double P95Ms);

/// <summary>
/// Figures of one run: the engine, the FTS5 BM25 baseline without filters, and the same BM25
/// behind the engine's own hard requirements (what the engine's ranking adds over its filter).
/// </summary>
public sealed record MatchEvaluationResult(int Candidates, int Vacancies, RankerFigures Engine, RankerFigures Baseline, RankerFigures Filtered);

/// <summary>
/// Indexes a set's candidates in a temporary folder, ranks every vacancy with the engine and
/// with the FTS5 baseline (alone and behind the engine's hard filter), and computes nDCG@10, MRR (first grade 3), Recall@20 (grade ≥ 2) and
/// query latency.
/// </summary>
public static class MatchEvaluation
{
    /// <summary>Runs both rankers over the set.</summary>
    public static MatchEvaluationResult Run(EvaluationSet set, MatchingContext context, string tempFolder, Action<string, IReadOnlyList<string>>? engineRanking = null)
    {
        ArgumentNullException.ThrowIfNull(set);
        using var index = new CandidateIndex(tempFolder, context);
        index.Rebuild(set.Candidates);
        var matcher = new CandidateMatcher(index);
        using var baseline = new Fts5Baseline(set.Candidates);

        // Warm-up query, so JIT compilation does not count as latency.
        if (set.Vacancies.Count > 0)
        {
            matcher.Rank(set.Vacancies[0], new MatchOptions { Top = 20, NearMisses = 0 });
            baseline.Rank(set.Vacancies[0], 20);
        }

        var engine = Measure(set, v => matcher.Rank(v, new MatchOptions { Top = 20, NearMisses = 0 }).Matches.Select(m => m.Candidate.Id).ToList());
        if (engineRanking is not null)
        {
            foreach (var v in set.Vacancies)
            {
                engineRanking(v.Id, matcher.Rank(v, new MatchOptions { Top = 20, NearMisses = 0 }).Matches.Select(m => m.Candidate.Id).ToList());
            }
        }
        var fts = Measure(set, v => baseline.Rank(v, 20));
        var people = set.Candidates.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var filtered = Measure(set, v => baseline.Rank(v, 20, id => context.Requirements.Check(people[id], v).Count == 0));
        return new MatchEvaluationResult(set.Candidates.Count, set.Vacancies.Count, engine, fts, filtered);
    }

    private static RankerFigures Measure(EvaluationSet set, Func<Model.VacancyDocument, IReadOnlyList<string>> rank)
    {
        double ndcg = 0, mrr = 0, recall = 0;
        var times = new List<double>();
        foreach (var v in set.Vacancies)
        {
            var grades = set.Grades.GetValueOrDefault(v.Id) ?? new Dictionary<string, int>();
            var sw = Stopwatch.StartNew();
            var ranked = rank(v);
            times.Add(sw.Elapsed.TotalMilliseconds);
            ndcg += RankingMetrics.NdcgAt(10, ranked, grades);
            mrr += RankingMetrics.ReciprocalRank(ranked, id => grades.GetValueOrDefault(id) == 3);
            recall += RankingMetrics.RecallAt(20, ranked, grades.Where(g => g.Value >= 2).Select(g => g.Key).ToHashSet());
        }

        var n = Math.Max(1, set.Vacancies.Count);
        return new RankerFigures(ndcg / n, mrr / n, recall / n, RankingMetrics.Percentile(times, 50), RankingMetrics.Percentile(times, 95));
    }
}
