namespace AeI.Crm.Web.Pages.FollowUps;

public sealed class FollowUpItem
{
    public int Id { get; set; }

    public DateOnly DueOn { get; set; }

    public string Subject { get; set; } = "";

    public string? Notes { get; set; }

    public int? CompanyId { get; set; }

    public string? CompanyLegalName { get; set; }

    public int? VacancyId { get; set; }

    public string? VacancyTitle { get; set; }

    public int? CandidateId { get; set; }

    public int? PlacementId { get; set; }

    public DateTime? CompletedAt { get; set; }
}
