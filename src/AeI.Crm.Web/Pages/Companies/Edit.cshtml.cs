using System.ComponentModel.DataAnnotations;
using AeI.Crm.Companies;
using AeI.Crm.Persistence;
using AeI.Crm.Users;
using AeI.Crm.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Pages.Companies;

[Authorize(Policy = Policies.EditCompanies)]
public class EditModel(CrmDbContext db, CurrentUser me, TimeProvider clock) : PageModel
{
    [BindProperty]
    public CompanyInput Input { get; set; } = new();

    public int? Id { get; private set; }

    /// <summary>When the VAT number is already registered: the company that has it.</summary>
    public (int Id, string Name)? Duplicate { get; private set; }

    /// <summary>Companies of the same comune with a similar name, when this one has no VAT number.</summary>
    public IReadOnlyList<(int Id, string Name)> Similar { get; private set; } = [];

    public IReadOnlyList<(string Id, string Name)> AccountManagers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        Id = id;
        if (id is null)
        {
            Input = new CompanyInput { AccountManagerId = me.Id };
        }
        else
        {
            var c = await db.Companies.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
            if (c is null)
            {
                return NotFound();
            }

            Input = CompanyInput.From(c, await MunicipalityField.DisplayAsync(db, c.MunicipalityIstat, ct));
        }

        await LoadListsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        Id = id;
        foreach (var (field, message) in Input.Validate())
        {
            ModelState.AddModelError($"Input.{field}", message);
        }

        var municipality = await MunicipalityField.ResolveAsync(db, Input.Municipality, ct);
        if (municipality.Error is not null)
        {
            ModelState.AddModelError("Input.Municipality", municipality.Error);
        }

        var vat = PartitaIva.Normalize(Input.VatNumber);
        if (vat is not null && PartitaIva.IsValid(vat))
        {
            var existing = await db.Companies.AsNoTracking().Where(c => c.VatNumber == vat && c.Id != id).Select(c => new { c.Id, c.LegalName }).FirstOrDefaultAsync(ct);
            if (existing is not null)
            {
                Duplicate = (existing.Id, existing.LegalName);
                ModelState.AddModelError("Input.VatNumber", "Esiste già un'azienda con questa partita IVA.");
            }
        }

        if (id is null && vat is null && ModelState.IsValid && !Input.ConfirmSimilar)
        {
            Similar = await SimilarCompanies.FindAsync(db, Input.LegalName, municipality.IstatCode, id, ct);
            if (Similar.Count > 0)
            {
                ModelState.AddModelError("Input.ConfirmSimilar", "Nello stesso comune c'è già un'azienda con un nome simile e questa non ha partita IVA: controlla che non sia la stessa, poi conferma.");
            }
        }

        if (!ModelState.IsValid)
        {
            await LoadListsAsync(ct);
            return Page();
        }

        Company company;
        if (id is null)
        {
            // Whoever creates a company manages it; only coordinators and admins reassign it (Details,
            // "Riassegna"), so nobody widens their own access to the people proposed to its positions.
            company = new Company { CreatedAt = clock.RomeNow(), AccountManagerId = me.Id };
            db.Companies.Add(company);
        }
        else
        {
            var existing = await db.Companies.FirstOrDefaultAsync(c => c.Id == id, ct);
            if (existing is null)
            {
                // Deleted meanwhile, or an id that never existed: the Italian 404 page, not a server error.
                return NotFound();
            }

            company = existing;
            db.ExpectVersion(company, Input.Version);
        }

        Input.ApplyTo(company, municipality.IstatCode);

        bool saved;
        try
        {
            saved = await db.SaveUnlessConflictAsync(ct);
        }
        catch (DbUpdateException) when (company.VatNumber is not null)
        {
            // Another user saved the same VAT number between our check and our save.
            db.ChangeTracker.Clear();
            if (!await db.Companies.AsNoTracking().AnyAsync(c => c.VatNumber == company.VatNumber && c.Id != id, ct))
            {
                throw;
            }

            ModelState.AddModelError("Input.VatNumber", "Esiste già un'azienda con questa partita IVA.");
            await LoadListsAsync(ct);
            return Page();
        }

        if (!saved)
        {
            ViewData["Conflict"] = true;
            await LoadListsAsync(ct);
            return Page();
        }

        TempData["Message"] = id is null ? "Azienda creata." : "Azienda salvata.";
        return RedirectToPage("Details", new { id = company.Id });
    }

    private async Task LoadListsAsync(CancellationToken ct)
    {
        AccountManagers = (await db.Users
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.AccountManager)))
            .OrderBy(u => u.FullName).Select(u => new { u.Id, u.FullName }).ToListAsync(ct))
            .Select(u => (u.Id, u.FullName)).ToList();
    }

    public sealed class CompanyInput
    {
        /// <summary>The user checked the similar companies and this one is another.</summary>
        public bool ConfirmSimilar { get; set; }

        [Required(ErrorMessage = "La ragione sociale è obbligatoria.")]
        [StringLength(200, ErrorMessage = "La ragione sociale può avere al massimo 200 caratteri.")]
        public string LegalName { get; set; } = "";

        public string? VatNumber { get; set; }

        public string? FiscalCode { get; set; }

        public string? AtecoCode { get; set; }

        [Range(0, 1_000_000, ErrorMessage = "Il numero di dipendenti deve essere tra 0 e 1.000.000.")]
        public int? EmployeeCount { get; set; }

        [Range(0, 1_000_000, ErrorMessage = "Il numero deve essere positivo.")]
        public int? ProtectedWorkersEmployed { get; set; }

        [StringLength(200, ErrorMessage = "L'indirizzo può avere al massimo 200 caratteri.")]
        public string? Address { get; set; }

        public string? Municipality { get; set; }

        public RelationshipStatus Status { get; set; } = RelationshipStatus.Prospect;

        public string? AccountManagerId { get; set; }

        [StringLength(4000, ErrorMessage = "Le note possono avere al massimo 4000 caratteri.")]
        public string? CsrNotes { get; set; }

        public string? Tags { get; set; }

        public int Version { get; set; }

        public static CompanyInput From(Company c, string? municipality) => new()
        {
            LegalName = c.LegalName,
            VatNumber = c.VatNumber,
            FiscalCode = c.FiscalCode,
            AtecoCode = c.AtecoCode,
            EmployeeCount = c.EmployeeCount,
            ProtectedWorkersEmployed = c.ProtectedWorkersEmployed,
            Address = c.Address,
            Municipality = municipality,
            Status = c.Status,
            AccountManagerId = c.AccountManagerId,
            CsrNotes = c.CsrNotes,
            Tags = TextLists.Join(c.Tags),
            Version = c.Version,
        };

        /// <summary>The rules a company form must meet on its own (check digits, ATECO, quota), in Italian.</summary>
        public IEnumerable<(string Field, string Message)> Validate()
        {
            var vat = PartitaIva.Normalize(VatNumber);
            if (vat is not null && !PartitaIva.IsValid(vat))
            {
                yield return (nameof(VatNumber), "La partita IVA non è valida: servono 11 cifre con la cifra di controllo corretta.");
            }

            var fiscal = CodiceFiscale.Normalize(FiscalCode);
            if (fiscal is not null && !CodiceFiscale.IsValid(fiscal))
            {
                yield return (nameof(FiscalCode), "Il codice fiscale non è valido (11 cifre per le società, 16 caratteri per le persone).");
            }

            if (!string.IsNullOrWhiteSpace(AtecoCode) && !AeI.Crm.Companies.AtecoCode.IsValid(AtecoCode.Trim()))
            {
                yield return (nameof(AtecoCode), "Il codice ATECO 2007 non è valido (ad esempio 56.10 o 56.10.11).");
            }

            if (ProtectedWorkersEmployed > EmployeeCount)
            {
                yield return (nameof(ProtectedWorkersEmployed), "I lavoratori protetti non possono superare i dipendenti.");
            }
        }

        /// <summary>Copies the form onto the company (the account manager is not the form's to set).</summary>
        public void ApplyTo(Company company, string? municipalityIstat)
        {
            ArgumentNullException.ThrowIfNull(company);
            var ateco = string.IsNullOrWhiteSpace(AtecoCode) ? null : AtecoCode.Trim();
            company.Rename(LegalName);
            company.VatNumber = PartitaIva.Normalize(VatNumber);
            company.FiscalCode = CodiceFiscale.Normalize(FiscalCode);
            company.AtecoCode = ateco;
            company.AtecoSection = AeI.Crm.Companies.AtecoCode.SectionOf(ateco)?.ToString();
            company.SetEmployees(EmployeeCount);
            company.ProtectedWorkersEmployed = ProtectedWorkersEmployed;
            company.Address = Address?.Trim();
            company.MunicipalityIstat = municipalityIstat;
            company.Status = Status;
            company.CsrNotes = CsrNotes?.Trim();
            company.Tags = TextLists.Parse(Tags);
        }
    }
}
