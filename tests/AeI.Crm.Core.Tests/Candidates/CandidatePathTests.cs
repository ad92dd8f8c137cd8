using AeI.Crm.Candidates;

namespace AeI.Crm.Core.Tests.Candidates;

public class CandidatePathTests
{
    private static readonly DateOnly Start = new(2026, 1, 10);

    [Fact]
    public void Closing_needs_a_date_and_an_outcome()
    {
        Assert.NotNull(Candidate.WhyNotValidPath(CandidateStatus.Closed, Start, null, ClosureOutcome.Other));
        Assert.NotNull(Candidate.WhyNotValidPath(CandidateStatus.Placed, Start, Start.AddDays(5), null));
        Assert.Null(Candidate.WhyNotValidPath(CandidateStatus.Closed, Start, Start.AddDays(5), ClosureOutcome.Other));
    }

    [Fact]
    public void A_path_cannot_close_before_it_began()
    {
        Assert.Equal("La chiusura non può precedere la presa in carico.", Candidate.WhyNotValidPath(CandidateStatus.Closed, Start, Start.AddDays(-1), ClosureOutcome.Other));
    }

    [Fact]
    public void Reopening_a_path_clears_its_closing_date_and_outcome()
    {
        var person = new Candidate();
        person.SetPath(CandidateStatus.Closed, Start, ClosureOutcome.Other);
        Assert.Equal(Start, person.ClosedOn);
        person.SetPath(CandidateStatus.Active, Start, ClosureOutcome.Other);
        Assert.Null(person.ClosedOn);
        Assert.Null(person.ClosureOutcome);
    }
}
