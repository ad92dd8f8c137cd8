using AeI.Crm.Matching.Model;
using AeI.Crm.Matching.Ranking;
using static AeI.Crm.Matching.Tests.MatchingFixture;

namespace AeI.Crm.Matching.Tests.Ranking;

[Collection(SharedMatching.Name)]
public class CandidateMatcherTests(MatchingFixture fixture)
{
    [Fact]
    public void Relevant_experience_ranks_above_unrelated_experience()
    {
        using var index = fixture.NewIndex(
            Person("cook", b => b.Experiences = [new("aiuto cuoco", "ristorazione", 3, "preparazione di primi piatti e pulizia della cucina")]),
            Person("dishwasher", b => b.Experiences = [new("lavapiatti", "ristorazione", 4, "lavaggio stoviglie e pentolame in mensa")]),
            Person("driver", b => b.Experiences = [new("autista", "trasporti", 6, "consegne con furgone")]));
        var v = Position("Addetto lavaggio stoviglie", p => p with { Required = ["esperienza nel lavaggio stoviglie"] });
        var ranked = index.Matcher.Rank(v).Matches.Select(m => m.Candidate.Id).ToList();
        Assert.Equal("dishwasher", ranked[0]);
        // The driver shares nothing with the position: not listed, or listed last.
        Assert.True(!ranked.Contains("driver") || ranked[^1] == "driver", string.Join(", ", ranked));
    }

    [Fact]
    public void A_synonym_of_the_title_finds_the_person()
    {
        using var index = fixture.NewIndex(
            Person("carrellista", b => b.Experiences = [new("carrellista", "logistica", 5, "movimentazione pallet")]),
            Person("barista", b => b.Experiences = [new("barista", "bar", 5, "caffetteria")]));
        var matches = index.Matcher.Rank(Position("Mulettista")).Matches;
        Assert.Equal("carrellista", matches[0].Candidate.Id);
        // The barista shares only letters ("-ista") with the title: far below, if listed at all.
        Assert.All(matches.Skip(1), m => Assert.True(m.Score < matches[0].Score / 3));
    }

    [Fact]
    public void A_typo_in_the_title_still_finds_the_person()
    {
        using var index = fixture.NewIndex(
            Person("gardener", b => b.Experiences = [new("giardiniere", "cura del verde", 5, "potatura e taglio dell'erba")]),
            Person("cashier", b => b.Experiences = [new("cassiera", "supermercato", 5, "cassa")]));
        var ranked = index.Matcher.Rank(Position("Giardinere")).Matches.Select(m => m.Candidate.Id).ToList();
        Assert.Equal("gardener", ranked.First());
    }

    [Fact]
    public void Distance_orders_equals_and_is_reported_in_km()
    {
        var experience = new ExperienceEntry("magazziniere", "logistica", 5, "carico merci");
        using var index = fixture.NewIndex(
            Person("pero", b => { b.Residence = Pero; b.MaxCommuteKm = 30; b.Experiences = [experience]; }),
            Person("milano", b => { b.Residence = Milano; b.MaxCommuteKm = 30; b.Experiences = [experience]; }));
        var matches = index.Matcher.Rank(Position("Magazziniere", p => p with { WorkIstat = Milano })).Matches;
        Assert.Equal(["milano", "pero"], matches.Select(m => m.Candidate.Id));
        Assert.Equal(0, matches[0].Explanation.DistanceKm);
        Assert.InRange(matches[1].Explanation.DistanceKm, 5, 15);
    }

    [Fact]
    public void The_explanation_lists_matched_and_missing_items_and_the_experience()
    {
        using var index = fixture.NewIndex(Person("p", b =>
        {
            b.Skills = ["utilizzo del transpallet elettrico", "inventario"];
            b.Certificates = ["patentino carrello elevatore"];
            b.Experiences = [new("mulettista", "logistica", 10, "carico e scarico camion")];
        }));
        var v = Position("Magazziniere carrellista", p => p with
        {
            Required = ["uso del carrello elevatore", "carico e scarico merci"],
            Preferred = ["uso del transpallet", "conoscenza SAP"],
        });
        var e = index.Matcher.Rank(v).Matches.Single().Explanation;
        Assert.Contains("carico e scarico merci", e.MatchedRequired);
        Assert.Contains("uso del carrello elevatore", e.MatchedRequired);
        Assert.Contains("uso del transpallet", e.MatchedPreferred);
        Assert.Equal(["conoscenza SAP"], e.MissingPreferred);
        Assert.Contains(e.RelevantExperience, x => x.StartsWith("mulettista (10 anni)", StringComparison.Ordinal));
    }

    [Fact]
    public void Results_and_counts_hold_only_the_caseloads_asked_for()
    {
        var experience = new ExperienceEntry("magazziniere", "logistica", 5, "carico merci");
        using var index = fixture.NewIndex(
            Person("celav", b => { b.Caseload = "CeLAV"; b.Experiences = [experience]; }),
            Person("nil", b => { b.Caseload = "NIL"; b.Experiences = [experience]; }),
            Person("nil-far", b => { b.Caseload = "NIL"; b.Residence = Roma; b.Experiences = [experience]; }));
        var result = index.Matcher.Rank(Position("Magazziniere"), new MatchOptions { Caseloads = ["CeLAV"] });
        Assert.Equal(["celav"], result.Matches.Select(m => m.Candidate.Id));
        Assert.Equal(1, result.EligibleCount);
        Assert.Empty(result.NearMisses);

        var none = index.Matcher.Rank(Position("Magazziniere"), new MatchOptions { Caseloads = [] });
        Assert.Empty(none.Matches);
        Assert.Equal(0, none.EligibleCount);
        Assert.Empty(none.NearMisses);
    }

    [Fact]
    public void Near_misses_give_every_broken_requirement()
    {
        using var index = fixture.NewIndex(Person("p", b =>
        {
            b.Residence = Bergamo;
            b.MaxCommuteKm = 10;
            b.ShiftsOk = false;
            b.Experiences = [new("magazziniere", "logistica", 5, "carico merci")];
        }));
        var result = index.Matcher.Rank(Position("Magazziniere", p => p with { Shifts = true, RequiredLicences = ["B"] }));
        Assert.Empty(result.Matches);
        var failures = result.NearMisses.Single().Failures.Select(f => f.Requirement).ToHashSet();
        Assert.Equal([HardRequirement.Licence, HardRequirement.Shifts, HardRequirement.Commute], failures.Order());
        Assert.Contains(result.NearMisses.Single().Failures, f => f.Message.Contains("km", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_workplace_ranks_nobody_and_says_why()
    {
        using var index = fixture.NewIndex(Person("p", b => b.Experiences = [new("magazziniere", "logistica", 5, "carico merci")]));
        var result = index.Matcher.Rank(Position("Magazziniere", p => p with { WorkIstat = "999999" }));
        Assert.Empty(result.Matches);
        Assert.Contains(result.NearMisses.Single().Failures, f => f.Requirement == HardRequirement.UnknownLocation);
    }
}
