using AeI.Crm.Matching.Ranking;
using static AeI.Crm.Matching.Tests.MatchingFixture;

namespace AeI.Crm.Matching.Tests.Ranking;

/// <summary>"Trova offerte": the open positions ranked for one person, the reverse of the candidate matcher.</summary>
[Collection(SharedMatching.Name)]
public class VacancyMatcherTests(MatchingFixture fixture)
{
    private VacancyMatcher Matcher => new(fixture.Context);

    [Fact]
    public void The_position_that_fits_the_persons_experience_comes_first()
    {
        var person = Person("p", b => b.Experiences = [new("lavapiatti", "ristorazione", 4, "lavaggio stoviglie e pentolame in mensa")]);
        var result = Matcher.Rank(person, [Position("Autista patente C"), Position("Addetto lavaggio stoviglie"), Position("Impiegato contabile")]);
        Assert.Equal("V-Addetto lavaggio stoviglie", result.Matches[0].Vacancy.Id);
    }

    [Fact]
    public void A_position_whose_hard_requirement_the_person_lacks_is_a_near_miss_with_the_reason()
    {
        var person = Person("p", b => { b.Experiences = [new("magazziniere", "logistica", 3, "carico e scarico merci")]; b.Licences = []; });
        var result = Matcher.Rank(person, [Position("Magazziniere con patente", v => v with { RequiredLicences = ["C"] }), Position("Magazziniere")]);
        Assert.DoesNotContain(result.Matches, m => m.Vacancy.Id == "V-Magazziniere con patente");
        var miss = Assert.Single(result.NearMisses, m => m.Vacancy.Id == "V-Magazziniere con patente");
        Assert.NotEmpty(miss.Failures);
        Assert.Contains(result.Matches, m => m.Vacancy.Id == "V-Magazziniere");
    }

    [Fact]
    public void A_position_beyond_the_persons_commute_is_not_offered()
    {
        var person = Person("p", b => { b.Experiences = [new("magazziniere", "logistica", 3, "carico e scarico merci")]; b.MaxCommuteKm = 25; });
        var result = Matcher.Rank(person, [Position("Magazziniere", v => v with { Id = "roma", WorkIstat = Roma }), Position("Magazziniere", v => v with { Id = "rho", WorkIstat = Rho })]);
        Assert.Equal(["rho"], result.Matches.Select(m => m.Vacancy.Id));
    }

    [Fact]
    public void No_open_position_gives_an_empty_result()
    {
        var result = Matcher.Rank(Person("p"), []);
        Assert.Empty(result.Matches);
        Assert.Empty(result.NearMisses);
    }
}
