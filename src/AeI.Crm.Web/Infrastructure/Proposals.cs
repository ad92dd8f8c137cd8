using AeI.Crm.Candidates;
using AeI.Crm.Persistence;
using AeI.Crm.Placements;
using AeI.Crm.Vacancies;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Infrastructure;

/// <summary>A mediator proposes a person of their caseload for a position, from any page that offers it.</summary>
public sealed class Proposals(CrmDbContext db, CandidateAccess access, CurrentUser me, TimeProvider clock)
{
    /// <summary>Creates the placement, or says in Italian why not (and saves nothing).</summary>
    public async Task<(bool Ok, string Message)> ProposeAsync(int candidateId, int vacancyId, CancellationToken ct)
    {
        var vacancy = await db.Vacancies.AsNoTracking().FirstOrDefaultAsync(v => v.Id == vacancyId, ct);
        var candidate = await (await access.VisibleAsync(ct)).AsNoTracking().FirstOrDefaultAsync(c => c.Id == candidateId, ct);
        if (vacancy is null)
        {
            return (false, "Posizione non trovata.");
        }

        if (candidate is null || !await access.IsOwnCaseloadAsync(candidate.CaseloadId, ct))
        {
            return (false, "Scegli una persona del tuo servizio.");
        }

        if (vacancy.Status is not (VacancyStatus.Open or VacancyStatus.OnHold))
        {
            return (false, "La posizione non è più aperta: non si possono proporre candidati.");
        }

        if (candidate.Status is CandidateStatus.Closed or CandidateStatus.Placed)
        {
            return (false, "Il percorso di questa persona è chiuso.");
        }

        if (await db.Placements.AnyAsync(p => p.VacancyId == vacancyId && p.CandidateId == candidateId
                && p.Stage != PlacementStage.NotSelected && p.Stage != PlacementStage.Withdrawn && p.Stage != PlacementStage.Hired, ct))
        {
            return (false, "Questa persona è già proposta per la posizione.");
        }

        db.Placements.Add(Placement.Propose(candidateId, vacancyId, clock.Today(), me.Id));
        await db.SaveChangesAsync(ct);
        return (true, $"{candidate.FirstName} {candidate.LastName} proposto/a per «{vacancy.Title}».");
    }
}
