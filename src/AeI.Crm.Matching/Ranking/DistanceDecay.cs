namespace AeI.Crm.Matching.Ranking;

/// <summary>
/// How distance lowers a score: 1 at the door, 0.8 at <c>halfKm</c>, never below 0.6. Distance
/// orders people of similar fit; it never outweighs fit (and beyond a person's limit they are out).
/// </summary>
public static class DistanceDecay
{
    /// <summary>Multiplier of a relevance score for a distance in km.</summary>
    public static double Factor(double km, double halfKm = 20) => 0.6 + (0.4 * Math.Pow(2, -km / halfKm));
}
