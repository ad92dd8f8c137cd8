using AeI.Crm.Matching.Model;

namespace AeI.Crm.Matching.Ranking;

/// <summary>What to search and how many results to return.</summary>
public sealed record MatchOptions
{
    /// <summary>Caseload codes whose people may be returned; null for all (evaluation, admins' tools).</summary>
    public IReadOnlyCollection<string>? Caseloads { get; init; }

    /// <summary>How many ranked people to return.</summary>
    public int Top { get; init; } = 20;

    /// <summary>How many near misses to return.</summary>
    public int NearMisses { get; init; } = 10;
}

/// <summary>Why a person was ranked where they are, in a mediator's words.</summary>
/// <param name="MatchedRequired">Required items the person's record shows.</param>
/// <param name="MissingRequired">Required items not found in the record (to check in the interview).</param>
/// <param name="MatchedPreferred">Preferred items found.</param>
/// <param name="MissingPreferred">Preferred items not found.</param>
/// <param name="RelevantExperience">Past jobs related to the position, with years.</param>
/// <param name="Occupation">ESCO occupation shared by the position and a past job, if any.</param>
/// <param name="DistanceKm">Straight-line distance from residence to workplace.</param>
/// <param name="Caveats">What lowered the person's rank (an old job, health limits, no car for early shifts, a long commute).</param>
public sealed record MatchExplanation(
    IReadOnlyList<string> MatchedRequired,
    IReadOnlyList<string> MissingRequired,
    IReadOnlyList<string> MatchedPreferred,
    IReadOnlyList<string> MissingPreferred,
    IReadOnlyList<string> RelevantExperience,
    string? Occupation,
    double DistanceKm,
    IReadOnlyList<string>? Caveats = null);

/// <summary>A person who meets every hard requirement, with their score and explanation.</summary>
public sealed record CandidateMatch(CandidateDocument Candidate, double Score, MatchExplanation Explanation);

/// <summary>A strong text match who breaks at least one hard requirement, and which.</summary>
public sealed record NearMiss(CandidateDocument Candidate, double TextScore, IReadOnlyList<RequirementFailure> Failures);

/// <summary>Ranked eligible people, how many are eligible in all, and the near misses.</summary>
public sealed record MatchResult(IReadOnlyList<CandidateMatch> Matches, int EligibleCount, IReadOnlyList<NearMiss> NearMisses);
