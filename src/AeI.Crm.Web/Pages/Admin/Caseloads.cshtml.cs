using System.ComponentModel.DataAnnotations;
using AeI.Crm.Caseloads;
using AeI.Crm.Persistence;
using AeI.Crm.Web.Infrastructure;
using AeI.Crm.Web.SearchIndex;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Pages.Admin;

[Authorize(Policy = Policies.Administer)]
public class CaseloadsModel(CrmDbContext db, SearchIndexSync searchIndex) : PageModel
{
    public sealed record Row(int Id, string Code, string Name, string? Description, bool IsActive, int People);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    [BindProperty]
    public NewCaseload Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var code = Input.Code?.Trim() ?? "";
        if (code.Length > 0 && await db.Caseloads.AnyAsync(c => c.Code == code, ct))
        {
            ModelState.AddModelError("Input.Code", "Esiste già un servizio con questa sigla.");
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }

        db.Caseloads.Add(new Caseload { Code = code, Name = Input.Name.Trim(), Description = Input.Description?.Trim() });
        await db.SaveChangesAsync(ct);
        TempData["Message"] = "Servizio aggiunto.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostToggleAsync(int id, CancellationToken ct)
    {
        var caseload = await db.Caseloads.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (caseload is null)
        {
            return NotFound();
        }

        // Closed: no new people, no proposals, no matching; its people leave the search index (and come back on reopening).
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            caseload.IsActive = !caseload.IsActive;
            await db.SaveChangesAsync(ct);
            await db.RecordCaseloadIndexChangeAsync(caseload.Id, ct);
            await tx.CommitAsync(ct);
        }

        await searchIndex.AfterSaveAsync();
        TempData["Message"] = caseload.IsActive
            ? $"Servizio {caseload.Code} riaperto."
            : $"Servizio {caseload.Code} chiuso: niente nuove persone, proposte o ricerche; i mediatori possono ancora consultare e concludere i percorsi in corso.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Rows = await db.Caseloads.AsNoTracking().OrderBy(c => c.Id)
            .Select(c => new Row(c.Id, c.Code, c.Name, c.Description, c.IsActive, db.Candidates.Count(p => p.CaseloadId == c.Id)))
            .ToListAsync(ct);

    public sealed class NewCaseload
    {
        [Required(ErrorMessage = "Indica la sigla.")]
        [StringLength(20, ErrorMessage = "La sigla può avere al massimo 20 caratteri.")]
        public string Code { get; set; } = "";

        [Required(ErrorMessage = "Indica il nome.")]
        [StringLength(120, ErrorMessage = "Il nome può avere al massimo 120 caratteri.")]
        public string Name { get; set; } = "";

        [StringLength(400)]
        public string? Description { get; set; }
    }
}
