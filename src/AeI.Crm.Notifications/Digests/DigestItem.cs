namespace AeI.Crm.Notifications.Digests;

/// <summary>One line of a digest: what to do, by when, and what it is about (no personal data beyond initials).</summary>
public sealed record DigestItem(
    int FollowUpId,
    DateOnly DueOn,
    string Subject,
    int? CompanyId,
    string? CompanyName,
    int? VacancyId,
    string? VacancyTitle,
    int? CandidateId,
    int? PlacementId,
    string? PersonInitials);
