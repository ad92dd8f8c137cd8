using System.ComponentModel.DataAnnotations;
using AeI.Crm.Activities;
using AeI.Crm.Companies;
using AeI.Crm.FollowUps;
using AeI.Crm.Persistence;
using AeI.Crm.Users;
using AeI.Crm.Web.Infrastructure;
using AutoMapper;
using AutoMapper.QueryableExtensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Pages.Companies;

public class DetailsModel(CrmDbContext db, IMapper mapper, CurrentUser me, TimeProvider clock, ILogger<DetailsModel> logger, AeI.Crm.Web.Pages.FollowUps.RelatedFollowUps related) : PageModel
{
    /// <summary>Open follow-ups about this record.</summary>
    public IReadOnlyList<AeI.Crm.Web.Pages.FollowUps.FollowUpItem> FollowUps { get; private set; } = [];

    public CompanyView Company { get; private set; } = new();

    public IReadOnlyList<ContactView> Contacts { get; private set; } = [];

    public IReadOnlyList<VacancyListItem> Vacancies { get; private set; } = [];

    public IReadOnlyList<ActivityView> Timeline { get; private set; } = [];

    public int ActivityCount { get; private set; }

    [BindProperty(SupportsGet = true)]
    public bool AllActivities { get; set; }

    [BindProperty]
    public LogActivityInput Log { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var now = clock.RomeNow();
        Log = new LogActivityInput { OccurredAt = new DateTime(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, DateTimeKind.Unspecified) };
        return Page();
    }

    public async Task<IActionResult> OnPostLogActivityAsync(int id, CancellationToken ct)
    {
        if (!me.IsAccountManager)
        {
            return Forbid();
        }

        if (!await db.Companies.AnyAsync(c => c.Id == id, ct))
        {
            return NotFound();
        }

        if (Log.ContactId is { } contactId && !await db.Contacts.AnyAsync(c => c.Id == contactId && c.CompanyId == id, ct))
        {
            ModelState.AddModelError("Log.ContactId", "Il referente scelto non appartiene a questa azienda.");
        }

        if (Log.OccurredAt > clock.RomeNow().AddYears(1))
        {
            ModelState.AddModelError("Log.OccurredAt", "Si può pianificare al massimo un anno avanti.");
        }

        if (!string.IsNullOrWhiteSpace(Log.NextStep) && Log.NextStepOn is null)
        {
            ModelState.AddModelError("Log.NextStepOn", "Indica la data del prossimo passo.");
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(id, ct);
            return Page();
        }

        var activity = new Activity
        {
            CompanyId = id,
            ContactId = Log.ContactId,
            Type = Log.Type,
            OccurredAt = Log.OccurredAt,
            Outcome = Log.Outcome,
            Notes = Log.Notes?.Trim(),
            NextStep = string.IsNullOrWhiteSpace(Log.NextStep) ? null : Log.NextStep.Trim(),
            NextStepOn = string.IsNullOrWhiteSpace(Log.NextStep) ? null : Log.NextStepOn,
            UserId = me.Id,
        };
        var now = clock.RomeNow();
        await ActivityLog.LogAsync(db, activity, now, ct);
        TempData["Message"] = activity.OccurredAt > now
            ? $"Attività pianificata per il {activity.OccurredAt:dd/MM/yyyy} alle {activity.OccurredAt:HH:mm}: la trovi in Le mie attività e nel tuo calendario."
            : "Attività registrata.";
        return RedirectToPage(new { id });
    }

    /// <summary>Account managers a coordinator or admin may assign the company to.</summary>
    public IReadOnlyList<(string Id, string Name)> AccountManagers { get; private set; } = [];

    public bool CanReassign => me.IsCoordinator || me.IsAdmin;

    /// <summary>Coordinators and admins give the company to another account manager; logged.</summary>
    public async Task<IActionResult> OnPostReassignAsync(int id, string? accountManagerId, CancellationToken ct)
    {
        if (!CanReassign)
        {
            return Forbid();
        }

        var company = await db.Companies.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (company is null)
        {
            return NotFound();
        }

        if (accountManagerId is not null && !await db.UserRoles.AnyAsync(ur => ur.UserId == accountManagerId && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.AccountManager), ct))
        {
            TempData["Error"] = "L'account manager scelto non esiste.";
            return RedirectToPage(new { id });
        }

        var previous = company.AccountManagerId;
        // Not the company's version: a reassignment does not undo another user's edit, nor fail because of it.
        await db.Companies.Where(c => c.Id == id).ExecuteUpdateAsync(s => s.SetProperty(c => c.AccountManagerId, accountManagerId), ct);
        logger.LogInformation("User {User} reassigned company {Company} from account manager {Previous} to {Next}", me.Id, id, previous, accountManagerId);
        TempData["Message"] = "Account manager aggiornato.";
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (CanReassign)
        {
            AccountManagers = (await db.Users
                .Where(u => u.IsActive && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.AccountManager)))
                .OrderBy(u => u.FullName).Select(u => new { u.Id, u.FullName }).ToListAsync(ct))
                .Select(u => (u.Id, u.FullName)).ToList();
        }

        var company = await db.Companies.AsNoTracking().Where(c => c.Id == id).ProjectTo<CompanyView>(mapper.ConfigurationProvider).FirstOrDefaultAsync(ct);
        if (company is null)
        {
            return false;
        }

        Company = company;
        Contacts = await db.Contacts.AsNoTracking().Where(c => c.CompanyId == id).OrderBy(c => c.FullName)
            .ProjectTo<ContactView>(mapper.ConfigurationProvider).ToListAsync(ct);
        Vacancies = await db.Vacancies.AsNoTracking().Where(v => v.CompanyId == id).OrderByDescending(v => v.OpenedOn)
            .ProjectTo<VacancyListItem>(mapper.ConfigurationProvider).ToListAsync(ct);
        var activities = db.Activities.AsNoTracking().Where(a => a.CompanyId == id);
        ActivityCount = await activities.CountAsync(ct);
        Timeline = await activities.OrderByDescending(a => a.OccurredAt).Take(AllActivities ? 1000 : 20)
            .ProjectTo<ActivityView>(mapper.ConfigurationProvider).ToListAsync(ct);
        FollowUps = await related.ForCompanyAsync(id, ct);
        return true;
    }

    public sealed class LogActivityInput
    {
        [Required(ErrorMessage = "Scegli il tipo di attività.")]
        public ActivityType Type { get; set; } = ActivityType.Call;

        [Required(ErrorMessage = "Indica quando.")]
        public DateTime OccurredAt { get; set; }

        public int? ContactId { get; set; }

        public ActivityOutcome Outcome { get; set; } = ActivityOutcome.Positive;

        [StringLength(4000, ErrorMessage = "Le note possono avere al massimo 4000 caratteri.")]
        public string? Notes { get; set; }

        [StringLength(300, ErrorMessage = "Il prossimo passo può avere al massimo 300 caratteri.")]
        public string? NextStep { get; set; }

        public DateOnly? NextStepOn { get; set; }
    }
}
