using AeI.Crm.Candidates;
using AeI.Crm.Persistence;
using AeI.Crm.Placements;

namespace AeI.Crm.Access;

/// <summary>
/// The one rule for who may know about which job seeker, used by every page, the look-up API, the
/// matcher pages and (later) exports:
/// <list type="bullet">
/// <item>a mediator sees the people of their own caseloads, with the sensitive fields, and all their placements;</item>
/// <item>an account manager sees a placement only when it is for one of their positions (they own the
/// position or manage its company), and a person only through such a placement;</item>
/// <item>a coordinator sees every person and placement, never the sensitive fields;</item>
/// <item>an administrator manages users and caseloads and sees no person at all (least privilege).</item>
/// </list>
/// A person is visible exactly when one of their placements is, or when they are in the viewer's caseloads.
/// </summary>
public static class PeopleAccess
{
    public static IQueryable<Placement> Placements(CrmDbContext db, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Placements.Where(VisiblePlacement(viewer));
    }

    /// <summary>The placement rule as a predicate, for queries that reach placements through a navigation (the OData feed's $expand).</summary>
    public static System.Linq.Expressions.Expression<Func<Placement, bool>> VisiblePlacement(Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (viewer.IsCoordinator)
        {
            return p => true;
        }

        var me = viewer.UserId;
        var caseloads = viewer.IsMediator ? viewer.CaseloadIds.ToList() : [];
        var managesPositions = viewer.IsAccountManager;
        return p => caseloads.Contains(p.Candidate!.CaseloadId)
            || (managesPositions && (p.Vacancy!.OwnerId == me || p.Vacancy.Company!.AccountManagerId == me));
    }

    public static IQueryable<Candidate> Candidates(CrmDbContext db, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(viewer);
        if (viewer.IsCoordinator)
        {
            return db.Candidates;
        }

        var me = viewer.UserId;
        var caseloads = viewer.IsMediator ? viewer.CaseloadIds.ToList() : [];
        var managesPositions = viewer.IsAccountManager;
        return db.Candidates.Where(c =>
            caseloads.Contains(c.CaseloadId)
            || (managesPositions && c.Placements.Any(p => p.Vacancy!.OwnerId == me || p.Vacancy.Company!.AccountManagerId == me)));
    }

    /// <summary>
    /// The diary notes the viewer may read: the caseload's mediators read them all; an account manager
    /// reads only notes on a placement for one of their positions that reached the interview (what the
    /// company needs to hear about), never notes on the person alone; coordinators and administrators none.
    /// </summary>
    public static IQueryable<Diary.DiaryNote> DiaryNotes(CrmDbContext db, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(viewer);
        var me = viewer.UserId;
        var caseloads = viewer.IsMediator ? viewer.CaseloadIds.ToList() : [];
        var managesPositions = viewer.IsAccountManager;
        return db.DiaryNotes.Where(n =>
            caseloads.Contains(n.Candidate!.CaseloadId)
            || (managesPositions && n.PlacementId != null
                && (n.Placement!.InterviewOn != null || n.Placement.InternshipStartOn != null || n.Placement.HiredOn != null)
                && (n.Placement.Vacancy!.OwnerId == me || n.Placement.Vacancy.Company!.AccountManagerId == me)));
    }

    /// <summary>The sensitive fields (law-68 category, target group) and the record itself are for the caseload's mediators only.</summary>
    public static bool MayManage(Viewer viewer, int caseloadId)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return viewer.IsMediator && viewer.CaseloadIds.Contains(caseloadId);
    }
}
