using AeI.Crm.Caseloads;
using AeI.Crm.FollowUps.Rules;
using AeI.Crm.Matching.Model;
using AeI.Crm.Matching.Ranking;
using AeI.Crm.Vacancies;

namespace AeI.Crm.Matching.FollowUps;

/// <summary>Which caseloads have people the matcher finds eligible for a position (hard requirements met, some relevance).</summary>
public sealed class MatcherEligibleCaseloads(CandidateMatcher matcher) : IEligibleCaseloads
{
    /// <inheritdoc />
    public IReadOnlyList<int> WithEligiblePeople(Vacancy vacancy, IReadOnlyList<Caseload> caseloads)
    {
        ArgumentNullException.ThrowIfNull(vacancy);
        ArgumentNullException.ThrowIfNull(caseloads);
        var document = EntityDocuments.From(vacancy);
        return caseloads
            .Where(c => matcher.Rank(document, new MatchOptions { Caseloads = [c.Code], Top = 1, NearMisses = 0 }).EligibleCount > 0)
            .Select(c => c.Id)
            .ToList();
    }
}
