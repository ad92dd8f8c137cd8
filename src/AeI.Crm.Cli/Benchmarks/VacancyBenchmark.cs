using System.Diagnostics;
using System.Globalization;
using AeI.Crm.Matching;
using AeI.Crm.Matching.Evaluation;
using AeI.Crm.Matching.Indexing;
using AeI.Crm.Matching.Ranking;

namespace AeI.Crm.Cli.Benchmarks;

/// <summary>
/// vacancy-bench --positions 10000: "Trova offerte" at scale. Indexes N synthetic open positions
/// on disk, then ranks them for 60 synthetic people (after 10 warm-up searches), top 20 with
/// explanations and 10 near misses, as the page asks; prints build rate and latency.
/// </summary>
public static class VacancyBenchmark
{
    public static int Run(string[] args)
    {
        var at = Array.IndexOf(args, "--positions");
        var sizes = (at >= 0 && at + 1 < args.Length ? args[at + 1] : "10000")
            .Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
        using var context = new MatchingContext();
        foreach (var n in sizes)
        {
            var folder = Path.Combine(Path.GetTempPath(), "aei-crm-vacancy-bench-" + Guid.NewGuid().ToString("N"));
            try
            {
                using var index = new VacancyIndex(folder, context);
                var data = new SyntheticData(seed: 7);
                var positions = Enumerable.Range(0, n).Select(i => data.Vacancy(i) with { Id = "v" + i.ToString(CultureInfo.InvariantCulture) }).ToList();
                var sw = Stopwatch.StartNew();
                index.Rebuild(positions);
                var buildSeconds = sw.Elapsed.TotalSeconds;
                // Positions are read into memory in the background once the index opens, as in the app.
                index.Warmed.Wait();
                var matcher = new VacancyMatcher(index);
                var people = Enumerable.Range(0, 70).Select(new SyntheticData(seed: -3).Candidate).ToList();
                foreach (var p in people.Take(10))
                {
                    matcher.Rank(p);
                }

                var times = new List<double>();
                var shown = 0L;
                foreach (var p in people.Skip(10))
                {
                    sw.Restart();
                    var result = matcher.Rank(p, top: 20, nearMisses: 10);
                    times.Add(sw.Elapsed.TotalMilliseconds);
                    shown += result.Matches.Count;
                }

                var c = CultureInfo.InvariantCulture;
                Console.WriteLine(string.Create(c, $"positions={n}: index {buildSeconds:0.0} s, {shown / 60.0:0.0} positions offered per person on average"));
                Console.WriteLine(string.Create(c, $"RESULT positions={n} build_per_s={n / buildSeconds:0} p50_ms={RankingMetrics.Percentile(times, 50):0.00} p95_ms={RankingMetrics.Percentile(times, 95):0.00}"));
            }
            finally
            {
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
        }

        return 0;
    }
}
