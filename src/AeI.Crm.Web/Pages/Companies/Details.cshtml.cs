using System.ComponentModel.DataAnnotations;
using AeI.Crm.Activities;
using AeI.Crm.Companies;
using AeI.Crm.FollowUps;
using AeI.Crm.Persistence;
using AeI.Crm.Users;
using AeI.Crm.Web.Infrastructure;
using AeI.Crm.Web.Pages.Activities;
using AeI.Crm.Web.Pages.Importing;
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

    /// <summary>The imports that created or completed the company, newest first.</summary>
    public IReadOnlyList<ImportMark> Imports { get; private set; } = [];

    /// <summary>The files the shown activities were imported from (run id → file name).</summary>
    public IReadOnlyDictionary<int, string> ImportFiles { get; private set; } = new Dictionary<int, string>();

    [BindProperty(SupportsGet = true)]
    public bool AllActivities { get; set; }

    [BindProperty]
    public ActivityInput Log { get; set; } = new();

    public DateOnly Today => clock.Today();

    /// <summary>The "non contattare" confirmation shows when the chosen contact asked not to be contacted.</summary>
    public bool ShowConsentConfirm => Log.ContactId is { } id && Contacts.Any(c => c.Id == id && !c.ConsentToContact);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Log = ActivityInput.Fresh(clock.RomeNow());
        return Page();
    }

    public async Task<IActionResult> OnPostLogActivityAsync(int id, CancellationToken ct)
    {
        if (!me.IsAccountManager)
        {
            return Forbid();
        }

        var name = await db.Companies.Where(c => c.Id == id).Select(c => c.LegalName).SingleOrDefaultAsync(ct);
        if (name is null)
        {
            return NotFound();
        }

        var now = clock.RomeNow();
        await Log.ValidateAsync(db, id, now, ModelState, nameof(Log), ct);
        if (!ModelState.IsValid)
        {
            await LoadAsync(id, ct);
            return Page();
        }

        var activity = Log.ToActivity(id, me.Id);
        await ActivityLog.LogAsync(db, activity, now, ct);
        TempData["Message"] = ActivityInput.SavedMessage(activity, now, name);
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
        // The history shows removed activities too, marked: nothing disappears silently.
        var activities = db.Activities.IgnoreQueryFilters().AsNoTracking().Where(a => a.CompanyId == id);
        ActivityCount = await activities.CountAsync(ct);
        Timeline = await activities.OrderByDescending(a => a.OccurredAt).Take(AllActivities ? 1000 : 20)
            .ProjectTo<ActivityView>(mapper.ConfigurationProvider).ToListAsync(ct);
        Imports = await ImportRuns.MarksAsync(db, r => r.CompanyId == id && r.ActivityId == null, ct);
        var runIds = Timeline.Where(a => a.ImportRunId is not null).Select(a => a.ImportRunId!.Value).Distinct().ToList();
        ImportFiles = runIds.Count == 0
            ? new Dictionary<int, string>()
            : await db.ImportRuns.AsNoTracking().Where(r => runIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.FileName, ct);
        FollowUps = await related.ForCompanyAsync(id, ct);
        return true;
    }
}
