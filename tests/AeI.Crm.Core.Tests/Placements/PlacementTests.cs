using AeI.Crm.Common;
using AeI.Crm.Vacancies;
using AeI.Crm.Candidates;
using AeI.Crm.Placements;

namespace AeI.Crm.Core.Tests.Placements;

public class PlacementTests
{
    private static readonly DateOnly Day = new(2026, 3, 2);

    [Fact]
    public void A_placement_walks_the_stages_and_records_each_date()
    {
        var p = Placement.Propose(1, 2, Day, "u");
        p.MoveTo(PlacementStage.CvSent, Day.AddDays(1));
        p.MoveTo(PlacementStage.Interview, Day.AddDays(7));
        p.MoveTo(PlacementStage.Internship, Day.AddDays(20));
        p.MoveTo(PlacementStage.Hired, Day.AddDays(110), ContractType.FixedTerm);

        Assert.Equal(PlacementStage.Hired, p.Stage);
        Assert.Equal(Day.AddDays(1), p.CvSentOn);
        Assert.Equal(Day.AddDays(7), p.InterviewOn);
        Assert.Equal(Day.AddDays(20), p.InternshipStartOn);
        Assert.Equal(Day.AddDays(110), p.HiredOn);
        Assert.Equal(ContractType.FixedTerm, p.HiredContract);
        Assert.False(p.IsOpen);
    }

    [Fact]
    public void Steps_may_be_skipped_forward()
    {
        var p = Placement.Propose(1, 2, Day, "u");
        p.MoveTo(PlacementStage.Interview, Day.AddDays(3));
        Assert.Equal(PlacementStage.Interview, p.Stage);
        Assert.Null(p.CvSentOn);
    }

    [Fact]
    public void A_placement_never_walks_back()
    {
        var p = Placement.Propose(1, 2, Day, "u");
        p.MoveTo(PlacementStage.Interview, Day.AddDays(3));
        Assert.Throws<PlacementTransitionException>(() => p.MoveTo(PlacementStage.CvSent, Day.AddDays(4)));
        Assert.Equal(PlacementStage.Interview, p.Stage);
    }

    [Fact]
    public void An_ended_placement_cannot_move()
    {
        var p = Placement.Propose(1, 2, Day, "u");
        p.MoveTo(PlacementStage.NotSelected, Day.AddDays(3), reason: "Cercano più esperienza");
        Assert.Throws<PlacementTransitionException>(() => p.MoveTo(PlacementStage.Interview, Day.AddDays(4)));
        Assert.Equal(Day.AddDays(3), p.EndedOn);
        Assert.Equal("Cercano più esperienza", p.EndReason);
    }

    [Theory]
    [InlineData(PlacementStage.NotSelected, null)]
    [InlineData(PlacementStage.Withdrawn, "  ")]
    public void Ending_without_a_hire_needs_the_reason(PlacementStage end, string? reason)
    {
        var p = Placement.Propose(1, 2, Day, "u");
        var error = Assert.Throws<PlacementTransitionException>(() => p.MoveTo(end, Day.AddDays(3), reason: reason));
        Assert.Contains("Indica il motivo", error.Message, StringComparison.Ordinal);
        Assert.Equal(PlacementStage.Proposed, p.Stage);
        Assert.Null(p.EndedOn);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(ContractType.Internship)]
    public void Hiring_needs_an_employment_contract(ContractType? contract)
    {
        var p = Placement.Propose(1, 2, Day, "u");
        var ex = Assert.Throws<PlacementTransitionException>(() => p.MoveTo(PlacementStage.Hired, Day.AddDays(10), contract));
        Assert.Contains("contratto", ex.Message, StringComparison.Ordinal);
        Assert.Equal(PlacementStage.Proposed, p.Stage);
    }

    [Fact]
    public void A_step_cannot_be_dated_before_the_proposal()
    {
        var p = Placement.Propose(1, 2, Day, "u");
        Assert.Throws<PlacementTransitionException>(() => p.MoveTo(PlacementStage.CvSent, Day.AddDays(-1)));
    }

    [Theory]
    [InlineData(PlacementStage.Proposed, true)]
    [InlineData(PlacementStage.Internship, true)]
    [InlineData(PlacementStage.Hired, true)]
    [InlineData(PlacementStage.NotSelected, false)]
    [InlineData(PlacementStage.Withdrawn, false)]
    public void Every_placement_but_one_ended_without_a_hire_holds_the_proposal(PlacementStage stage, bool holds)
    {
        var check = Placement.HoldsProposal.Compile();
        Assert.Equal(holds, check(new Placement { Stage = stage }));
    }

    [Fact]
    public void Nobody_is_proposed_in_a_closed_caseload_for_a_closed_position_or_after_their_path_closed()
    {
        var person = new AeI.Crm.Candidates.Candidate { Status = AeI.Crm.Candidates.CandidateStatus.Active };
        var open = new AeI.Crm.Vacancies.Vacancy { Status = AeI.Crm.Vacancies.VacancyStatus.Open };
        Assert.Null(Placement.WhyNotProposable(person, open, caseloadActive: true));
        Assert.NotNull(Placement.WhyNotProposable(person, open, caseloadActive: false));
        Assert.NotNull(Placement.WhyNotProposable(person, new AeI.Crm.Vacancies.Vacancy { Status = AeI.Crm.Vacancies.VacancyStatus.Filled }, caseloadActive: true));
        Assert.NotNull(Placement.WhyNotProposable(new AeI.Crm.Candidates.Candidate { Status = AeI.Crm.Candidates.CandidateStatus.Closed }, open, caseloadActive: true));
    }
}
