using AeI.Crm.Matching.Evaluation;

namespace AeI.Crm.Matching.Tests.Evaluation;

/// <summary>The metrics on a tiny set computed by hand.</summary>
public class RankingMetricsTests
{
    private static readonly Dictionary<string, int> Grades = new() { ["a"] = 3, ["b"] = 2, ["c"] = 1 };

    [Fact]
    public void Ndcg_of_the_ideal_order_is_one() =>
        Assert.Equal(1.0, RankingMetrics.NdcgAt(10, ["a", "b", "c", "x"], Grades), 6);

    [Fact]
    public void Ndcg_by_hand()
    {
        // Ranked x, a, c, b: DCG = 0 + 7/log2(3) + 1/log2(4) + 3/log2(5); ideal = 7 + 3/log2(3) + 1/2.
        var dcg = (7 / Math.Log2(3)) + (1 / 2.0) + (3 / Math.Log2(5));
        var ideal = 7 + (3 / Math.Log2(3)) + 0.5;
        Assert.Equal(dcg / ideal, RankingMetrics.NdcgAt(10, ["x", "a", "c", "b"], Grades), 6);
    }

    [Fact]
    public void Ndcg_counts_only_the_first_k() =>
        Assert.Equal(0, RankingMetrics.NdcgAt(2, ["x", "y", "a"], Grades));

    [Fact]
    public void Reciprocal_rank_of_the_first_grade_three() =>
        Assert.Equal(1 / 3.0, RankingMetrics.ReciprocalRank(["b", "x", "a"], id => Grades.GetValueOrDefault(id) == 3), 6);

    [Fact]
    public void Recall_at_k_of_grade_two_or_more() =>
        Assert.Equal(0.5, RankingMetrics.RecallAt(2, ["a", "c", "b"], new HashSet<string> { "a", "b" }), 6);

    [Fact]
    public void Average_precision_by_hand() =>
        // Relevant at ranks 1 and 3: (1/1 + 2/3) / 2.
        Assert.Equal((1 + (2 / 3.0)) / 2, RankingMetrics.AveragePrecision(["a", "x", "b"], new HashSet<string> { "a", "b" }), 6);

    [Fact]
    public void Percentile_nearest_rank() =>
        Assert.Equal(95, RankingMetrics.Percentile(Enumerable.Range(1, 100).Select(i => (double)i).ToList(), 95));
}
