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
            Input = new CandidateInput { TakenInChargeOn = clock.Today(), CaseloadId = Caseloads.Count > 0 ? Caseloads[0].Id : 0 };
            return Page();
        }

        var c = await db.Candidates.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null || !await access.IsOwnCaseloadAsync(c.CaseloadId, ct))
        {
            return NotFound();
        }

        Input = CandidateInput.From(c, await MunicipalityField.DisplayAsync(db, c.ResidenceIstat, ct));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        Id = id;
        var currentCaseload = id is null ? null : await db.Candidates.Where(c => c.Id == id).Select(c => (int?)c.CaseloadId).FirstOrDefaultAsync(ct);
        if (id is not null && currentCaseload is null)
        {
            return NotFound();
        }

        await LoadListsAsync(ct);
        if (!await access.IsOwnCaseloadAsync(Input.CaseloadId, ct))
        {
            ModelState.AddModelError("Input.CaseloadId", "Puoi registrare persone solo nei tuoi servizi.");
        }
        else if (Input.CaseloadId != currentCaseload && !await access.CanWorkInCaseloadAsync(Input.CaseloadId, ct))
        {
            ModelState.AddModelError("Input.CaseloadId", "Questo servizio è chiuso: non si possono aggiungere persone, né nuove né da altri servizi.");
        }

        foreach (var (field, message) in Input.Validate(clock.Today()))
        {
            ModelState.AddModelError($"Input.{field}", message);
        }

        var residence = await MunicipalityField.ResolveAsync(db, Input.Residence, ct);
        if (residence.Error is not null)
        {
            ModelState.AddModelError("Input.Residence", residence.Error);
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

        candidate.MediatorId ??= me.Id;
        Input.ApplyTo(candidate, residence.IstatCode);

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

        /// <summary>Empty on a new person: a guessed year or gender would be saved as if it were known.</summary>
        [Required(ErrorMessage = "Indica l'anno di nascita.")]
        public int? BirthYear { get; set; }

        [Required(ErrorMessage = "Scegli il genere (F, M o X).")]
        [RegularExpression("^[FMX]$", ErrorMessage = "Scegli F, M o X.")]
        public string? Gender { get; set; }

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

        /// <summary>Past jobs, one row each; empty rows are ignored.</summary>
        public List<ExperienceRow> ExperienceRows { get; set; } = [];

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

        public static CandidateInput From(Candidate c, string? residence) => new()
        {
            CaseloadId = c.CaseloadId,
            FirstName = c.FirstName,
            LastName = c.LastName,
            BirthYear = c.BirthYear,
            Gender = c.Gender,
            Email = c.Email,
            Phone = c.Phone,
            Residence = residence,
            Education = c.Education,
            Languages = CandidateTextFields.FormatLanguages(c.Languages),
            DrivingLicences = TextLists.Join(c.DrivingLicences),
            HasCar = c.HasCar,
            MaxCommuteKm = c.MaxCommuteKm,
            Availability = c.Availability,
            ShiftsOk = c.ShiftsOk,
            Certificates = string.Join('\n', c.Certificates),
            Skills = string.Join('\n', c.Skills),
            ExperienceRows = c.Experiences.Select(ExperienceRow.From).ToList(),
            Profile = c.Profile,
            Status = c.Status,
            TakenInChargeOn = c.TakenInChargeOn,
            ClosedOn = c.ClosedOn,
            ClosureOutcome = c.ClosureOutcome,
            ProtectedCategory = c.ProtectedCategory,
            TargetGroup = c.TargetGroup,
            Version = c.Version,
        };

        /// <summary>The rules the form must meet on its own (texts that parse, phone, dates, the path), in Italian.</summary>
        public IEnumerable<(string Field, string Message)> Validate(DateOnly today)
        {
            if (CandidateTextFields.ParseLanguages(Languages).Error is { } languageError)
            {
                yield return (nameof(Languages), languageError);
            }

            for (var i = 0; i < ExperienceRows.Count; i++)
            {
                if (!ExperienceRows[i].IsEmpty && ExperienceRows[i].Problem(i + 1) is { } experienceError)
                {
                    yield return ($"{nameof(ExperienceRows)}[{i}]", experienceError);
                }
            }

            if (!string.IsNullOrWhiteSpace(Phone) && PhoneNumberNormalizer.ToE164(Phone) is null)
            {
                yield return (nameof(Phone), "Il numero di telefono non è valido.");
            }

            if (BirthYear > today.Year - 15 || BirthYear < today.Year - 90)
            {
                yield return (nameof(BirthYear), $"L'anno di nascita deve essere tra {today.Year - 90} e {today.Year - 15}.");
            }

            if (TakenInChargeOn > today)
            {
                yield return (nameof(TakenInChargeOn), "La presa in carico non può essere nel futuro.");
            }

            if (Candidate.WhyNotValidPath(Status, TakenInChargeOn, ClosedOn, ClosureOutcome) is { } pathError)
            {
                yield return (nameof(ClosedOn), pathError);
            }
        }

        /// <summary>Copies a valid form (<see cref="Validate"/> found nothing) onto the person.</summary>
        public void ApplyTo(Candidate candidate, string? residenceIstat)
        {
            ArgumentNullException.ThrowIfNull(candidate);
            candidate.CaseloadId = CaseloadId;
            candidate.FirstName = FirstName.Trim();
            candidate.LastName = LastName.Trim();
            candidate.BirthYear = BirthYear!.Value;
            candidate.Gender = Gender!;
            candidate.Email = string.IsNullOrWhiteSpace(Email) ? null : Email.Trim();
            candidate.Phone = PhoneNumberNormalizer.ToE164(Phone);
            candidate.ResidenceIstat = residenceIstat;
            candidate.Education = Education;
            candidate.Languages = CandidateTextFields.ParseLanguages(Languages).Languages;
            candidate.DrivingLicences = TextLists.Parse(DrivingLicences).Select(l => l.ToUpperInvariant()).ToList();
            candidate.HasCar = HasCar;
            candidate.MaxCommuteKm = MaxCommuteKm;
            candidate.Availability = Availability;
            candidate.ShiftsOk = ShiftsOk;
            candidate.Certificates = TextLists.Parse(Certificates);
            candidate.Skills = TextLists.Parse(Skills);
            candidate.Experiences = ExperienceRows.Where(r => !r.IsEmpty).Select(r => r.ToExperience()).ToList();
            candidate.Profile = Profile?.Trim();
            candidate.TakenInChargeOn = TakenInChargeOn;
            candidate.SetPath(Status, ClosedOn, ClosureOutcome);
            candidate.ProtectedCategory = ProtectedCategory;
            candidate.TargetGroup = TargetGroup;
        }
    }
}
