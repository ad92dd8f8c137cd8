using AeI.Crm.Candidates;
using AeI.Crm.Companies;
using AeI.Crm.Placements;
using AeI.Crm.Users;
using AeI.Crm.Vacancies;

namespace AeI.Crm.FollowUps;

/// <summary>A task with a due date, about a company, vacancy, candidate or placement.</summary>
public class FollowUp
{
    public int Id { get; set; }

    public string OwnerId { get; set; } = "";

    public CrmUser? Owner { get; set; }

    public DateOnly DueOn { get; set; }

    public string Subject { get; set; } = "";

    public string? Notes { get; set; }

    public int? CompanyId { get; set; }

    public Company? Company { get; set; }

    public int? VacancyId { get; set; }

    public Vacancy? Vacancy { get; set; }

    public int? CandidateId { get; set; }

    public Candidate? Candidate { get; set; }

    public int? PlacementId { get; set; }

    public Placement? Placement { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>The follow-up an activity's "next step" asks for, owned by <paramref name="ownerId"/>; null when it has none.</summary>
    public static FollowUp? ForNextStep(Activities.Activity activity, string ownerId, DateTime createdAt)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity is { NextStep: { } subject, NextStepOn: { } due }
            ? new FollowUp { OwnerId = ownerId, DueOn = due, Subject = subject, CompanyId = activity.CompanyId, Company = activity.Company, CreatedAt = createdAt }
            : null;
    }

    public DateTime? CompletedAt { get; set; }

    public bool IsOverdue(DateOnly today) => CompletedAt is null && DueOn < today;
}
