using System.Globalization;
using AeI.Crm.Candidates;
using AeI.Crm.FollowUps;
using AeI.Crm.Persistence;
using AeI.Crm.Vacancies;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Placements;

/// <summary>What a hire changed besides the placement, to tell the user.</summary>
public sealed record HireOutcome(int Filled, int Openings, bool VacancyFilled, bool FollowUpCreated);

/// <summary>
/// A hire closes the loop: the person's path ends as placed (outcome "assunzione", on the hire
/// date), the position is marked filled once its openings are all filled, and the position's
/// account manager gets a follow-up to hear how the start went. Added to the same save as the move.
/// </summary>
public static class HireEffects
{
    public static async Task<HireOutcome> ApplyAsync(CrmDbContext db, Placement placement, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(placement);
        if (placement.Stage != PlacementStage.Hired || placement.HiredOn is not { } hiredOn)
        {
            throw new InvalidOperationException("Only a hired placement closes the loop.");
        }

        var candidate = placement.Candidate ?? await db.Candidates.SingleAsync(c => c.Id == placement.CandidateId, ct);
        candidate.SetPath(CandidateStatus.Placed, hiredOn < candidate.TakenInChargeOn ? candidate.TakenInChargeOn : hiredOn, ClosureOutcome.Hired);

        var vacancy = placement.Vacancy ?? await db.Vacancies.SingleAsync(v => v.Id == placement.VacancyId, ct);
        var otherHires = await db.Placements.CountAsync(p => p.VacancyId == vacancy.Id && p.Id != placement.Id && p.Stage == PlacementStage.Hired, ct);
        var filled = otherHires + 1;
        var nowFilled = filled >= vacancy.Openings && vacancy.Status is VacancyStatus.Open or VacancyStatus.OnHold;
        if (nowFilled)
        {
            vacancy.Status = VacancyStatus.Filled;
        }

        var created = false;
        var key = $"hired:{placement.Id}";
        if (vacancy.OwnerId is { } owner && !await db.FollowUps.AnyAsync(f => f.RuleKey == key, ct))
        {
            var today = DateOnly.FromDateTime(now);
            var due = hiredOn.AddDays(7) < today ? today : hiredOn.AddDays(7);
            db.FollowUps.Add(new FollowUp
            {
                OwnerId = owner,
                DueOn = due,
                Subject = $"Assunzione del {hiredOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)} per «{vacancy.Title}»: sentire l'azienda sull'avvio",
                CompanyId = vacancy.CompanyId,
                VacancyId = vacancy.Id,
                PlacementId = placement.Id,
                RuleKey = key,
                CreatedAt = now,
            });
            created = true;
        }

        return new HireOutcome(filled, vacancy.Openings, nowFilled, created);
    }
}
