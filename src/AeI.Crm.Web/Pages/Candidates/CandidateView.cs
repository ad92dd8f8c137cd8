using AeI.Crm.Candidates;
using AeI.Crm.Common;
using AeI.Crm.Placements;
using AeI.Crm.Vacancies;

namespace AeI.Crm.Web.Pages.Candidates;

/// <summary>
/// A candidate as any permitted reader sees them. The law-68 category and target group are not
/// here: <see cref="SensitiveView"/> is loaded only for the mediators of the caseload.
/// </summary>
public sealed class CandidateView
{
    public int Id { get; set; }

    public string FullName { get; set; } = "";

    public int CaseloadId { get; set; }

    public string CaseloadName { get; set; } = "";

    public string? MediatorFullName { get; set; }

    public int BirthYear { get; set; }

    public string Gender { get; set; } = "";

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? ResidenceName { get; set; }

    public string? ResidenceProvinceCode { get; set; }

    public EducationLevel Education { get; set; }

    public List<LanguageSkill> Languages { get; set; } = [];

    public List<string> DrivingLicences { get; set; } = [];

    public bool HasCar { get; set; }

    public int MaxCommuteKm { get; set; }

    public Availability Availability { get; set; }

    public bool ShiftsOk { get; set; }

    public List<string> Certificates { get; set; } = [];

    public List<string> Skills { get; set; } = [];

    public List<Experience> Experiences { get; set; } = [];

    public string? Profile { get; set; }

    public CandidateStatus Status { get; set; }

    public DateOnly TakenInChargeOn { get; set; }

    public DateOnly? ClosedOn { get; set; }

    public ClosureOutcome? ClosureOutcome { get; set; }

    public int Version { get; set; }
}

/// <summary>Special-category and judicial data: for the caseload's mediators only.</summary>
public sealed record SensitiveView(ProtectedCategory ProtectedCategory, TargetGroup TargetGroup);
