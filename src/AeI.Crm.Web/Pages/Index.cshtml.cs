using AeI.Crm.Activities;
using AeI.Crm.Persistence;
using AeI.Crm.Placements;
using AeI.Crm.Vacancies;
using AeI.Crm.Web.Infrastructure;
using AeI.Crm.Web.Pages.Candidates;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Pages;

/// <summary>
/// Home: what the signed-in user has to do today (their follow-ups due or overdue) and their
/// numbers for the current year: their own for account managers, their caseloads' for
/// mediators, the group's for coordinators.
/// </summary>
public class IndexModel(CrmDbContext db, CurrentUser me, CandidateAccess access, TimeProvider clock) : PageModel
{
    /// <summary>How many of today's follow-ups the page lists before "see all".</summary>
    public const int TodayListed = 8;

    public IReadOnlyList<TodayItem> Today { get; private set; } = [];

    public int DueCount { get; private set; }

    public int OverdueCount { get; private set; }

    public int LaterCount { get; private set; }

    public int Year { get; private set; }

    public DateOnly Date { get; private set; }

    public IReadOnlyList<HomeFigure> Figures { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var mine = me.Id;
        Date = clock.Today();
        Year = Date.Year;
        var today = Date;
        var open = db.FollowUps.Where(f => f.OwnerId == mine && f.CompletedAt == null);
        // One query for the three counts: the home page is the most requested page of all.
        var counts = await open.GroupBy(f => 1)
            .Select(g => new { Due = g.Count(f => f.DueOn <= today), Overdue = g.Count(f => f.DueOn < today), Later = g.Count(f => f.DueOn > today) })
            .FirstOrDefaultAsync(ct);
        (DueCount, OverdueCount, LaterCount) = counts is null ? (0, 0, 0) : (counts.Due, counts.Overdue, counts.Later);
        Today = await open.Where(f => f.DueOn <= today).OrderBy(f => f.DueOn).ThenBy(f => f.Id).Take(TodayListed)
            .Select(f => new TodayItem(f.Id, f.DueOn, f.Subject, f.CompanyId, f.Company!.LegalName, f.VacancyId, f.Vacancy!.Title))
            .ToListAsync(ct);

        var from = new DateOnly(Year, 1, 1);
        var fromTime = from.ToDateTime(TimeOnly.MinValue);
        var now = clock.RomeNow();
        if (me.IsCoordinator || me.IsAdmin)
        {
            Figures = await GroupFiguresAsync(from, fromTime, now, ct);
        }
        else if (me.IsAccountManager)
        {
            Figures = await AccountManagerFiguresAsync(mine, from, fromTime, now, ct);
        }
        else if (me.IsMediator)
        {
            Figures = await MediatorFiguresAsync(from, ct);
        }
    }

    private async Task<IReadOnlyList<HomeFigure>> AccountManagerFiguresAsync(string mine, DateOnly from, DateTime fromTime, DateTime now, CancellationToken ct)
    {
        var activities = await db.Activities.Where(a => a.UserId == mine && a.OccurredAt >= fromTime && a.OccurredAt <= now).GroupBy(a => 1)
            .Select(g => new { Contacted = g.Select(a => a.CompanyId).Distinct().Count(), Visits = g.Count(a => a.Type == ActivityType.OnSiteVisit) })
            .FirstOrDefaultAsync(ct);
        var positions = await db.Vacancies.Where(v => v.OwnerId == mine).GroupBy(v => 1)
            .Select(g => new { Opened = g.Count(v => v.OpenedOn >= from), OpenNow = g.Count(v => v.Status == VacancyStatus.Open) })
            .FirstOrDefaultAsync(ct);
        return
        [
            new("Aziende contattate", activities?.Contacted ?? 0, null, "fig-contacted"),
            new("Visite in azienda", activities?.Visits ?? 0, null, "fig-visits"),
            new("Posizioni aperte da me", positions?.Opened ?? 0, null, "fig-opened"),
            new("Assunzioni sulle mie posizioni", await db.Placements.CountAsync(p => p.Vacancy!.OwnerId == mine && p.HiredOn >= from, ct), null, "fig-hires"),
            new("Le mie posizioni ancora aperte", positions?.OpenNow ?? 0, "/Vacancies?Status=Open", "fig-open-now"),
        ];
    }

    private async Task<IReadOnlyList<HomeFigure>> MediatorFiguresAsync(DateOnly from, CancellationToken ct)
    {
        var people = await access.VisibleAsync(ct);
        var placements = await access.VisiblePlacementsAsync(ct);
        return
        [
            new("Persone in carico", await people.CountAsync(c => c.ClosedOn == null, ct), "/Candidates", "fig-people"),
            new("Persone proposte", await placements.Where(p => p.ProposedOn >= from).Select(p => p.CandidateId).Distinct().CountAsync(ct), null, "fig-proposed"),
            new("Colloqui", await placements.CountAsync(p => p.InterviewOn >= from && p.InterviewOn <= Date, ct), null, "fig-interviews"),
            new("Tirocini avviati", await placements.CountAsync(p => p.InternshipStartOn >= from, ct), null, "fig-internships"),
            new("Assunzioni", await placements.CountAsync(p => p.HiredOn >= from, ct), null, "fig-hires"),
            new("Inserimenti in corso", await placements.CountAsync(p => p.Stage == PlacementStage.Proposed || p.Stage == PlacementStage.CvSent || p.Stage == PlacementStage.Interview || p.Stage == PlacementStage.Internship, ct), "/Placements", "fig-open-now"),
        ];
    }

    private async Task<IReadOnlyList<HomeFigure>> GroupFiguresAsync(DateOnly from, DateTime fromTime, DateTime now, CancellationToken ct)
    {
        var activities = db.Activities.Where(a => a.OccurredAt >= fromTime && a.OccurredAt <= now);
        var report = $"/Reports?Year={Year}";
        return
        [
            new("Aziende contattate", await activities.Select(a => a.CompanyId).Distinct().CountAsync(ct), report, "fig-contacted"),
            new("Aziende visitate", await activities.Where(a => a.Type == ActivityType.OnSiteVisit).Select(a => a.CompanyId).Distinct().CountAsync(ct), report, "fig-visited"),
            new("Posizioni aperte", await db.Vacancies.CountAsync(v => v.OpenedOn >= from, ct), report, "fig-opened"),
            new("Assunzioni", await db.Placements.CountAsync(p => p.HiredOn >= from && p.HiredOn <= Date, ct), report, "fig-hires"),
        ];
    }

    /// <summary>A follow-up due today or earlier, as the home page lists it.</summary>
    public sealed record TodayItem(int Id, DateOnly DueOn, string Subject, int? CompanyId, string? CompanyName, int? VacancyId, string? VacancyTitle);
}
