using System.ComponentModel.DataAnnotations;
using AeI.Crm.Common;
using AeI.Crm.Placements;
using AeI.Crm.Candidates;
using AeI.Crm.Occupations;
using AeI.Crm.Persistence;
using AeI.Crm.Vacancies;
using AeI.Crm.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Pages.Vacancies;

[Authorize(Policy = Policies.EditCompanies)]
public class EditModel(CrmDbContext db, OccupationCatalog occupations, CurrentUser me, TimeProvider clock, AeI.Crm.Web.SearchIndex.SearchIndexSync searchIndex) : PageModel
{
    [BindProperty]
    public VacancyInput Input { get; set; } = new();

    public int? Id { get; private set; }

    public string CompanyName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int? id, int? companyId, CancellationToken ct)
    {
        Id = id;
        if (id is null)
        {
            var company = await db.Companies.AsNoTracking().FirstOrDefaultAsync(c => c.Id == companyId, ct);
            if (company is null)
            {
                return NotFound();
            }

            CompanyName = company.LegalName;
            Input = new VacancyInput
            {
                CompanyId = company.Id,
                OpenedOn = clock.Today(),
                Municipality = await MunicipalityField.DisplayAsync(db, company.MunicipalityIstat, ct),
            };
            return Page();
        }

        var v = await db.Vacancies.AsNoTracking().Include(x => x.Company).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (v is null)
        {
            return NotFound();
        }

        CompanyName = v.Company!.LegalName;
        Input = VacancyInput.From(v, await MunicipalityField.DisplayAsync(db, v.WorkMunicipalityIstat, ct));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        Id = id;
        var company = await db.Companies.AsNoTracking().FirstOrDefaultAsync(c => c.Id == Input.CompanyId, ct);
        if (company is null)
        {
            return NotFound();
        }

        CompanyName = company.LegalName;
        OccupationLabel? occupation = null;
        if (!string.IsNullOrWhiteSpace(Input.Occupation))
        {
            occupation = occupations.Labels.FirstOrDefault(l => l.IsOccupation && string.Equals(l.Label, Input.Occupation.Trim(), StringComparison.OrdinalIgnoreCase));
            if (occupation is null)
            {
                ModelState.AddModelError("Input.Occupation", "Occupazione non trovata nell'elenco ESCO: scegli una delle voci proposte o lascia vuoto.");
            }
        }

        var municipality = await MunicipalityField.ResolveAsync(db, Input.Municipality, ct);
        if (municipality.Error is not null)
        {
            ModelState.AddModelError("Input.Municipality", municipality.Error);
        }

        foreach (var (field, message) in Input.Validate())
        {
            ModelState.AddModelError($"Input.{field}", message);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Vacancy vacancy;
        if (id is null)
        {
            vacancy = new Vacancy { CompanyId = company.Id, OwnerId = me.Id };
            db.Vacancies.Add(vacancy);
        }
        else
        {
            var existing = await db.Vacancies.FirstOrDefaultAsync(v => v.Id == id && v.CompanyId == company.Id, ct);
            if (existing is null)
            {
                // Deleted meanwhile, or an id that never existed: the Italian 404 page, not a server error.
                return NotFound();
            }

            vacancy = existing;
            db.ExpectVersion(vacancy, Input.Version);
        }

        Input.ApplyTo(vacancy, occupation, municipality.IstatCode, clock.Today());

        if (!await db.SaveUnlessConflictAsync(ct))
        {
            ViewData["Conflict"] = true;
            return Page();
        }

        // The open positions' index ("Trova offerte") hears of the change now; the change log covers a failure.
        await searchIndex.AfterSaveAsync();
        TempData["Message"] = id is null ? "Posizione aperta." : "Posizione salvata.";
        return RedirectToPage("Details", new { id = vacancy.Id });
    }

    public sealed class VacancyInput
    {
        public int CompanyId { get; set; }

        [Required(ErrorMessage = "Il titolo della posizione è obbligatorio.")]
        [StringLength(200, ErrorMessage = "Il titolo può avere al massimo 200 caratteri.")]
        public string Title { get; set; } = "";

        public string? Occupation { get; set; }

        [StringLength(8000, ErrorMessage = "La descrizione può avere al massimo 8000 caratteri.")]
        public string? Description { get; set; }

        public string? RequiredSkills { get; set; }

        public string? PreferredSkills { get; set; }

        public string? RequiredLicences { get; set; }

        public string? RequiredCertificates { get; set; }

        public CefrLevel? MinItalianLevel { get; set; }

        public ContractType Contract { get; set; } = ContractType.FixedTerm;

        public WorkingHours Hours { get; set; } = WorkingHours.FullTime;

        public bool Shifts { get; set; }

        [Required(ErrorMessage = "Indica il comune in cui si lavora.")]
        public string? Municipality { get; set; }

        [Range(1, 500, ErrorMessage = "I posti devono essere tra 1 e 500.")]
        public int Openings { get; set; } = 1;

        public Law68Reservation Law68Reservation { get; set; }

        public VacancyStatus Status { get; set; } = VacancyStatus.Open;

        [Required(ErrorMessage = "Indica la data di apertura.")]
        public DateOnly OpenedOn { get; set; }

        public DateOnly? ClosedOn { get; set; }

        public int Version { get; set; }

        public static VacancyInput From(Vacancy v, string? municipality) => new()
        {
            CompanyId = v.CompanyId,
            Title = v.Title,
            Occupation = v.OccupationLabel,
            Description = v.Description,
            RequiredSkills = string.Join('\n', v.RequiredSkills),
            PreferredSkills = string.Join('\n', v.PreferredSkills),
            RequiredLicences = TextLists.Join(v.RequiredLicences),
            RequiredCertificates = string.Join('\n', v.RequiredCertificates),
            MinItalianLevel = v.MinItalianLevel,
            Contract = v.Contract,
            Hours = v.Hours,
            Shifts = v.Shifts,
            Municipality = municipality,
            Openings = v.Openings,
            Law68Reservation = v.Law68Reservation,
            Status = v.Status,
            OpenedOn = v.OpenedOn,
            ClosedOn = v.ClosedOn,
            Version = v.Version,
        };

        /// <summary>The rules the form must meet on its own, in Italian.</summary>
        public IEnumerable<(string Field, string Message)> Validate()
        {
            if (ClosedOn < OpenedOn)
            {
                yield return (nameof(ClosedOn), "La chiusura non può precedere l'apertura.");
            }
        }

        /// <summary>Copies the form onto the position; a filled or closed position without a date closes today.</summary>
        public void ApplyTo(Vacancy vacancy, OccupationLabel? occupation, string? workMunicipalityIstat, DateOnly today)
        {
            ArgumentNullException.ThrowIfNull(vacancy);
            vacancy.Title = Title.Trim();
            vacancy.OccupationLabel = occupation?.Label;
            vacancy.OccupationUri = occupation?.ConceptUri;
            vacancy.Description = Description?.Trim();
            vacancy.RequiredSkills = TextLists.Parse(RequiredSkills);
            vacancy.PreferredSkills = TextLists.Parse(PreferredSkills);
            vacancy.RequiredLicences = TextLists.Parse(RequiredLicences).Select(l => l.ToUpperInvariant()).ToList();
            vacancy.RequiredCertificates = TextLists.Parse(RequiredCertificates);
            vacancy.MinItalianLevel = MinItalianLevel;
            vacancy.Contract = Contract;
            vacancy.Hours = Hours;
            vacancy.Shifts = Shifts;
            vacancy.WorkMunicipalityIstat = workMunicipalityIstat;
            vacancy.Openings = Openings;
            vacancy.Law68Reservation = Law68Reservation;
            vacancy.Status = Status;
            vacancy.OpenedOn = OpenedOn;
            vacancy.ClosedOn = ClosedOn ?? (Status is VacancyStatus.Filled or VacancyStatus.Closed ? today : null);
        }
    }
}
