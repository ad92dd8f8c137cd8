namespace AeI.Crm.Matching.Evaluation;

/// <summary>Ranking metrics over a ranked list of ids and graded or binary judgments.</summary>
public static class RankingMetrics
{
    /// <summary>nDCG@k with gains 2^grade − 1; grades missing from <paramref name="grades"/> are 0.</summary>
    public static double NdcgAt(int k, IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(grades);
        double Dcg(IEnumerable<int> g) => g.Take(k).Select((grade, i) => (Math.Pow(2, grade) - 1) / Math.Log2(i + 2)).Sum();
        var ideal = Dcg(grades.Values.OrderByDescending(g => g));
        return ideal == 0 ? 0 : Dcg(ranked.Select(id => grades.GetValueOrDefault(id))) / ideal;
    }

    /// <summary>1 / rank of the first relevant id (0 when none is ranked).</summary>
    public static double ReciprocalRank(IReadOnlyList<string> ranked, Func<string, bool> relevant)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(relevant);
        for (var i = 0; i < ranked.Count; i++)
        {
            if (relevant(ranked[i]))
            {
                return 1.0 / (i + 1);
            }
        }

        return 0;
    }

    /// <summary>Share of the relevant ids found in the first k (1 when there is none to find).</summary>
    public static double RecallAt(int k, IReadOnlyList<string> ranked, IReadOnlySet<string> relevant)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(relevant);
        return relevant.Count == 0 ? 1 : ranked.Take(k).Count(relevant.Contains) / (double)relevant.Count;
    }

    /// <summary>Average precision: mean of the precision at each relevant id's rank, over all relevant ids.</summary>
    public static double AveragePrecision(IReadOnlyList<string> ranked, IReadOnlySet<string> relevant)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(relevant);
        if (relevant.Count == 0)
        {
            return 0;
        }

        double sum = 0;
        var found = 0;
        for (var i = 0; i < ranked.Count; i++)
        {
            if (relevant.Contains(ranked[i]))
            {
                found++;
                sum += found / (double)(i + 1);
            }
        }

        return sum / relevant.Count;
    }

    /// <summary>The p-th percentile (nearest rank) of values.</summary>
    public static double Percentile(IReadOnlyList<double> values, double p)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return 0;
        }

        var sorted = values.OrderBy(v => v).ToList();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
