using System.ComponentModel.DataAnnotations;
using AeI.Crm.Candidates;
using AeI.Crm.Common;
using AeI.Crm.FollowUps;
using AeI.Crm.Persistence;
using AeI.Crm.Placements;
using AeI.Crm.Web.Infrastructure;
using AeI.Crm.Web.SearchIndex;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Pages.Placements;

/// <summary>What a mediator asks: move a placement to a stage on a date.</summary>
public sealed class MoveInput
{
    [Required(ErrorMessage = "Scegli la nuova fase.")]
    public PlacementStage Stage { get; set; } = PlacementStage.CvSent;

    [Required(ErrorMessage = "Indica la data.")]
    public DateOnly On { get; set; }

    public ContractType? Contract { get; set; }

    /// <summary>For an internship: when it is due to end (the app reminds 15 days before).</summary>
    public DateOnly? InternshipEndOn { get; set; }

    [StringLength(1000, ErrorMessage = "Il motivo può avere al massimo 1000 caratteri.")]
    public string? Reason { get; set; }

    public int Version { get; set; }
}

/// <summary>The result of a move: saved (with the message for the user), refused (with field errors) or lost to a concurrent edit.</summary>
public sealed record MoveOutcome(string? Message, IReadOnlyList<KeyValuePair<string, string>> Errors, bool Conflict)
{
    public bool Saved => Message is not null;
}

/// <summary>
/// Moves a placement to its next stage: one set of rules and messages for the placement form and
/// the pipeline board. The caller has checked the user may move it (a mediator of the caseload).
/// </summary>
public sealed class PlacementMover(CrmDbContext db, TimeProvider clock, SearchIndexSync searchIndex, CurrentUser me)
{
    public async Task<MoveOutcome> MoveAsync(int placementId, MoveInput move, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(move);
        var errors = new List<KeyValuePair<string, string>>();
        var today = clock.Today();
        if (move.On > today && move.Stage != PlacementStage.Interview)
        {
            errors.Add(new("On", "La data non può essere nel futuro (solo un colloquio si può fissare in avanti)."));
        }

        if (move.On > today.AddYears(1))
        {
            errors.Add(new("On", "Si può fissare al massimo un anno avanti."));
        }

        if (move.Reason is { Length: > 1000 })
        {
            errors.Add(new("Reason", "Il motivo può avere al massimo 1000 caratteri."));
        }

        if (errors.Count > 0)
        {
            return new MoveOutcome(null, errors, false);
        }

        var placement = await db.Placements.Include(p => p.Candidate).Include(p => p.Vacancy).ThenInclude(v => v!.Company).FirstAsync(p => p.Id == placementId, ct);
        db.ExpectVersion(placement, move.Version);
        try
        {
            placement.MoveTo(move.Stage, move.On, move.Contract, move.Reason);
        }
        catch (PlacementTransitionException ex)
        {
            errors.Add(new(FieldOf(ex.Message), ex.Message));
            return new MoveOutcome(null, errors, false);
        }

        if (move.Stage == PlacementStage.Internship && placement.WhyNotInternshipEnd(move.InternshipEndOn) is { } endError)
        {
            errors.Add(new("InternshipEndOn", endError));
            return new MoveOutcome(null, errors, false);
        }

        if (move.Stage == PlacementStage.Internship)
        {
            placement.InternshipEndOn = move.InternshipEndOn;
            if (placement.Candidate!.Status == CandidateStatus.Active)
            {
                placement.Candidate.Status = CandidateStatus.InInternship;
            }
        }

        var now = clock.RomeNow();
        var hire = move.Stage == PlacementStage.Hired ? await HireEffects.ApplyAsync(db, placement, now, ct) : null;
        var futureInterview = move.Stage == PlacementStage.Interview && move.On > today;
        if (futureInterview)
        {
            AddInterviewReminder(placement, move.On, now);
        }

        if (!await db.SaveUnlessConflictAsync(ct))
        {
            return new MoveOutcome(null, errors, true);
        }

        await searchIndex.AfterSaveAsync();
        var message = hire is { } h
            ? $"Assunzione registrata: la persona risulta assunta e il percorso è chiuso. Posti coperti: {h.Filled} di {h.Openings}{(h.VacancyFilled ? ", la posizione è ora coperta" : "")}."
            : futureInterview
                ? $"Colloquio fissato per il {move.On:dd/MM/yyyy}: lo ritrovi in Le mie attività."
                : "Fase aggiornata.";
        return new MoveOutcome(message, errors, false);
    }

    /// <summary>The field a refusal is about, so the message sits beside it.</summary>
    private static string FieldOf(string message) =>
        message.StartsWith("Indica il motivo", StringComparison.Ordinal) ? "Reason"
        : message.Contains("tipo di contratto", StringComparison.Ordinal) ? "Contract"
        : message.Contains("data", StringComparison.OrdinalIgnoreCase) ? "On"
        : "Stage";

    /// <summary>A scheduled interview becomes a follow-up for the person's mediator on its day.</summary>
    private void AddInterviewReminder(Placement placement, DateOnly on, DateTime now)
    {
        var vacancy = placement.Vacancy!;
        db.FollowUps.Add(new FollowUp
        {
            OwnerId = placement.Candidate!.MediatorId ?? me.Id,
            DueOn = on,
            Subject = $"Colloquio per «{vacancy.Title}» presso {vacancy.Company!.LegalName}",
            CompanyId = vacancy.CompanyId,
            VacancyId = placement.VacancyId,
            PlacementId = placement.Id,
            RuleKey = $"interview:{placement.Id}:{on:yyyy-MM-dd}",
            CreatedAt = now,
        });
    }
}
