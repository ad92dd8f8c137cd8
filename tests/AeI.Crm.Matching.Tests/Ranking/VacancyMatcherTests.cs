using AeI.Crm.Matching.Model;
using AeI.Crm.Matching.Ranking;
using static AeI.Crm.Matching.Tests.MatchingFixture;

namespace AeI.Crm.Matching.Tests.Ranking;

/// <summary>"Trova offerte": the open positions of the positions' index ranked for one person, the reverse of the candidate matcher.</summary>
[Collection(SharedMatching.Name)]
public class VacancyMatcherTests(MatchingFixture fixture)
{
    private VacancyMatchResult Rank(CandidateDocument person, params VacancyDocument[] open)
    {
        using var index = new TempVacancyIndex(fixture.Context, open);
        return index.Matcher.Rank(person);
    }

    [Fact]
    public void The_position_that_fits_the_persons_experience_comes_first()
    {
        var person = Person("p", b => b.Experiences = [new("lavapiatti", "ristorazione", 4, "lavaggio stoviglie e pentolame in mensa")]);
        var result = Rank(person, Position("Autista patente C"), Position("Addetto lavaggio stoviglie"), Position("Impiegato contabile"));
        Assert.Equal("V-Addetto lavaggio stoviglie", result.Matches[0].Vacancy.Id);
    }

    [Fact]
    public void A_position_whose_hard_requirement_the_person_lacks_is_a_near_miss_with_the_reason()
    {
        var person = Person("p", b => { b.Experiences = [new("magazziniere", "logistica", 3, "carico e scarico merci")]; b.Licences = []; });
        var result = Rank(person, Position("Magazziniere con patente", v => v with { RequiredLicences = ["C"] }), Position("Magazziniere"));
        Assert.DoesNotContain(result.Matches, m => m.Vacancy.Id == "V-Magazziniere con patente");
        var miss = Assert.Single(result.NearMisses, m => m.Vacancy.Id == "V-Magazziniere con patente");
        Assert.Contains(miss.Failures, f => f.Requirement == HardRequirement.Licence);
        Assert.Contains(result.Matches, m => m.Vacancy.Id == "V-Magazziniere");
    }

    [Fact]
    public void A_position_beyond_the_persons_commute_is_not_offered()
    {
        var person = Person("p", b => { b.Experiences = [new("magazziniere", "logistica", 3, "carico e scarico merci")]; b.MaxCommuteKm = 25; });
        var result = Rank(person, Position("Magazziniere", v => v with { Id = "roma", WorkIstat = Roma }), Position("Magazziniere", v => v with { Id = "rho", WorkIstat = Rho }));
        Assert.Equal(["rho"], result.Matches.Select(m => m.Vacancy.Id));
    }

    [Fact]
    public void No_open_position_gives_an_empty_result()
    {
        var result = Rank(Person("p"));
        Assert.Empty(result.Matches);
        Assert.Empty(result.NearMisses);
    }

    [Fact]
    public void Only_the_page_is_returned_best_first_and_a_nearer_equal_position_ranks_above_a_farther_one()
    {
        var person = Person("p", b => { b.Experiences = [new("magazziniere", "logistica", 3, "carico e scarico merci")]; b.MaxCommuteKm = 60; });
        var open = Enumerable.Range(0, 30).Select(i => Position("Magazziniere", v => v with { Id = "far" + i, WorkIstat = Magenta }))
            .Append(Position("Magazziniere", v => v with { Id = "near", WorkIstat = Milano })).ToArray();
        using var index = new TempVacancyIndex(fixture.Context, open);
        var result = index.Matcher.Rank(person, top: 5);
        Assert.Equal(5, result.Matches.Count);
        Assert.Equal("near", result.Matches[0].Vacancy.Id);
        Assert.Equal(result.Matches.Select(m => m.Score).OrderByDescending(s => s), result.Matches.Select(m => m.Score));
    }

    [Fact]
    public void A_saved_position_shows_in_the_next_search_and_a_removed_one_no_longer_does()
    {
        var person = Person("p", b => b.Experiences = [new("cuoco", "ristorazione", 5, "primi piatti e secondi")]);
        using var index = new TempVacancyIndex(fixture.Context, Position("Magazziniere"));
        Assert.DoesNotContain(index.Matcher.Rank(person).Matches, m => m.Vacancy.Id == "V-Cuoco");

        index.Index.Upsert(Position("Cuoco"));
        Assert.Equal("V-Cuoco", index.Matcher.Rank(person).Matches[0].Vacancy.Id);

        index.Index.Apply([], ["V-Cuoco"], cursor: 5);
        Assert.DoesNotContain(index.Matcher.Rank(person).Matches, m => m.Vacancy.Id == "V-Cuoco");
        Assert.Equal(5, index.Index.Cursor);
    }

    [Fact]
    public void The_index_and_its_cursor_survive_a_restart_and_an_old_batch_is_not_applied_twice()
    {
        var person = Person("p", b => b.Experiences = [new("cuoco", "ristorazione", 5, "primi piatti e secondi")]);
        using var index = new TempVacancyIndex(fixture.Context, Position("Magazziniere"));
        index.Index.Apply([Position("Cuoco")], [], cursor: 7);
        index.Reopen();
        Assert.False(index.Index.NeedsRebuild);
        Assert.Equal(7, index.Index.Cursor);
        Assert.Equal(2, index.Index.Count);

        // A batch at or before the cursor was applied already (another instance, a retried catch-up).
        index.Index.Apply([], ["V-Cuoco"], cursor: 6);
        Assert.Equal("V-Cuoco", index.Matcher.Rank(person).Matches[0].Vacancy.Id);
    }

    [Fact]
    public void An_unreadable_positions_index_is_replaced_by_an_empty_one_that_asks_for_a_rebuild()
    {
        using var index = new TempVacancyIndex(fixture.Context, Position("Magazziniere"));
        index.Index.Dispose();
        foreach (var file in Directory.GetFiles(index.Folder))
        {
            File.WriteAllBytes(file, [1, 2, 3]);
        }

        index.Reopen();
        Assert.True(index.Index.NeedsRebuild);
        Assert.Equal(0, index.Index.Count);
    }
}
