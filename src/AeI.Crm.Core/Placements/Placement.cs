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

    public DateOnly? HiredOn { get; set; }

    public ContractType? HiredContract { get; set; }

    public DateOnly? EndedOn { get; set; }

    public string? Notes { get; set; }

    public string? CreatedById { get; set; }

    public CrmUser? CreatedBy { get; set; }

    public int Version { get; set; }

    public bool IsOpen => Stage is not (PlacementStage.Hired or PlacementStage.NotSelected or PlacementStage.Withdrawn);

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

    /// <summary>Moves to the next stage, recording its date. Hiring needs the contract type.</summary>
    public void MoveTo(PlacementStage next, DateOnly on, ContractType? contract = null)
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
                EndedOn = on;
                break;
        }

        Stage = next;
    }
}
