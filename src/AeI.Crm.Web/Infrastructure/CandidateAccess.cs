using AeI.Crm.Candidates;
using AeI.Crm.Persistence;

namespace AeI.Crm.Web.Infrastructure;

/// <summary>
/// Who may see which job seeker. Mediators see in full the people of their own caseloads;
/// account managers see only people proposed to their vacancies; coordinators and admins see
/// everyone. Sensitive fields (law-68 category, target group) are for the caseload's mediators only.
/// </summary>
public sealed class CandidateAccess(CurrentUser user, CrmDbContext db)
{
    /// <summary>The candidates the user may know exist. Everything about candidates starts here.</summary>
    public async Task<IQueryable<Candidate>> VisibleAsync(CancellationToken ct)
    {
        if (user.IsCoordinator || user.IsAdmin)
        {
            return db.Candidates;
        }

        var candidates = db.Candidates.Where(_ => false);
        if (user.IsMediator)
        {
            var caseloads = (await user.CaseloadIdsAsync(ct)).ToList();
            candidates = db.Candidates.Where(c => caseloads.Contains(c.CaseloadId));
        }

        if (user.IsAccountManager)
        {
            var me = user.Id;
            var proposedToMine = db.Candidates.Where(c => c.Placements.Any(p => p.Vacancy!.OwnerId == me || p.Vacancy.Company!.AccountManagerId == me));
            candidates = user.IsMediator ? candidates.Union(proposedToMine) : proposedToMine;
        }

        return candidates;
    }

    /// <summary>Whether the user may read the sensitive fields and edit the record of a person of this caseload.</summary>
    public async Task<bool> IsOwnCaseloadAsync(int caseloadId, CancellationToken ct) =>
        user.IsMediator && (await user.CaseloadIdsAsync(ct)).Contains(caseloadId);
}
