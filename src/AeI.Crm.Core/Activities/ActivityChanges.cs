using AeI.Crm.FollowUps;
using AeI.Crm.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Activities;

/// <summary>
/// An author changing or removing their own activity: the next step's open follow-up follows the
/// change (or goes with the removal), and the company's last contact is recomputed from what is left.
/// </summary>
public static class ActivityChanges
{
    /// <summary>Applies <paramref name="changed"/>'s fields to the stored activity and saves, in one transaction.</summary>
    public static async Task UpdateAsync(CrmDbContext db, Activity stored, Activity changed, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(changed);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        stored.Type = changed.Type;
        stored.OccurredAt = changed.OccurredAt;
        stored.ContactId = changed.ContactId;
        stored.Outcome = changed.Outcome;
        stored.Notes = changed.Notes;
        stored.NextStep = changed.NextStep;
        stored.NextStepOn = changed.NextStepOn;
        stored.EditedAt = now;

        var followUp = await db.FollowUps.FirstOrDefaultAsync(f => f.ActivityId == stored.Id, ct);
        if (followUp is { CompletedAt: null })
        {
            if (stored is { NextStep: { } subject, NextStepOn: { } due })
            {
                followUp.Subject = subject;
                followUp.DueOn = due;
            }
            else
            {
                db.FollowUps.Remove(followUp);
            }
        }
        else if (followUp is null && FollowUp.ForNextStep(stored, stored.UserId, now) is { } added)
        {
            db.FollowUps.Add(added);
        }

        await db.SaveChangesAsync(ct);
        await RecomputeLastContactAsync(db, stored.CompanyId, now, ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>Marks the activity removed; its open follow-ups go with it.</summary>
    public static async Task RemoveAsync(CrmDbContext db, Activity stored, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(stored);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        stored.RemovedAt = now;
        var planned = $"planned:{stored.Id}";
        db.FollowUps.RemoveRange(await db.FollowUps.Where(f => (f.ActivityId == stored.Id || f.RuleKey == planned) && f.CompletedAt == null).ToListAsync(ct));
        await db.SaveChangesAsync(ct);
        await RecomputeLastContactAsync(db, stored.CompanyId, now, ct);
        await transaction.CommitAsync(ct);
    }

    private static async Task RecomputeLastContactAsync(CrmDbContext db, int companyId, DateTime now, CancellationToken ct)
    {
        var last = await db.Activities.Where(a => a.CompanyId == companyId && a.OccurredAt <= now).MaxAsync(a => (DateTime?)a.OccurredAt, ct);
        var day = last is { } d ? DateOnly.FromDateTime(d) : (DateOnly?)null;
        await db.Companies.Where(c => c.Id == companyId).ExecuteUpdateAsync(s => s.SetProperty(c => c.LastContactOn, day), ct);
    }
}
