using AeI.Crm.Matching.Indexing;
using AeI.Crm.Matching.Model;
using static AeI.Crm.Matching.Tests.MatchingFixture;

namespace AeI.Crm.Matching.Tests.Indexing;

[Collection(SharedMatching.Name)]
public class CandidateIndexTests(MatchingFixture fixture)
{
    private static readonly ExperienceEntry Gardener = new("giardiniere", "cura del verde", 4, "potature");

    [Fact]
    public void A_saved_person_shows_in_the_next_search_and_a_removed_one_does_not()
    {
        using var index = fixture.NewIndex();
        var v = Position("Giardiniere");
        Assert.Empty(index.Matcher.Rank(v).Matches);

        index.Index.Upsert(Person("new", b => b.Experiences = [Gardener]));
        Assert.Equal(["new"], index.Matcher.Rank(v).Matches.Select(m => m.Candidate.Id));

        index.Index.Upsert(Person("new", b => { b.Experiences = [Gardener]; b.ShiftsOk = false; }));
        Assert.Empty(index.Matcher.Rank(v with { Shifts = true }).Matches);
        Assert.Equal(1, index.Index.Count);

        index.Index.Delete("new");
        Assert.Empty(index.Matcher.Rank(v).Matches);
    }

    [Fact]
    public void The_index_survives_a_restart()
    {
        using var index = fixture.NewIndex(Person("kept", b => b.Experiences = [Gardener]));
        index.Reopen();
        Assert.False(index.Index.NeedsRebuild);
        Assert.Equal(["kept"], index.Matcher.Rank(Position("Giardiniere")).Matches.Select(m => m.Candidate.Id));
    }

    [Fact]
    public void A_deleted_index_folder_is_reported_for_rebuild_and_rebuilt()
    {
        using var index = fixture.NewIndex(Person("p", b => b.Experiences = [Gardener]));
        index.Index.Dispose();
        Directory.Delete(index.Folder, recursive: true);
        index.Reopen();
        Assert.True(index.Index.NeedsRebuild);
        Assert.Equal(0, index.Index.Count);

        index.Index.Rebuild([Person("p", b => b.Experiences = [Gardener])]);
        Assert.False(index.Index.NeedsRebuild);
        Assert.Equal(["p"], index.Matcher.Rank(Position("Giardiniere")).Matches.Select(m => m.Candidate.Id));
    }

    [Fact]
    public void A_corrupted_index_is_replaced_instead_of_crashing_the_app()
    {
        using var index = fixture.NewIndex(Person("p", b => b.Experiences = [Gardener]));
        index.Index.Dispose();
        foreach (var file in Directory.GetFiles(index.Folder).Where(f => Path.GetFileName(f).StartsWith("segments", StringComparison.Ordinal)))
        {
            File.WriteAllBytes(file, [1, 2, 3, 4, 5, 6, 7, 8]);
        }

        index.Reopen();
        Assert.True(index.Index.NeedsRebuild);
        index.Index.Rebuild([Person("p", b => b.Experiences = [Gardener])]);
        Assert.Equal(1, index.Index.Count);
    }

    [Fact]
    public void A_damaged_file_beside_a_good_commit_is_replaced_too()
    {
        using var index = fixture.NewIndex(Person("p", b => b.Experiences = [Gardener]));
        index.Index.Dispose();
        File.WriteAllText(Path.Combine(index.Folder, "segments_9"), "garbage");
        index.Reopen();
        Assert.True(index.Index.NeedsRebuild);
        Assert.Equal(0, index.Index.Count);
    }

    [Fact]
    public void A_rebuild_interrupted_by_a_crash_is_redone_at_the_next_start()
    {
        using var index = fixture.NewIndex(Person("p", b => b.Experiences = [Gardener]));
        index.Index.Dispose();
        Directory.Delete(index.Folder, recursive: true);
        // A fresh index is committed empty; the app dies before its rebuild finishes.
        index.Reopen();
        Assert.True(index.Index.NeedsRebuild);
        index.Index.Dispose();

        index.Reopen();
        Assert.True(index.Index.NeedsRebuild);
    }

    [Fact]
    public void Applied_changes_and_the_cursor_are_committed_together_and_survive_a_restart()
    {
        using var index = fixture.NewIndex();
        index.Index.Rebuild([Person("a", b => b.Experiences = [Gardener])], cursor: 10);
        Assert.Equal(10, index.Index.Cursor);

        index.Index.Apply([Person("b", b => b.Experiences = [Gardener])], ["a"], cursor: 12);
        index.Reopen();
        Assert.False(index.Index.NeedsRebuild);
        Assert.Equal(12, index.Index.Cursor);
        Assert.Equal(["b"], index.Matcher.Rank(Position("Giardiniere")).Matches.Select(m => m.Candidate.Id));

        // A batch at or before the cursor was applied already: nothing changes.
        index.Index.Apply([Person("a", b => b.Experiences = [Gardener])], [], cursor: 11);
        Assert.Equal(1, index.Index.Count);
    }

    [Fact]
    public async Task Searches_go_on_after_a_searched_segment_gets_a_deletion()
    {
        // The filter's bits are kept per segment; a deletion gives the segment a new reader and closes
        // the old one, which the kept bits must not read through.
        var people = Enumerable.Range(0, 30).Select(i => Person("p" + i, b => b.Experiences = [Gardener])).ToArray();
        using var index = fixture.NewIndex(people);
        var v = Position("Giardiniere", p => p with { RequiredLicences = [] });
        var options = new AeI.Crm.Matching.Ranking.MatchOptions { Top = 50, Caseloads = ["CeLAV"] };
        // A segment with deletions is read through a reader of its own, replaced at the next deletion.
        index.Index.Delete("p1");
        Assert.Equal(29, index.Matcher.Rank(v, options).Matches.Count);

        index.Index.Delete("p3");
        index.Index.Upsert(Person("p4", b => b.Experiences = [Gardener with { Years = 9 }]));
        // The background analysis holds a reader until it is done: then the replaced reader is closed.
        await index.Index.EvidenceWarmed.WaitAsync(TimeSpan.FromSeconds(30));
        // A filter term the segment was not searched for yet (another caseload) is read now.
        var after = index.Matcher.Rank(v, options with { Caseloads = ["CeLAV", "NIL"] }).Matches.Select(m => m.Candidate.Id).ToList();
        Assert.Equal(28, after.Count);
        Assert.DoesNotContain("p3", after);
        Assert.Equal("p4", after[0]);
    }
}
