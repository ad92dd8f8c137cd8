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

    /// <summary>Date of the latest step.</summary>
    public DateOnly LastStepOn => EndedOn ?? HiredOn ?? InternshipStartOn ?? InterviewOn ?? CvSentOn ?? ProposedOn;
}
