namespace AeI.Crm.Web.Pages.FollowUps;

/// <summary>A follow-up as the lists show it, with what it is about.</summary>
public sealed class FollowUpItem
{
    public int Id { get; set; }

    public string OwnerId { get; set; } = "";

    public DateOnly DueOn { get; set; }

    public string Subject { get; set; } = "";

    public string? Notes { get; set; }

    public int? CompanyId { get; set; }

    public string? CompanyLegalName { get; set; }

    public int? VacancyId { get; set; }

    public string? VacancyTitle { get; set; }

    public int? CandidateId { get; set; }

    public int? PlacementId { get; set; }

    public int? PlacementCandidateId { get; set; }

    public string? AssignedByFullName { get; set; }

    public string? OwnerFullName { get; set; }

    public string? RuleKey { get; set; }

    public DateTime? CompletedAt { get; set; }

    /// <summary>The person it is about: the name for users who may see them, else initials. Filled by <see cref="PersonLabels"/>.</summary>
    public string? PersonLabel { get; set; }

    public int? PersonId => CandidateId ?? PlacementCandidateId;
}
