using AeI.Crm.FollowUps;
using AeI.Crm.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Activities;

/// <summary>
/// Logging an activity: the activity, the company's last contact and status, the next step's
/// follow-up, and for a planned one (dated after now) its follow-up on the day, in one transaction.
/// </summary>
public static class ActivityLog
{
    /// <summary>
    /// Saves the activity. The company is read inside a write transaction (SQLite's BEGIN IMMEDIATE
    /// lets one writer in at a time), so two users logging on the same company at once are saved one
    /// after the other: logging never fails because someone else logged on the same company.
    /// </summary>
    public static async Task LogAsync(CrmDbContext db, Activity activity, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(activity);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var company = await db.Companies.SingleAsync(c => c.Id == activity.CompanyId, ct);
        // Already tracked by the caller? Then read what is in the database now, under the lock.
        await db.Entry(company).ReloadAsync(ct);
        // A planned activity has not happened yet: the company's last contact and status wait for it.
        if (activity.OccurredAt <= now)
        {
            company.RecordActivity(activity.Type, DateOnly.FromDateTime(activity.OccurredAt));
        }
        db.Activities.Add(activity);
        if (FollowUp.ForNextStep(activity, activity.UserId, now) is { } followUp)
        {
            db.FollowUps.Add(followUp);
        }

        await db.SaveChangesAsync(ct);
        if (FollowUp.ForPlannedActivity(activity, now) is { } planned)
        {
            db.FollowUps.Add(planned);
            await db.SaveChangesAsync(ct);
        }

        await transaction.CommitAsync(ct);
    }
}
