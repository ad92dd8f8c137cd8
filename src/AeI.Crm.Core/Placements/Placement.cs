using System.Linq.Expressions;
using AeI.Crm.Candidates;
using AeI.Crm.Common;
using AeI.Crm.Users;
using AeI.Crm.Vacancies;

namespace AeI.Crm.Placements;

/// <summary>
/// A candidate proposed for a vacancy, moving proposed → CV sent → interview → internship →
/// hired, or ending as not selected or withdrawn. Steps may be skipped, never walked back.
/// </summary>
public class Placement : IVersioned
{
    public int Id { get; set; }

    public int CandidateId { get; set; }

    public Candidate? Candidate { get; set; }

    public int VacancyId { get; set; }

    public Vacancy? Vacancy { get; set; }

    public PlacementStage Stage { get; set; } = PlacementStage.Proposed;

    public DateOnly ProposedOn { get; set; }

    public DateOnly? CvSentOn { get; set; }

    public DateOnly? InterviewOn { get; set; }

    public DateOnly? InternshipStartOn { get; set; }

    /// <summary>When the internship is due to end (tirocinio: usually 3 to 12 months).</summary>
    public DateOnly? InternshipEndOn { get; set; }

    public DateOnly? HiredOn { get; set; }

    public ContractType? HiredContract { get; set; }

    public DateOnly? EndedOn { get; set; }

    public string? Notes { get; set; }

    /// <summary>Why it ended without a hire ("non selezionato", "ritirato"): what the company or the person said.</summary>
    public string? EndReason { get; set; }

    public string? CreatedById { get; set; }

    public CrmUser? CreatedBy { get; set; }

    public int Version { get; set; }

    public bool IsOpen => Stage is not (PlacementStage.Hired or PlacementStage.NotSelected or PlacementStage.Withdrawn);

    /// <summary>
    /// "Already proposed": every placement but one that ended without a hire holds the pair
    /// (position, person), so nobody is proposed twice for a position, nor again after being hired
    /// for it. The database enforces the same with a filtered unique index.
    /// </summary>
    public static Expression<Func<Placement, bool>> HoldsProposal { get; } =
        p => p.Stage != PlacementStage.NotSelected && p.Stage != PlacementStage.Withdrawn;

    /// <summary>The SQL of <see cref="HoldsProposal"/>, for the unique index.</summary>
    public const string HoldsProposalSql = "\"Stage\" NOT IN (6, 7)";

    /// <summary>
    /// Why this person cannot be proposed for this position (in Italian), or null when they can.
    /// The caller checks the pair is not already held (<see cref="HoldsProposal"/>).
    /// </summary>
    public static string? WhyNotProposable(Candidate candidate, Vacancy vacancy, bool caseloadActive)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(vacancy);
        if (!caseloadActive)
        {
            return "Il servizio di questa persona è chiuso: non si possono fare nuove proposte.";
        }

        if (vacancy.Status is not (VacancyStatus.Open or VacancyStatus.OnHold))
        {
            return "La posizione non è più aperta: non si possono proporre candidati.";
        }

        return candidate.Status is CandidateStatus.Closed or CandidateStatus.Placed
            ? "Il percorso di questa persona è chiuso."
            : null;
    }

    public static Placement Propose(int candidateId, int vacancyId, DateOnly on, string? userId) => new()
    {
        CandidateId = candidateId,
        VacancyId = vacancyId,
        ProposedOn = on,
        CreatedById = userId,
        Stage = PlacementStage.Proposed,
    };

    /// <summary>Whether the placement may move from its stage to <paramref name="next"/>.</summary>
    public bool CanMoveTo(PlacementStage next) =>
        IsOpen && next != Stage && (next is PlacementStage.NotSelected or PlacementStage.Withdrawn || next > Stage);

    /// <summary>Why <paramref name="end"/> cannot be the internship's planned end (in Italian), or null when it can.</summary>
    public string? WhyNotInternshipEnd(DateOnly? end)
    {
        if (end is null)
        {
            return null;
        }

        if (InternshipStartOn is not { } start)
        {
            return "Il tirocinio non è ancora iniziato.";
        }

        if (end <= start)
        {
            return "La fine del tirocinio deve seguire l'inizio.";
        }

        return end > start.AddMonths(24) ? "Un tirocinio dura al massimo 24 mesi." : null;
    }

    /// <summary>
    /// Moves to the next stage, recording its date. Hiring needs the contract type; ending without a
    /// hire ("non selezionato", "ritirato") needs the reason.
    /// </summary>
    public void MoveTo(PlacementStage next, DateOnly on, ContractType? contract = null, string? reason = null)
    {
        if (!CanMoveTo(next))
        {
            throw new PlacementTransitionException(Stage, next);
        }

        if (on < ProposedOn)
        {
            throw new PlacementTransitionException(Stage, next, "La data non può precedere la proposta.");
        }

        switch (next)
        {
            case PlacementStage.CvSent:
                CvSentOn = on;
                break;
            case PlacementStage.Interview:
                InterviewOn = on;
                break;
            case PlacementStage.Internship:
                InternshipStartOn = on;
                break;
            case PlacementStage.Hired:
                if (contract is null or ContractType.Internship)
                {
                    throw new PlacementTransitionException(Stage, next, "Per l'assunzione indica il tipo di contratto.");
                }

                HiredOn = on;
                HiredContract = contract;
                break;
            default:
                if (string.IsNullOrWhiteSpace(reason))
                {
                    throw new PlacementTransitionException(Stage, next, "Indica il motivo (ad esempio che cosa ha detto l'azienda).");
                }

                EndedOn = on;
                EndReason = reason.Trim();
                break;
        }

        Stage = next;
    }
}
