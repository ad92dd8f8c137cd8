using AeI.Crm.Activities;
using AeI.Crm.Companies;
using AeI.Crm.Vacancies;

namespace AeI.Crm.Web.Pages.Companies;

public sealed class CompanyView
{
    public int Id { get; set; }

    public string LegalName { get; set; } = "";

    public string? VatNumber { get; set; }

    public string? FiscalCode { get; set; }

    public string? AtecoCode { get; set; }

    public string? AtecoSection { get; set; }

    public int? EmployeeCount { get; set; }

    public int? ProtectedWorkersEmployed { get; set; }

    public string? Address { get; set; }

    public string? MunicipalityName { get; set; }

    public string? MunicipalityProvinceCode { get; set; }

    public RelationshipStatus Status { get; set; }

    public string? AccountManagerFullName { get; set; }

    public string? CsrNotes { get; set; }

    public List<string> Tags { get; set; } = [];

    public DateOnly? LastContactOn { get; set; }

    public Law68Quota Quota => Law68Quota.For(EmployeeCount);
}

public sealed class ContactView
{
    public int Id { get; set; }

    public string FullName { get; set; } = "";

    public string? Role { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public bool ConsentToContact { get; set; }
}

public sealed class ActivityView
{
    public int Id { get; set; }

    public ActivityType Type { get; set; }

    public DateTime OccurredAt { get; set; }

    public string? UserFullName { get; set; }

    public string? ContactFullName { get; set; }

    public ActivityOutcome Outcome { get; set; }

    public string? Notes { get; set; }

    public string? NextStep { get; set; }

    public DateOnly? NextStepOn { get; set; }

    public string UserId { get; set; } = "";

    public DateTime? EditedAt { get; set; }

    public DateTime? RemovedAt { get; set; }

    /// <summary>Set when the activity came from a file (<see cref="AeI.Crm.Importing.ImportRun"/>).</summary>
    public int? ImportRunId { get; set; }
}

/// <summary>An import that created or completed the company: which file, row, who and when.</summary>

public sealed class VacancyListItem
{
    public int Id { get; set; }

    public string Title { get; set; } = "";

    public int CompanyId { get; set; }

    public string CompanyLegalName { get; set; } = "";

    public string? WorkMunicipalityName { get; set; }

    public VacancyStatus Status { get; set; }

    public AeI.Crm.Placements.ContractType Contract { get; set; }

    public int Openings { get; set; }

    public DateOnly OpenedOn { get; set; }

    public string? OwnerFullName { get; set; }

    public int PlacementsCount { get; set; }
}
