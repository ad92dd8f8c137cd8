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

    /// <summary>The activity whose next step, or whose planned date, this follow-up is (one follow-up per activity).</summary>
    public int? ActivityId { get; set; }

    public Activities.Activity? Activity { get; set; }

    /// <summary>
    /// Set on follow-ups a rule created: what they are for (<c>dormant:12:2026-05-04</c>...). Unique,
    /// so a rule that runs twice finds its own follow-up and creates nothing, even after it was
    /// completed or postponed.
    /// </summary>
    public string? RuleKey { get; set; }

    /// <summary>Who gave this follow-up to its owner, when someone else did.</summary>
    public string? AssignedById { get; set; }

    public CrmUser? AssignedBy { get; set; }

    /// <summary>The follow-up an activity's "next step" asks for, owned by <paramref name="ownerId"/>; null when it has none.</summary>
    public static FollowUp? ForNextStep(Activities.Activity activity, string ownerId, DateTime createdAt)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity is { NextStep: { } subject, NextStepOn: { } due }
            ? new FollowUp { OwnerId = ownerId, DueOn = due, Subject = subject, CompanyId = activity.CompanyId, Company = activity.Company, Activity = activity, CreatedAt = createdAt }
            : null;
    }

    /// <summary>
    /// The follow-up of a planned activity (a visit, call or meeting with a date after
    /// <paramref name="now"/>): its author is reminded on that day. Null for an activity that took place.
    /// Call it once the activity has its id: the follow-up is tied to it by its key
    /// (<c>planned:{id}</c>), as the activity's link is its next step's.
    /// </summary>
    public static FollowUp? ForPlannedActivity(Activities.Activity activity, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.OccurredAt <= now)
        {
            return null;
        }

        var what = activity.Type switch
        {
            Activities.ActivityType.OnSiteVisit => "Visita in azienda",
            Activities.ActivityType.Call => "Telefonata",
            Activities.ActivityType.VideoCall => "Videochiamata",
            Activities.ActivityType.Email => "E-mail",
            _ => "Appuntamento",
        };
        return new FollowUp
        {
            OwnerId = activity.UserId,
            DueOn = DateOnly.FromDateTime(activity.OccurredAt),
            Subject = $"{what} pianificata alle {activity.OccurredAt:HH\\:mm}",
            CompanyId = activity.CompanyId,
            RuleKey = $"planned:{activity.Id}",
            CreatedAt = now,
        };
    }

    /// <summary>Marks it done; a second click changes nothing.</summary>
    public void Complete(DateTime at) => CompletedAt ??= at;

    /// <summary>Moves the due date. A rule's next run keeps the new date: the follow-up keeps its key.</summary>
    public string? Postpone(DateOnly to, DateOnly today)
    {
        if (CompletedAt is not null)
        {
            return "Questa attività è già completata.";
        }

        if (to < today)
        {
            return "La nuova data non può essere nel passato.";
        }

        if (to > today.AddYears(2))
        {
            return "La nuova data è troppo lontana (al massimo due anni).";
        }

        DueOn = to;
        return null;
    }

    /// <summary>Gives the follow-up to another user; <paramref name="byUserId"/> is remembered when it is someone else.</summary>
    public void ReassignTo(string ownerId, string byUserId)
    {
        AssignedById = ownerId == byUserId ? null : byUserId;
        OwnerId = ownerId;
        Owner = null;
    }

    public DateTime? CompletedAt { get; set; }

    public bool IsOverdue(DateOnly today) => CompletedAt is null && DueOn < today;
}
