using AeI.Crm.Persistence;
using AeI.Crm.Placements;
using AeI.Crm.Web.Infrastructure;
using AeI.Crm.Web.Pages.Candidates;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Pages.Placements;

/// <summary>A mediator proposes a person of their caseload for a position, from any page that offers it.</summary>
public sealed class Proposals(CrmDbContext db, CandidateAccess access, CurrentUser me, TimeProvider clock)
{
    public const string AlreadyProposed = "Questa persona è già proposta (o assunta) per la posizione.";

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

        var caseloadActive = await access.CanWorkInCaseloadAsync(candidate.CaseloadId, ct);
        if (Placement.WhyNotProposable(candidate, vacancy, caseloadActive) is { } why)
        {
            return (false, why);
        }

        if (await db.Placements.Where(p => p.VacancyId == vacancyId && p.CandidateId == candidateId).AnyAsync(Placement.HoldsProposal, ct))
        {
            return (false, AlreadyProposed);
        }

        db.Placements.Add(Placement.Propose(candidateId, vacancyId, clock.Today(), me.Id));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.InnerException is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 19 })
        {
            // Another mediator proposed the same person a moment ago: the unique index kept one.
            db.ChangeTracker.Clear();
            return (false, AlreadyProposed);
        }

        return (true, $"{candidate.FirstName} {candidate.LastName} proposto/a per «{vacancy.Title}».");
    }
}
