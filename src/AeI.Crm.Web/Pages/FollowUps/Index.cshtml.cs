using System.ComponentModel.DataAnnotations;
using AeI.Crm.FollowUps;
using AeI.Crm.Notifications.Digests;
using AeI.Crm.Notifications.Mail;
using AeI.Crm.Persistence;
using AeI.Crm.Users;
using AeI.Crm.Web.FollowUps;
using AeI.Crm.Web.Infrastructure;
using AutoMapper;
using AutoMapper.QueryableExtensions;
using Hangfire;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Pages.FollowUps;

/// <summary>"Le mie attività": the user's open follow-ups by when (overdue, today, this week, later); complete, postpone, reassign.</summary>
public class IndexModel(CrmDbContext db, CurrentUser me, IMapper mapper, TimeProvider clock, PersonLabels people, MailOptions mail, IBackgroundJobClient jobs) : PageModel
{
    public IReadOnlyList<FollowUpItem> Overdue { get; private set; } = [];

    public IReadOnlyList<FollowUpItem> DueToday { get; private set; } = [];

    public IReadOnlyList<FollowUpItem> ThisWeek { get; private set; } = [];

    public IReadOnlyList<FollowUpItem> Later { get; private set; } = [];

    public IReadOnlyList<FollowUpItem> Done { get; private set; } = [];

    public IReadOnlySet<int> VisiblePeople { get; private set; } = new HashSet<int>();

    public IReadOnlyList<SelectListItem> Colleagues { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public int OpenCount => Overdue.Count + DueToday.Count + ThisWeek.Count + Later.Count;

    [BindProperty]
    public NewFollowUp Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input = new NewFollowUp { DueOn = clock.Today().AddDays(7) };
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        if (Input.DueOn < clock.Today())
        {
            ModelState.AddModelError("Input.DueOn", "La data non può essere nel passato.");
        }

        if (Input.CompanyId is { } companyId && !await db.Companies.AnyAsync(c => c.Id == companyId, ct))
        {
            ModelState.AddModelError("Input.CompanyId", "Azienda non trovata.");
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }

        db.FollowUps.Add(new FollowUp
        {
            OwnerId = me.Id,
            DueOn = Input.DueOn,
            Subject = Input.Subject.Trim(),
            Notes = Input.Notes?.Trim(),
            CompanyId = Input.CompanyId,
            CreatedAt = clock.RomeNow(),
        });
        await db.SaveChangesAsync(ct);
        TempData["Message"] = "Attività aggiunta.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostCompleteAsync(int id, CancellationToken ct)
    {
        var followUp = await MineAsync(id, ct);
        if (followUp is null)
        {
            return NotFound();
        }

        followUp.Complete(clock.RomeNow());
        await db.SaveChangesAsync(ct);
        TempData["Message"] = $"Fatto: «{followUp.Subject}».";
        return RedirectToPage();
    }

    /// <summary>Postpones to a date, or by <paramref name="days"/> (1 = domani, 7 = fra una settimana) from the later of today and the due date.</summary>
    public async Task<IActionResult> OnPostPostponeAsync(int id, DateOnly? to, int? days, CancellationToken ct)
    {
        var followUp = await MineAsync(id, ct);
        if (followUp is null)
        {
            return NotFound();
        }

        var today = clock.Today();
        var target = days is 1 or 7
            ? (followUp.DueOn > today ? followUp.DueOn : today).AddDays(days.Value)
            : to;
        if (target is null)
        {
            TempData["Error"] = "Indica la nuova data.";
            return RedirectToPage();
        }

        if (followUp.Postpone(target.Value, today) is { } error)
        {
            TempData["Error"] = error;
            return RedirectToPage();
        }

        await db.SaveChangesAsync(ct);
        TempData["Message"] = $"Rimandata al {target.Value:dd/MM/yyyy}: «{followUp.Subject}».";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostReassignAsync(int id, string? ownerId, CancellationToken ct)
    {
        var followUp = await MineAsync(id, ct);
        if (followUp is null)
        {
            return NotFound();
        }

        var target = string.IsNullOrEmpty(ownerId) ? null : await db.Users.AsNoTracking()
            .Where(u => u.Id == ownerId && u.IsActive).Select(u => new { u.Id, u.FullName }).SingleOrDefaultAsync(ct);
        if (target is null || !await AssignableAsync(target.Id, ct))
        {
            TempData["Error"] = "Scegli un collega attivo a cui passare l'attività.";
            return RedirectToPage();
        }

        if (followUp.CompletedAt is not null)
        {
            TempData["Error"] = "Questa attività è già completata.";
            return RedirectToPage();
        }

        followUp.ReassignTo(target.Id, me.Id);
        // The notice is saved with the reassignment, in one transaction, or not at all.
        var notice = await AssignmentNotice.AddAsync(db, mail, followUp, me.Id, clock.GetUtcNow().UtcDateTime, ct);
        await db.SaveChangesAsync(ct);
        if (notice is not null)
        {
            jobs.Enqueue<FollowUpJobs>(j => j.DeliverOneAsync(notice.Id, CancellationToken.None));
        }

        TempData["Message"] = notice is null
            ? $"Attività passata a {target.FullName}."
            : $"Attività passata a {target.FullName}, che riceverà un'e-mail.";
        return RedirectToPage();
    }

    private Task<FollowUp?> MineAsync(int id, CancellationToken ct)
    {
        var mine = me.Id;
        return db.FollowUps.FirstOrDefaultAsync(f => f.Id == id && f.OwnerId == mine, ct);
    }

    /// <summary>Colleagues who work with follow-ups: active account managers, mediators and coordinators.</summary>
    private IQueryable<CrmUser> Assignable()
    {
        string[] roles = [Roles.AccountManager, Roles.Mediator, Roles.Coordinator];
        return db.Users.AsNoTracking().Where(u => u.IsActive && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && roles.Contains(r.Name!))));
    }

    private Task<bool> AssignableAsync(string userId, CancellationToken ct) => Assignable().AnyAsync(u => u.Id == userId, ct);

    private async Task LoadAsync(CancellationToken ct)
    {
        Today = clock.Today();
        var mine = me.Id;
        var all = db.FollowUps.AsNoTracking().Where(f => f.OwnerId == mine);
        var open = await all.Where(f => f.CompletedAt == null).OrderBy(f => f.DueOn).ThenBy(f => f.Id).ProjectTo<FollowUpItem>(mapper.ConfigurationProvider).ToListAsync(ct);
        var done = await all.Where(f => f.CompletedAt != null).OrderByDescending(f => f.CompletedAt).Take(10).ProjectTo<FollowUpItem>(mapper.ConfigurationProvider).ToListAsync(ct);
        await people.FillAsync([.. open, .. done], ct);
        VisiblePeople = await people.VisibleIdsAsync(open, ct);
        var endOfWeek = Today.AddDays(((int)DayOfWeek.Sunday - (int)Today.DayOfWeek + 7) % 7);
        Overdue = open.Where(f => f.DueOn < Today).ToList();
        DueToday = open.Where(f => f.DueOn == Today).ToList();
        ThisWeek = open.Where(f => f.DueOn > Today && f.DueOn <= endOfWeek).ToList();
        Later = open.Where(f => f.DueOn > endOfWeek).ToList();
        Done = done;
        Colleagues = await Assignable().Where(u => u.Id != mine).OrderBy(u => u.FullName)
            .Select(u => new SelectListItem(u.FullName, u.Id)).ToListAsync(ct);
    }

    public sealed class NewFollowUp
    {
        [Required(ErrorMessage = "Scrivi l'oggetto dell'attività.")]
        [StringLength(200, ErrorMessage = "L'oggetto può avere al massimo 200 caratteri.")]
        public string Subject { get; set; } = "";

        [Required(ErrorMessage = "Indica la data.")]
        public DateOnly DueOn { get; set; }

        [StringLength(4000, ErrorMessage = "Le note possono avere al massimo 4000 caratteri.")]
        public string? Notes { get; set; }

        public int? CompanyId { get; set; }
    }
}
