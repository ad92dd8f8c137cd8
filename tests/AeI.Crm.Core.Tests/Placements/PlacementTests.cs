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
        p.MoveTo(PlacementStage.NotSelected, Day.AddDays(3));
        Assert.Throws<PlacementTransitionException>(() => p.MoveTo(PlacementStage.Interview, Day.AddDays(4)));
        Assert.Equal(Day.AddDays(3), p.EndedOn);
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
}
