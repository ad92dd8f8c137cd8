using AeI.Crm.Common;
using AeI.Crm.Vacancies;
using AeI.Crm.Candidates;
using AeI.Crm.Placements;

namespace AeI.Crm.Web.Pages.Placements;

public sealed class PlacementCard
{
    public int Id { get; set; }

    public int CandidateId { get; set; }

    public string CandidateFullName { get; set; } = "";

    public int CandidateCaseloadId { get; set; }

    public string CandidateCaseloadCode { get; set; } = "";

    public int VacancyId { get; set; }

    public string VacancyTitle { get; set; } = "";

    public string VacancyCompanyLegalName { get; set; } = "";

    /// <summary>The person's mediator, for "solo i miei" on the board.</summary>
    public string? CandidateMediatorId { get; set; }

    /// <summary>The account manager who owns the position.</summary>
    public string? VacancyOwnerId { get; set; }

    public string? VacancyOwnerFullName { get; set; }

    public int VacancyCompanyId { get; set; }

    public string? EndReason { get; set; }

    public PlacementStage Stage { get; set; }

    public DateOnly ProposedOn { get; set; }

    public DateOnly? CvSentOn { get; set; }

    public DateOnly? InterviewOn { get; set; }

    public DateOnly? InternshipStartOn { get; set; }

    public DateOnly? HiredOn { get; set; }

    public ContractType? HiredContract { get; set; }

    public DateOnly? EndedOn { get; set; }

    public int Version { get; set; }

    /// <summary>Days since the latest step that has happened (a future interview counts from today).</summary>
    public int IdleDays(DateOnly today) => Math.Max(0, today.DayNumber - LastStepOn.DayNumber);

    /// <summary>Date of the latest step.</summary>
    public DateOnly LastStepOn => EndedOn ?? HiredOn ?? InternshipStartOn ?? InterviewOn ?? CvSentOn ?? ProposedOn;
}
