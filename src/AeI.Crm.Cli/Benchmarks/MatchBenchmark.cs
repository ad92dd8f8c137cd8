using System.Diagnostics;
using System.Globalization;
using AeI.Crm.Matching;
using AeI.Crm.Matching.Evaluation;
using AeI.Crm.Matching.Indexing;
using AeI.Crm.Matching.Ranking;

namespace AeI.Crm.Cli.Benchmarks;

/// <summary>
/// match-bench --sizes 1000,10000,...: for each N, a child process generates N synthetic
/// candidates, builds the on-disk index, ranks 60 positions (after 10 warm-up queries) and reports
/// build rate, query latency and its own peak memory.
/// </summary>
public static class MatchBenchmark
{
    public static int Run(string[] args)
    {
        var at = Array.IndexOf(args, "--sizes");
        var sizes = (at >= 0 && at + 1 < args.Length ? args[at + 1] : "1000,10000,100000,1000000")
            .Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
        foreach (var n in sizes)
        {
            // One process per size, so each peak is that size's own.
            var start = ChildProcess.Start("match-bench-one");
            start.ArgumentList.Add(n.ToString(CultureInfo.InvariantCulture));
            using var child = Process.Start(start)!;
            var output = child.StandardOutput.ReadToEnd();
            child.WaitForExit();
            Console.Write(output);
            if (child.ExitCode != 0)
            {
                return child.ExitCode;
            }
        }

        return 0;
    }

    public static int RunOne(string[] args)
    {
        var n = int.Parse(args[0], CultureInfo.InvariantCulture);
        var folder = Path.Combine(Path.GetTempPath(), "aei-crm-match-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var context = new MatchingContext();
            // Warm-up: JIT-compile analysis and indexing on a throwaway index, so the rate is the steady one.
            using (var warm = new CandidateIndex(folder + "-warm", context))
            {
                var warmData = new SyntheticData(seed: -2);
                warm.Rebuild(500, warmData.Candidate, threads: 1);
            }

            Directory.Delete(folder + "-warm", recursive: true);
            using var index = new CandidateIndex(folder, context);
            var sw = Stopwatch.StartNew();
            // Each chunk of 1,000 people has its own seeded generator, so generation runs in parallel and repeats exactly.
            var generators = new System.Collections.Concurrent.ConcurrentDictionary<int, SyntheticData>();
            index.Rebuild(n, i =>
            {
                var person = generators.GetOrAdd(i / 1000, k => new SyntheticData(seed: k)).Candidate(i);
                if (i % 1000 == 999)
                {
                    generators.TryRemove(i / 1000, out _);
                }

                return person;
            });
            var buildSeconds = sw.Elapsed.TotalSeconds;
            // The second look's records are analysed in the background once the index opens, as in the app;
            // searches are timed after that, in the steady state of a running app.
            sw.Restart();
            index.EvidenceWarmed.Wait();
            var warmSeconds = sw.Elapsed.TotalSeconds;
            var data = new SyntheticData(seed: -1);

            var matcher = new CandidateMatcher(index);
            var queries = Enumerable.Range(0, 70).Select(data.Vacancy).ToList();
            var options = new MatchOptions { Top = 20, NearMisses = 10 };
            foreach (var q in queries.Take(10))
            {
                matcher.Rank(q, options);
            }

            var plain = new List<double>();
            foreach (var q in queries.Skip(10))
            {
                sw.Restart();
                matcher.Rank(q, new MatchOptions { Top = 20, NearMisses = 0 });
                plain.Add(sw.Elapsed.TotalMilliseconds);
            }

            var times = new List<double>();
            var eligible = 0L;
            foreach (var q in queries.Skip(10))
            {
                sw.Restart();
                eligible += matcher.Rank(q, options).EligibleCount;
                times.Add(sw.Elapsed.TotalMilliseconds);
            }

            using var self = Process.GetCurrentProcess();
            self.Refresh();
            var peakMb = self.PeakWorkingSet64 / (1024 * 1024);
            var c = CultureInfo.InvariantCulture;
            Console.WriteLine(string.Create(c, $"n={n}: index {buildSeconds:0.0} s, {Size(folder) / (1024.0 * 1024):0.0} MB on disk, records analysed in the background in {warmSeconds:0.0} s, {eligible / 60} eligible per position on average; without near misses p50 {RankingMetrics.Percentile(plain, 50):0.00} ms, p95 {RankingMetrics.Percentile(plain, 95):0.00} ms"));
            Console.WriteLine(string.Create(c, $"RESULT n={n} build_per_s={n / buildSeconds:0} p50_ms={RankingMetrics.Percentile(times, 50):0.00} p95_ms={RankingMetrics.Percentile(times, 95):0.00} peak_mb={peakMb}"));
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static long Size(string folder) => new DirectoryInfo(folder).EnumerateFiles().Sum(f => f.Length);
}
