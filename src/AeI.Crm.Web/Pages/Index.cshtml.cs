using AeI.Crm.Persistence;
using AeI.Crm.Vacancies;
using AeI.Crm.Web.Infrastructure;
using AeI.Crm.Web.Pages.Candidates;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Pages;

/// <summary>Home: what needs doing today, for the signed-in role.</summary>
public class IndexModel(CrmDbContext db, CurrentUser me, CandidateAccess access, TimeProvider clock) : PageModel
{
    public int OpenFollowUps { get; private set; }

    public int OverdueFollowUps { get; private set; }

    public int OpenVacancies { get; private set; }

    public int MyPeople { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var mine = me.Id;
        var today = clock.Today();
        OpenFollowUps = await db.FollowUps.CountAsync(f => f.OwnerId == mine && f.CompletedAt == null, ct);
        OverdueFollowUps = await db.FollowUps.CountAsync(f => f.OwnerId == mine && f.CompletedAt == null && f.DueOn < today, ct);
        OpenVacancies = await db.Vacancies.CountAsync(v => v.Status == VacancyStatus.Open, ct);
        if (me.IsMediator)
        {
            MyPeople = await (await access.VisibleAsync(ct)).CountAsync(c => c.ClosedOn == null, ct);
        }
    }
}
