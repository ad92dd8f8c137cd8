using AeI.Crm.Activities;
using AeI.Crm.Persistence;
using AeI.Crm.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Pages.Activities;

/// <summary>An author changes or removes their own activity; the company's history keeps it, marked "modificata" or "rimossa".</summary>
public class EditModel(CrmDbContext db, CurrentUser me, TimeProvider clock) : PageModel
{
    [BindProperty]
    public ActivityInput Input { get; set; } = new();

    public string CompanyName { get; private set; } = "";

    public int CompanyId { get; private set; }

    public IReadOnlyList<SelectListItem> Contacts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var activity = await MineAsync(id, ct);
        if (activity is null)
        {
            return NotFound();
        }

        Input = new ActivityInput
        {
            Type = activity.Type, OccurredAt = activity.OccurredAt, ContactId = activity.ContactId, Outcome = activity.Outcome,
            Notes = activity.Notes, NextStep = activity.NextStep, NextStepOn = activity.NextStepOn, ConfirmNoConsent = true,
        };
        await LoadAsync(activity.CompanyId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var activity = await MineAsync(id, ct);
        if (activity is null)
        {
            return NotFound();
        }

        var now = clock.RomeNow();
        await Input.ValidateAsync(db, activity.CompanyId, now, ModelState, nameof(Input), ct);
        if (Input.NextStepOn == activity.NextStepOn)
        {
            // A next step already written may have passed meanwhile: editing the note must not be refused for it.
            ModelState.Remove($"{nameof(Input)}.NextStepOn");
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(activity.CompanyId, ct);
            return Page();
        }

        await ActivityChanges.UpdateAsync(db, activity, Input.ToActivity(activity.CompanyId, activity.UserId), now, ct);
        TempData["Message"] = "Attività modificata: nella cronologia risulta come modificata.";
        return RedirectToPage("/Companies/Details", new { id = activity.CompanyId });
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, CancellationToken ct)
    {
        var activity = await MineAsync(id, ct);
        if (activity is null)
        {
            return NotFound();
        }

        await ActivityChanges.RemoveAsync(db, activity, clock.RomeNow(), ct);
        TempData["Message"] = "Attività rimossa: resta nella cronologia come rimossa e non conta più nei numeri.";
        return RedirectToPage("/Companies/Details", new { id = activity.CompanyId });
    }

    /// <summary>Only the author's own activity, not yet removed; anything else does not exist for this user.</summary>
    private Task<Activity?> MineAsync(int id, CancellationToken ct) =>
        me.IsAccountManager ? db.Activities.FirstOrDefaultAsync(a => a.Id == id && a.UserId == me.Id, ct) : Task.FromResult<Activity?>(null);

    private async Task LoadAsync(int companyId, CancellationToken ct)
    {
        CompanyId = companyId;
        CompanyName = await db.Companies.Where(c => c.Id == companyId).Select(c => c.LegalName).SingleAsync(ct);
        Contacts = await db.Contacts.AsNoTracking().Where(c => c.CompanyId == companyId).OrderBy(c => c.FullName)
            .Select(c => new SelectListItem(c.FullName + (c.ConsentToContact ? "" : " (non contattare)"), c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToListAsync(ct);
    }
}
