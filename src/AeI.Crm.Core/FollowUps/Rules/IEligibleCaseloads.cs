using AeI.Crm.Caseloads;
using AeI.Crm.Vacancies;

namespace AeI.Crm.FollowUps.Rules;

/// <summary>The matcher's answer to "which of these caseloads have people eligible for this position?".</summary>
public interface IEligibleCaseloads
{
    IReadOnlyList<int> WithEligiblePeople(Vacancy vacancy, IReadOnlyList<Caseload> caseloads);
}
