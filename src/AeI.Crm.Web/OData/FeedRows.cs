using System.ComponentModel.DataAnnotations;

namespace AeI.Crm.Web.OData;

// The OData feed's shapes: rows made for reading in Excel and Power BI, never the entities. Enums are
// their English names; dates of a day are Edm.Date; Year and Month columns are there for $apply groupby.

public sealed class CompanyRow
{
    [Key]
    public int Id { get; set; }

    public string LegalName { get; set; } = "";

    public string? VatNumber { get; set; }

    public string? AtecoCode { get; set; }

    public string? AtecoSection { get; set; }

    public int? EmployeeCount { get; set; }

    public int Law68QuotaTotal { get; set; }

    public int? ProtectedWorkersEmployed { get; set; }

    public string? MunicipalityIstat { get; set; }

    public string? Municipality { get; set; }

    public string? Province { get; set; }

    public string Status { get; set; } = "";

    public string? AccountManagerId { get; set; }

    public DateOnly? LastContactOn { get; set; }

    public List<ContactRow> Contacts { get; set; } = [];

    public List<VacancyRow> Vacancies { get; set; } = [];
}

public sealed class ContactRow
{
    [Key]
    public int Id { get; set; }

    public int CompanyId { get; set; }

    public string FullName { get; set; } = "";

    public string? Role { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public bool ConsentToContact { get; set; }

    public CompanyRow? Company { get; set; }
}

public sealed class ActivityRow
{
    [Key]
    public int Id { get; set; }

    public int CompanyId { get; set; }

    public int? ContactId { get; set; }

    public string Type { get; set; } = "";

    public string Outcome { get; set; } = "";

    public DateOnly OccurredOn { get; set; }

    public int Year { get; set; }

    public int Month { get; set; }

    public string UserId { get; set; } = "";

    public DateOnly? NextStepOn { get; set; }

    public CompanyRow? Company { get; set; }
}

public sealed class VacancyRow
{
    [Key]
    public int Id { get; set; }

    public int CompanyId { get; set; }

    public string Title { get; set; } = "";

    public string? OccupationLabel { get; set; }

    public string Contract { get; set; } = "";

    public string Hours { get; set; } = "";

    public bool Shifts { get; set; }

    public string? WorkMunicipalityIstat { get; set; }

    public int Openings { get; set; }

    public string Law68Reservation { get; set; } = "";

    public string Status { get; set; } = "";

    public DateOnly OpenedOn { get; set; }

    public int OpenedYear { get; set; }

    public int OpenedMonth { get; set; }

    public DateOnly? ClosedOn { get; set; }

    public string? OwnerId { get; set; }

    public CompanyRow? Company { get; set; }

    public List<PlacementRow> Placements { get; set; } = [];
}

public sealed class PlacementRow
{
    [Key]
    public int Id { get; set; }

    public int CandidateId { get; set; }

    public int VacancyId { get; set; }

    public int CaseloadId { get; set; }

    public string Stage { get; set; } = "";

    public DateOnly ProposedOn { get; set; }

    public int ProposedYear { get; set; }

    public DateOnly? CvSentOn { get; set; }

    public DateOnly? InterviewOn { get; set; }

    public DateOnly? InternshipStartOn { get; set; }

    public DateOnly? InternshipEndOn { get; set; }

    public DateOnly? HiredOn { get; set; }

    public int? HiredYear { get; set; }

    public string? HiredContract { get; set; }

    public DateOnly? EndedOn { get; set; }

    public VacancyRow? Vacancy { get; set; }

    public CandidateRow? Candidate { get; set; }
}

public sealed class CaseloadRow
{
    [Key]
    public int Id { get; set; }

    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public bool IsActive { get; set; }
}

public sealed class FollowUpRow
{
    [Key]
    public int Id { get; set; }

    public string OwnerId { get; set; } = "";

    public DateOnly DueOn { get; set; }

    /// <summary>Only on the reader's own follow-ups: a subject may name a person.</summary>
    public string? Subject { get; set; }

    public int? CompanyId { get; set; }

    public int? VacancyId { get; set; }

    /// <summary>Only on the reader's own follow-ups.</summary>
    public int? CandidateId { get; set; }

    public bool Completed { get; set; }
}

/// <summary>
/// A job seeker as the reader may see them. <see cref="FullView"/> is true for the mediators of the
/// person's caseload, who get every field; everyone else gets a pseudonymous row: the personal and
/// sensitive fields are null, also to $filter, $orderby and $apply.
/// </summary>
public sealed class CandidateRow
{
    [Key]
    public int Id { get; set; }

    public int CaseloadId { get; set; }

    public string Status { get; set; } = "";

    public DateOnly TakenInChargeOn { get; set; }

    public DateOnly? ClosedOn { get; set; }

    public string? ClosureOutcome { get; set; }

    public string Education { get; set; } = "";

    public bool FullView { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public int? BirthYear { get; set; }

    public string? Gender { get; set; }

    public string? ResidenceIstat { get; set; }

    public string? TargetGroup { get; set; }

    public string? ProtectedCategory { get; set; }

    public List<PlacementRow> Placements { get; set; } = [];
}
