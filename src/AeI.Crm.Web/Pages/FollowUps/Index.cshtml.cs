using System.ComponentModel.DataAnnotations;
using AeI.Crm.FollowUps;
using AeI.Crm.Persistence;
using AeI.Crm.Web.Infrastructure;
using AutoMapper;
using AutoMapper.QueryableExtensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Pages.FollowUps;

/// <summary>"Le mie scadenze": the user's open follow-ups, overdue first, and the ones done lately.</summary>
public class IndexModel(CrmDbContext db, CurrentUser me, IMapper mapper, TimeProvider clock) : PageModel
{
    public IReadOnlyList<FollowUpItem> Open { get; private set; } = [];

    public IReadOnlyList<FollowUpItem> Done { get; private set; } = [];

    public DateOnly Today { get; private set; }

    [BindProperty]
    public NewFollowUp Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input = new NewFollowUp { DueOn = clock.Today().AddDays(7) };
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        if (Input.DueOn < clock.Today().AddYears(-1))
        {
            ModelState.AddModelError("Input.DueOn", "La scadenza è troppo nel passato.");
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
            CreatedAt = clock.GetLocalNow().DateTime,
        });
        await db.SaveChangesAsync(ct);
        TempData["Message"] = "Scadenza aggiunta.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostCompleteAsync(int id, CancellationToken ct)
    {
        var mine = me.Id;
        var followUp = await db.FollowUps.FirstOrDefaultAsync(f => f.Id == id && f.OwnerId == mine, ct);
        if (followUp is null)
        {
            return NotFound();
        }

        followUp.CompletedAt ??= clock.GetLocalNow().DateTime;
        await db.SaveChangesAsync(ct);
        TempData["Message"] = "Scadenza completata.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Today = clock.Today();
        var mine = me.Id;
        var all = db.FollowUps.AsNoTracking().Where(f => f.OwnerId == mine);
        Open = await all.Where(f => f.CompletedAt == null).OrderBy(f => f.DueOn).ProjectTo<FollowUpItem>(mapper.ConfigurationProvider).ToListAsync(ct);
        Done = await all.Where(f => f.CompletedAt != null).OrderByDescending(f => f.CompletedAt).Take(10).ProjectTo<FollowUpItem>(mapper.ConfigurationProvider).ToListAsync(ct);
    }

    public sealed class NewFollowUp
    {
        [Required(ErrorMessage = "Scrivi l'oggetto della scadenza.")]
        [StringLength(200, ErrorMessage = "L'oggetto può avere al massimo 200 caratteri.")]
        public string Subject { get; set; } = "";

        [Required(ErrorMessage = "Indica la data.")]
        public DateOnly DueOn { get; set; }

        [StringLength(4000, ErrorMessage = "Le note possono avere al massimo 4000 caratteri.")]
        public string? Notes { get; set; }

        public int? CompanyId { get; set; }
    }
}
