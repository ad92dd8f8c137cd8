using AeI.Crm.Access;
using AeI.Crm.Candidates;
using AeI.Crm.Persistence;
using AeI.Crm.Placements;
using AeI.Crm.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Pages.Candidates;

/// <summary>
/// <see cref="PeopleAccess"/> for the signed-in user: every page that shows a person or a placement
/// (candidate pages, vacancy board, placement pages, matcher pages) asks here and nowhere else.
/// </summary>
public sealed class CandidateAccess(CurrentUser user, CrmDbContext db)
{
    /// <summary>The people the user may know exist. Everything about people starts here.</summary>
    public async Task<IQueryable<Candidate>> VisibleAsync(CancellationToken ct) =>
        PeopleAccess.Candidates(db, await user.ViewerAsync(ct));

    /// <summary>The placements the user may see, with the person's name.</summary>
    public async Task<IQueryable<Placement>> VisiblePlacementsAsync(CancellationToken ct) =>
        PeopleAccess.Placements(db, await user.ViewerAsync(ct));

    /// <summary>Whether the user may read the sensitive fields and edit the record of a person of this caseload.</summary>
    public async Task<bool> IsOwnCaseloadAsync(int caseloadId, CancellationToken ct) =>
        PeopleAccess.MayManage(await user.ViewerAsync(ct), caseloadId);

    /// <summary>
    /// Whether the user may add people, propose and search in this caseload: their own and still
    /// active. A closed caseload stays readable to its mediators, who can finish what is under way.
    /// </summary>
    public async Task<bool> CanWorkInCaseloadAsync(int caseloadId, CancellationToken ct) =>
        await IsOwnCaseloadAsync(caseloadId, ct) && await db.Caseloads.AnyAsync(c => c.Id == caseloadId && c.IsActive, ct);

    /// <summary>The user's own caseloads that are still active (where matching and proposals happen).</summary>
    public async Task<IReadOnlyList<int>> WorkingCaseloadsAsync(CancellationToken ct)
    {
        var viewer = await user.ViewerAsync(ct);
        if (!viewer.IsMediator)
        {
            return [];
        }

        var own = viewer.CaseloadIds.ToList();
        return await db.Caseloads.Where(c => own.Contains(c.Id) && c.IsActive).Select(c => c.Id).ToListAsync(ct);
    }
}
