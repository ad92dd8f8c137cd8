using AeI.Crm.Common;
using AeI.Crm.Placements;
using AeI.Crm.Vacancies;
using AeI.Crm.Candidates;
using AeI.Crm.Matching.Model;
using AeI.Crm.Matching.Ranking;
using static AeI.Crm.Matching.Tests.MatchingFixture;

namespace AeI.Crm.Matching.Tests.Ranking;

/// <summary>
/// Each hard requirement: the person who breaks it is never ranked, shows among the near misses
/// with the reason, and the same person without the obstacle is ranked.
/// </summary>
[Collection(SharedMatching.Name)]
public class HardRequirementTests(MatchingFixture fixture)
{
    private static readonly ExperienceEntry Warehouse = new("magazziniere", "logistica", 5, "carico e scarico merci con il muletto");

    private List<string> RankedIds(VacancyDocument v, params CandidateDocument[] people)
    {
        using var index = fixture.NewIndex(people);
        return index.Matcher.Rank(v).Matches.Select(m => m.Candidate.Id).ToList();
    }

    private (List<string> Ranked, IReadOnlyList<NearMiss> Misses) Rank(VacancyDocument v, params CandidateDocument[] people)
    {
        using var index = fixture.NewIndex(people);
        var result = index.Matcher.Rank(v);
        return (result.Matches.Select(m => m.Candidate.Id).ToList(), result.NearMisses);
    }

    private void AssertOnlyFirstIsRanked(VacancyDocument v, HardRequirement requirement, CandidateDocument fits, CandidateDocument breaks)
    {
        var (ranked, misses) = Rank(v, fits, breaks);
        Assert.Equal([fits.Id], ranked);
        var miss = Assert.Single(misses);
        Assert.Equal(breaks.Id, miss.Candidate.Id);
        Assert.Contains(miss.Failures, f => f.Requirement == requirement);
    }

    [Fact]
    public void Required_licence()
    {
        var v = Position("Autista patente C", p => p with { RequiredLicences = ["C"] });
        AssertOnlyFirstIsRanked(v, HardRequirement.Licence,
            Person("ce", b => { b.Licences = ["CE"]; b.Experiences = [new("autista", "trasporti", 4, "consegne con camion")]; }),
            Person("b", b => { b.Licences = ["B"]; b.Experiences = [new("autista", "trasporti", 6, "consegne con camion")]; }));
    }

    [Fact]
    public void Required_certificate_matches_other_wordings_and_synonyms()
    {
        var v = Position("Magazziniere", p => p with { RequiredCertificates = ["patentino muletto"] });
        var (ranked, misses) = Rank(v,
            Person("synonym", b => { b.Certificates = ["abilitazione carrelli elevatori"]; b.Experiences = [Warehouse]; }),
            Person("none", b => { b.Certificates = ["HACCP"]; b.Experiences = [Warehouse]; }));
        Assert.Equal(["synonym"], ranked);
        Assert.Contains(misses.Single().Failures, f => f.Requirement == HardRequirement.Certificate);
    }

    [Theory]
    [InlineData(Law68Reservation.Article1, ProtectedCategory.Article1, ProtectedCategory.Article18)]
    [InlineData(Law68Reservation.Article18, ProtectedCategory.Article18, ProtectedCategory.None)]
    [InlineData(Law68Reservation.Any, ProtectedCategory.Article18, ProtectedCategory.None)]
    public void Law68_reservation(Law68Reservation reservation, ProtectedCategory fits, ProtectedCategory breaks)
    {
        var v = Position("Magazziniere", p => p with { Reservation = reservation });
        AssertOnlyFirstIsRanked(v, HardRequirement.Law68Reservation,
            Person("fits", b => { b.Category = fits; b.Experiences = [Warehouse]; }),
            Person("breaks", b => { b.Category = breaks; b.Experiences = [Warehouse]; }));
    }

    [Fact]
    public void Minimum_language_level()
    {
        var v = Position("Magazziniere", p => p with { MinLanguage = new LanguageLevel("it", CefrLevel.B1) });
        AssertOnlyFirstIsRanked(v, HardRequirement.Language,
            Person("b2", b => { b.Languages = [new("it", CefrLevel.B2), new("ar", CefrLevel.Native)]; b.Experiences = [Warehouse]; }),
            Person("a2", b => { b.Languages = [new("it", CefrLevel.A2), new("ar", CefrLevel.Native)]; b.Experiences = [Warehouse]; }));
    }

    [Fact]
    public void Part_time_position_wants_part_time_or_any()
    {
        var v = Position("Magazziniere", p => p with { Hours = WorkingHours.PartTime });
        var (ranked, misses) = Rank(v,
            Person("part", b => { b.Availability = Availability.PartTime; b.Experiences = [Warehouse]; }),
            Person("any", b => { b.Availability = Availability.Any; b.Experiences = [Warehouse]; }),
            Person("full", b => { b.Availability = Availability.FullTime; b.Experiences = [Warehouse]; }));
        Assert.Equal(["any", "part"], ranked.Order());
        Assert.Equal("full", misses.Single().Candidate.Id);
        Assert.Contains(misses.Single().Failures, f => f.Requirement == HardRequirement.Hours);
    }

    [Fact]
    public void Shifts()
    {
        var v = Position("Magazziniere", p => p with { Shifts = true });
        AssertOnlyFirstIsRanked(v, HardRequirement.Shifts,
            Person("ok", b => { b.ShiftsOk = true; b.Experiences = [Warehouse]; }),
            Person("no", b => { b.ShiftsOk = false; b.Experiences = [Warehouse]; }));
    }

    [Fact]
    public void Commute_is_each_persons_own_limit()
    {
        // Rho–Milano is about 14 km in a straight line.
        var v = Position("Magazziniere", p => p with { WorkIstat = Milano });
        AssertOnlyFirstIsRanked(v, HardRequirement.Commute,
            Person("far-but-willing", b => { b.Residence = Rho; b.MaxCommuteKm = 20; b.Experiences = [Warehouse]; }),
            Person("near-but-not-willing", b => { b.Residence = Rho; b.MaxCommuteKm = 10; b.Experiences = [Warehouse]; }));
    }

    [Fact]
    public void A_perfect_text_match_who_breaks_a_requirement_is_never_first()
    {
        var v = Position("Magazziniere mulettista", p => p with { RequiredLicences = ["B"], Required = ["carico e scarico merci"] });
        var ranked = RankedIds(v,
            Person("perfect-no-licence", b => { b.Experiences = [Warehouse, Warehouse with { Role = "mulettista" }]; b.Skills = ["carico e scarico merci", "muletto"]; }),
            Person("weaker-with-licence", b => { b.Licences = ["B"]; b.Skills = ["inventario di magazzino"]; }));
        Assert.Equal(["weaker-with-licence"], ranked);
    }
}
