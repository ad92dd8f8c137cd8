using System.Globalization;
using AeI.Crm.Matching;
using AeI.Crm.Matching.Evaluation;

namespace AeI.Crm.Cli.Matching;

/// <summary>match-eval FILE: the engine, the FTS5 baseline and the baseline behind the engine's filter on an evaluation set.</summary>
public static class MatchEvalCommand
{
    public static int Run(string[] args)
    {
        if (args.Length < 1 || !File.Exists(args[0]))
        {
            Console.Error.WriteLine("match-eval FILE [--rankings OUT.tsv]: an evaluation set in the format of shared/matching/FORMAT.md; the engine's top 20 of each vacancy optionally written to OUT.tsv.");
            return 2;
        }

        var set = EvaluationSet.Load(args[0]);
        var folder = Path.Combine(Path.GetTempPath(), "aei-crm-match-eval-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var context = new MatchingContext();
            var at = Array.IndexOf(args, "--rankings");
            using var rankings = at > 0 && at + 1 < args.Length ? new StreamWriter(args[at + 1]) : null;
            var r = MatchEvaluation.Run(set, context, folder, rankings is null ? null : (v, ids) => rankings.WriteLine(v + "\t" + string.Join(',', ids)));
            var c = CultureInfo.InvariantCulture;
            Console.WriteLine($"{args[0]}: {r.Candidates} candidates, {r.Vacancies} vacancies");
            Console.WriteLine($"{"ranker",-28} {"nDCG@10",8} {"MRR",6} {"R@20",6} {"p50 ms",8} {"p95 ms",8}");
            foreach (var (name, f) in new[] { ("engine (Lucene.Net)", r.Engine), ("baseline (SQLite FTS5 BM25)", r.Baseline), ("BM25 behind engine filter", r.Filtered) })
            {
                Console.WriteLine(string.Create(c, $"{name,-28} {f.Ndcg10,8:0.000} {f.Mrr,6:0.000} {f.Recall20,6:0.000} {f.P50Ms,8:0.00} {f.P95Ms,8:0.00}"));
            }

            Console.WriteLine(string.Create(c, $"engine / baseline nDCG@10: {(r.Baseline.Ndcg10 == 0 ? 0 : r.Engine.Ndcg10 / r.Baseline.Ndcg10):0.00}x; engine - filtered BM25: {r.Engine.Ndcg10 - r.Filtered.Ndcg10:+0.000;-0.000}"));
            Console.WriteLine(string.Create(c,
                $"RESULT engine_ndcg10={r.Engine.Ndcg10:0.000} engine_mrr={r.Engine.Mrr:0.000} engine_recall20={r.Engine.Recall20:0.000} engine_p95_ms={r.Engine.P95Ms:0.00} baseline_ndcg10={r.Baseline.Ndcg10:0.000} baseline_mrr={r.Baseline.Mrr:0.000} baseline_recall20={r.Baseline.Recall20:0.000} baseline_p95_ms={r.Baseline.P95Ms:0.00} filtered_ndcg10={r.Filtered.Ndcg10:0.000} filtered_mrr={r.Filtered.Mrr:0.000} filtered_recall20={r.Filtered.Recall20:0.000}"));
            return 0;
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
