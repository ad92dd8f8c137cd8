using AeI.Crm.Caseloads;
using AeI.Crm.Common;
using AeI.Crm.Vacancies;
using AeI.Crm.Geography;
using AeI.Crm.Placements;
using AeI.Crm.Users;

namespace AeI.Crm.Candidates;

/// <summary>A job seeker followed in a caseload.</summary>
public class Candidate : IVersioned, ISearchable
{
    public int Id { get; set; }

    public int CaseloadId { get; set; }

    public Caseload? Caseload { get; set; }

    public string? MediatorId { get; set; }

    public CrmUser? Mediator { get; set; }

    public string FirstName { get; set; } = "";

    public string LastName { get; set; } = "";

    /// <summary>"FIRST LAST" folded for search (kept by the context on save).</summary>
    public string SearchName { get; set; } = "";

    public void RefreshSearchName() => SearchName = SearchText.Fold($"{FirstName} {LastName}");

    public int BirthYear { get; set; }

    /// <summary>F, M or X.</summary>
    public string Gender { get; set; } = "X";

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? ResidenceIstat { get; set; }

    public Municipality? Residence { get; set; }

    public EducationLevel Education { get; set; }

    public List<LanguageSkill> Languages { get; set; } = [];

    public List<string> DrivingLicences { get; set; } = [];

    public bool HasCar { get; set; }

    public int MaxCommuteKm { get; set; } = 15;

    public Availability Availability { get; set; } = Availability.Any;

    public bool ShiftsOk { get; set; }

    public List<string> Certificates { get; set; } = [];

    public List<string> Skills { get; set; } = [];

    public List<Experience> Experiences { get; set; } = [];

    public string? Profile { get; set; }

    public CandidateStatus Status { get; set; } = CandidateStatus.Active;

    /// <summary>Start of the path in the caseload (presa in carico).</summary>
    public DateOnly TakenInChargeOn { get; set; }

    public DateOnly? ClosedOn { get; set; }

    public ClosureOutcome? ClosureOutcome { get; set; }

    [SensitiveData]
    public ProtectedCategory ProtectedCategory { get; set; }

    [SensitiveData]
    public TargetGroup TargetGroup { get; set; }

    public int Version { get; set; }

    public List<Placement> Placements { get; set; } = [];

    public string FullName => $"{FirstName} {LastName}";

    public bool IsPathClosed => Status is CandidateStatus.Closed or CandidateStatus.Placed;

    /// <summary>Why this status, closing date and outcome cannot be set (in Italian), or null when they can.</summary>
    public static string? WhyNotValidPath(CandidateStatus status, DateOnly takenInChargeOn, DateOnly? closedOn, ClosureOutcome? outcome)
    {
        if (status is CandidateStatus.Closed or CandidateStatus.Placed && (closedOn is null || outcome is null))
        {
            return "Per chiudere il percorso indica data ed esito.";
        }

        return closedOn < takenInChargeOn ? "La chiusura non può precedere la presa in carico." : null;
    }

    /// <summary>
    /// Sets the path's status: closing (closed or placed) records date and outcome; any open status
    /// clears them. Call <see cref="WhyNotValidPath"/> first.
    /// </summary>
    public void SetPath(CandidateStatus status, DateOnly? closedOn, ClosureOutcome? outcome)
    {
        Status = status;
        ClosedOn = IsPathClosed ? closedOn : null;
        ClosureOutcome = IsPathClosed ? outcome : null;
    }

    public CefrLevel? ItalianLevel => Languages.FirstOrDefault(l => l.Code == "it")?.Level;
}
