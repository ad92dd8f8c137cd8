using AeI.Crm.Activities;
using AeI.Crm.Persistence;
using AeI.Crm.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Pages.Activities;

/// <summary>
/// The quick log: a call, e-mail or visit for a company without leaving the page the user is on
/// (search results, company list, company page). The dialog posts here with fetch and gets JSON;
/// without script the same address is a small page of its own that returns where the user was.
/// </summary>
public class QuickModel(CrmDbContext db, CurrentUser me, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int CompanyId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public ActivityInput Input { get; set; } = new();

    public string CompanyName { get; private set; } = "";

    public IReadOnlyList<ContactOption> Contacts { get; private set; } = [];

    public DateOnly Today => clock.Today();

    public bool ShowConsentConfirm => Input.ContactId is { } id && Contacts.Any(c => c.Id == id && c.NoConsent);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!me.IsAccountManager)
        {
            return Forbid();
        }

        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Input = ActivityInput.Fresh(clock.RomeNow());
        return Page();
    }

    /// <summary>The company's contacts for the dialog's list, with who asked not to be contacted.</summary>
    public async Task<IActionResult> OnGetContactsAsync(CancellationToken ct)
    {
        if (!me.IsAccountManager)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        return new JsonResult(new { company = CompanyName, now = ActivityInput.Fresh(clock.RomeNow()).OccurredAt, today = Today, contacts = Contacts });
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var wantsJson = Request.Headers.Accept.Any(a => a?.Contains("application/json", StringComparison.OrdinalIgnoreCase) == true);
        if (!me.IsAccountManager)
        {
            // The dialog reads the status; a plain form goes to the refusal page like every other.
            return wantsJson ? StatusCode(StatusCodes.Status403Forbidden) : Forbid();
        }

        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        var now = clock.RomeNow();
        await Input.ValidateAsync(db, CompanyId, now, ModelState, nameof(Input), ct);
        if (!ModelState.IsValid)
        {
            if (wantsJson)
            {
                var errors = ModelState.Where(e => e.Value?.Errors.Count > 0)
                    .ToDictionary(e => e.Key, e => e.Value!.Errors.Select(x => string.IsNullOrEmpty(x.ErrorMessage) ? "Valore non valido." : x.ErrorMessage).ToArray());
                return new JsonResult(new { ok = false, errors }) { StatusCode = StatusCodes.Status422UnprocessableEntity };
            }

            return Page();
        }

        var activity = Input.ToActivity(CompanyId, me.Id);
        await ActivityLog.LogAsync(db, activity, now, ct);
        var message = ActivityInput.SavedMessage(activity, now, CompanyName);
        if (wantsJson)
        {
            return new JsonResult(new { ok = true, message, activityId = activity.Id });
        }

        TempData["Message"] = message;
        return Url.IsLocalUrl(ReturnUrl) ? LocalRedirect(ReturnUrl) : RedirectToPage("/Companies/Details", new { id = CompanyId });
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var name = await db.Companies.Where(c => c.Id == CompanyId).Select(c => c.LegalName).SingleOrDefaultAsync(ct);
        if (name is null)
        {
            return false;
        }

        CompanyName = name;
        Contacts = await db.Contacts.AsNoTracking().Where(c => c.CompanyId == CompanyId).OrderBy(c => c.FullName)
            .Select(c => new ContactOption(c.Id, c.FullName, c.Role, !c.ConsentToContact)).ToListAsync(ct);
        return true;
    }

    public sealed record ContactOption(int Id, string Name, string? Role, bool NoConsent);
}
