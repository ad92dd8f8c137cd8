namespace AeI.Crm.Matching.Ranking;

/// <summary>How well a result fits, in the words a mediator uses: shown beside each result.</summary>
public enum FitBand
{
    /// <summary>"Ottimo": experience in the same role or occupation and most required items in the record.</summary>
    Excellent,

    /// <summary>"Buono": related experience, or the required items without the experience.</summary>
    Good,

    /// <summary>"Marginale": only words in common; listed apart, below the cut-off.</summary>
    Marginal,
}

/// <summary>
/// Puts a result in a band from what its explanation shows, not from the raw score (a BM25 score
/// means nothing across positions): experience in the role, the share of required items present,
/// and how close the score is to the best one in the same list.
/// </summary>
public static class FitBands
{
    /// <summary>Below this share of the list's best score a result is at most marginal.</summary>
    public const double MarginalBelow = 0.2;

    /// <summary>At least this share of the best score, with experience and requirements, is "ottimo".</summary>
    public const double ExcellentFrom = 0.5;

    /// <summary>The band of one result, given the best score in the same list.</summary>
    public static FitBand Of(MatchExplanation explanation, double score, double bestScore)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        var relative = bestScore > 0 ? score / bestScore : 0;
        var required = explanation.MatchedRequired.Count + explanation.MissingRequired.Count;
        var coverage = required == 0 ? 1 : (double)explanation.MatchedRequired.Count / required;
        var experience = explanation.Occupation is not null || explanation.RelevantExperience.Count > 0;
        var items = explanation.MatchedRequired.Count + explanation.MatchedPreferred.Count;
        if (relative < MarginalBelow)
        {
            return FitBand.Marginal;
        }

        if (experience && coverage >= 0.5 && relative >= ExcellentFrom)
        {
            return FitBand.Excellent;
        }

        return experience || (items > 0 && coverage >= 0.5) ? FitBand.Good : FitBand.Marginal;
    }
}
