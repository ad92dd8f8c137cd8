using System.ComponentModel.DataAnnotations;
using AeI.Crm.Candidates;
using AeI.Crm.Common;
using AeI.Crm.Placements;
using AeI.Crm.Vacancies;
using AeI.Crm.Contacts;
using AeI.Crm.Persistence;
using AeI.Crm.Web.Infrastructure;
using AeI.Crm.Web.SearchIndex;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Pages.Candidates;

[Authorize(Policy = Policies.ManageCandidates)]
public class EditModel(CrmDbContext db, CurrentUser me, CandidateAccess access, TimeProvider clock, SearchIndexSync searchIndex) : PageModel
{
    [BindProperty]
    public CandidateInput Input { get; set; } = new();

    public int? Id { get; private set; }

    public IReadOnlyList<(int Id, string Name)> Caseloads { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        Id = id;
        await LoadListsAsync(ct);
        if (id is null)
        {
            Input = new CandidateInput { TakenInChargeOn = clock.Today(), CaseloadId = Caseloads.Count > 0 ? Caseloads[0].Id : 0, Languages = "it: madrelingua" };
            return Page();
        }

        var c = await db.Candidates.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null || !await access.IsOwnCaseloadAsync(c.CaseloadId, ct))
        {
            return NotFound();
        }

        Input = new CandidateInput
        {
            CaseloadId = c.CaseloadId,
            FirstName = c.FirstName,
            LastName = c.LastName,
            BirthYear = c.BirthYear,
            Gender = c.Gender,
            Email = c.Email,
            Phone = c.Phone,
            Residence = await MunicipalityField.DisplayAsync(db, c.ResidenceIstat, ct),
            Education = c.Education,
            Languages = CandidateTextFields.FormatLanguages(c.Languages),
            DrivingLicences = TextLists.Join(c.DrivingLicences),
            HasCar = c.HasCar,
            MaxCommuteKm = c.MaxCommuteKm,
            Availability = c.Availability,
            ShiftsOk = c.ShiftsOk,
            Certificates = string.Join('\n', c.Certificates),
            Skills = string.Join('\n', c.Skills),
            Experiences = CandidateTextFields.FormatExperiences(c.Experiences),
            Profile = c.Profile,
            Status = c.Status,
            TakenInChargeOn = c.TakenInChargeOn,
            ClosedOn = c.ClosedOn,
            ClosureOutcome = c.ClosureOutcome,
            ProtectedCategory = c.ProtectedCategory,
            TargetGroup = c.TargetGroup,
            Version = c.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        Id = id;
        if (id is not null && !await db.Candidates.AnyAsync(c => c.Id == id, ct))
        {
            return NotFound();
        }

        await LoadListsAsync(ct);
        if (!await access.IsOwnCaseloadAsync(Input.CaseloadId, ct))
        {
            ModelState.AddModelError("Input.CaseloadId", "Puoi registrare persone solo nei tuoi servizi.");
        }
        else if (id is null && !await access.CanWorkInCaseloadAsync(Input.CaseloadId, ct))
        {
            ModelState.AddModelError("Input.CaseloadId", "Questo servizio è chiuso: non si possono registrare nuove persone.");
        }

        var (languages, languageError) = CandidateTextFields.ParseLanguages(Input.Languages);
        if (languageError is not null)
        {
            ModelState.AddModelError("Input.Languages", languageError);
        }

        var (experiences, experienceError) = CandidateTextFields.ParseExperiences(Input.Experiences);
        if (experienceError is not null)
        {
            ModelState.AddModelError("Input.Experiences", experienceError);
        }

        var phone = PhoneNumberNormalizer.ToE164(Input.Phone);
        if (!string.IsNullOrWhiteSpace(Input.Phone) && phone is null)
        {
            ModelState.AddModelError("Input.Phone", "Il numero di telefono non è valido.");
        }

        var residence = await MunicipalityField.ResolveAsync(db, Input.Residence, ct);
        if (residence.Error is not null)
        {
            ModelState.AddModelError("Input.Residence", residence.Error);
        }

        var today = clock.Today();
        if (Input.BirthYear > today.Year - 15 || Input.BirthYear < today.Year - 90)
        {
            ModelState.AddModelError("Input.BirthYear", $"L'anno di nascita deve essere tra {today.Year - 90} e {today.Year - 15}.");
        }

        if (Input.TakenInChargeOn > today)
        {
            ModelState.AddModelError("Input.TakenInChargeOn", "La presa in carico non può essere nel futuro.");
        }

        if (Candidate.WhyNotValidPath(Input.Status, Input.TakenInChargeOn, Input.ClosedOn, Input.ClosureOutcome) is { } pathError)
        {
            ModelState.AddModelError("Input.ClosedOn", pathError);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Candidate candidate;
        if (id is null)
        {
            candidate = new Candidate();
            db.Candidates.Add(candidate);
        }
        else
        {
            var existing = await db.Candidates.FirstOrDefaultAsync(c => c.Id == id, ct);
            if (existing is null || !await access.IsOwnCaseloadAsync(existing.CaseloadId, ct))
            {
                return NotFound();
            }

            candidate = existing;

            db.ExpectVersion(candidate, Input.Version);
        }

        candidate.CaseloadId = Input.CaseloadId;
        candidate.MediatorId ??= me.Id;
        candidate.FirstName = Input.FirstName.Trim();
        candidate.LastName = Input.LastName.Trim();
        candidate.BirthYear = Input.BirthYear;
        candidate.Gender = Input.Gender;
        candidate.Email = string.IsNullOrWhiteSpace(Input.Email) ? null : Input.Email.Trim();
        candidate.Phone = phone;
        candidate.ResidenceIstat = residence.IstatCode;
        candidate.Education = Input.Education;
        candidate.Languages = languages;
        candidate.DrivingLicences = TextLists.Parse(Input.DrivingLicences).Select(l => l.ToUpperInvariant()).ToList();
        candidate.HasCar = Input.HasCar;
        candidate.MaxCommuteKm = Input.MaxCommuteKm;
        candidate.Availability = Input.Availability;
        candidate.ShiftsOk = Input.ShiftsOk;
        candidate.Certificates = TextLists.Parse(Input.Certificates);
        candidate.Skills = TextLists.Parse(Input.Skills);
        candidate.Experiences = experiences;
        candidate.Profile = Input.Profile?.Trim();
        candidate.TakenInChargeOn = Input.TakenInChargeOn;
        candidate.SetPath(Input.Status, Input.ClosedOn, Input.ClosureOutcome);
        candidate.ProtectedCategory = Input.ProtectedCategory;
        candidate.TargetGroup = Input.TargetGroup;

        if (!await db.SaveUnlessConflictAsync(ct))
        {
            ViewData["Conflict"] = true;
            return Page();
        }

        await searchIndex.AfterSaveAsync();
        TempData["Message"] = "Scheda salvata.";
        return RedirectToPage("Details", new { id = candidate.Id });
    }

    private async Task LoadListsAsync(CancellationToken ct)
    {
        var own = (await me.CaseloadIdsAsync(ct)).ToList();
        Caseloads = (await db.Caseloads.AsNoTracking().Where(c => own.Contains(c.Id)).OrderBy(c => c.Id).Select(c => new { c.Id, c.Name }).ToListAsync(ct))
            .Select(c => (c.Id, c.Name)).ToList();
    }

    public sealed class CandidateInput
    {
        public int CaseloadId { get; set; }

        [Required(ErrorMessage = "Il nome è obbligatorio.")]
        [StringLength(80, ErrorMessage = "Il nome può avere al massimo 80 caratteri.")]
        public string FirstName { get; set; } = "";

        [Required(ErrorMessage = "Il cognome è obbligatorio.")]
        [StringLength(80, ErrorMessage = "Il cognome può avere al massimo 80 caratteri.")]
        public string LastName { get; set; } = "";

        public int BirthYear { get; set; } = 1990;

        [RegularExpression("^[FMX]$", ErrorMessage = "Scegli F, M o X.")]
        public string Gender { get; set; } = "X";

        [EmailAddress(ErrorMessage = "L'indirizzo e-mail non è valido.")]
        public string? Email { get; set; }

        public string? Phone { get; set; }

        [Required(ErrorMessage = "Indica il comune di residenza.")]
        public string? Residence { get; set; }

        public EducationLevel Education { get; set; } = EducationLevel.LowerSecondary;

        public string? Languages { get; set; }

        public string? DrivingLicences { get; set; }

        public bool HasCar { get; set; }

        [Range(0, 300, ErrorMessage = "La distanza massima deve essere tra 0 e 300 km.")]
        public int MaxCommuteKm { get; set; } = 15;

        public Availability Availability { get; set; } = Availability.Any;

        public bool ShiftsOk { get; set; }

        public string? Certificates { get; set; }

        public string? Skills { get; set; }

        public string? Experiences { get; set; }

        [StringLength(8000, ErrorMessage = "Il profilo può avere al massimo 8000 caratteri.")]
        public string? Profile { get; set; }

        public CandidateStatus Status { get; set; } = CandidateStatus.Active;

        [Required(ErrorMessage = "Indica la data di presa in carico.")]
        public DateOnly TakenInChargeOn { get; set; }

        public DateOnly? ClosedOn { get; set; }

        public ClosureOutcome? ClosureOutcome { get; set; }

        [SensitiveData]
        public ProtectedCategory ProtectedCategory { get; set; }

        [SensitiveData]
        public TargetGroup TargetGroup { get; set; }

        public int Version { get; set; }
    }
}
