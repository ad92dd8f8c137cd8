using System.Diagnostics;
using AeI.Crm.Matching.Occupations;

namespace AeI.Crm.Matching.Evaluation;

/// <summary>Result of the MELO ita_q_it_c_it run.</summary>
public sealed record MeloResult(int Queries, double Mrr, double Map, double P50Ms, double P95Ms);

/// <summary>
/// Runs the title normaliser on MELO's Italian CP2011 titles against the 16,199 ESCO labels.
/// queries.tsv and annotations.tsv are only read here, to measure; nothing is built from them.
/// </summary>
public static class MeloEvaluation
{
    /// <summary>Ranks the labels for every query of the folder and averages MRR and MAP.</summary>
    public static MeloResult Run(TitleNormalizer normalizer, string folder, int depth = 1000)
    {
        ArgumentNullException.ThrowIfNull(normalizer);
        var queries = File.ReadLines(Path.Combine(folder, "queries.tsv"))
            .Select(l => l.Split('\t'))
            .Where(f => f.Length >= 2)
            .ToDictionary(f => f[0], f => f[1]);
        var relevant = File.ReadLines(Path.Combine(folder, "annotations.tsv"))
            .Select(l => l.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
            .Where(f => f.Length >= 4 && f[3] != "0")
            .GroupBy(f => f[0])
            .ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.Select(f => f[2]).ToHashSet());

        double rr = 0, ap = 0;
        var times = new List<double>();
        var counted = 0;
        foreach (var (id, title) in queries)
        {
            if (!relevant.TryGetValue(id, out var wanted))
            {
                continue;
            }

            var sw = Stopwatch.StartNew();
            var ranked = normalizer.Rank(title, depth).Select(m => m.ElementId).ToList();
            times.Add(sw.Elapsed.TotalMilliseconds);
            rr += RankingMetrics.ReciprocalRank(ranked, wanted.Contains);
            ap += RankingMetrics.AveragePrecision(ranked, wanted);
            counted++;
        }

        return new MeloResult(counted, rr / counted, ap / counted, RankingMetrics.Percentile(times, 50), RankingMetrics.Percentile(times, 95));
    }
}
