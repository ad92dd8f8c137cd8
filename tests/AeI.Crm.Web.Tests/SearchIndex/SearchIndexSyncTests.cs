using AeI.Crm.Candidates;
using AeI.Crm.Vacancies;
using AeI.Crm.Matching.Indexing;
using AeI.Crm.Persistence;
using AeI.Crm.Web.SearchIndex;
using AeI.Crm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AeI.Crm.Web.Tests.SearchIndex;

/// <summary>The index follows the database from its change log, whatever happened to the request that saved.</summary>
[Collection(SharedApp.Name)]
public class SearchIndexSyncTests(CrmAppFactory app)
{
    [Fact]
    public async Task A_save_whose_index_update_never_ran_is_applied_by_the_next_catch_up()
    {
        var index = app.Services.GetRequiredService<CandidateIndex>();
        var sync = app.Services.GetRequiredService<SearchIndexSync>();
        var before = index.Count;
        int id;
        using (var scope = app.Services.CreateScope())
        {
            // The database commits; the request is then cancelled (client gone, disk full) before the index hears of it.
            var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
            var person = await db.Candidates.Where(c => c.Caseload!.Code == "NIL" && c.Status == CandidateStatus.Active).OrderByDescending(c => c.Id).FirstAsync();
            person.SetPath(CandidateStatus.Closed, DateOnly.FromDateTime(DateTime.Today), ClosureOutcome.Other);
            await db.SaveChangesAsync();
            id = person.Id;
            Assert.True(await db.SearchIndexChanges.AnyAsync(c => c.CandidateId == id && c.Id > index.Cursor));
        }

        Assert.Equal(before, index.Count);
        Assert.True(await sync.CatchUpAsync(CancellationToken.None) >= 1);
        Assert.Equal(before - 1, index.Count);
        Assert.Equal(await app.QueryAsync(db => db.SearchIndexChanges.MaxAsync(c => c.Id)), index.Cursor);
    }

    [Fact]
    public async Task The_index_holds_exactly_the_searchable_people_of_the_database()
    {
        await app.Services.GetRequiredService<SearchIndexSync>().CatchUpAsync(CancellationToken.None);
        var searchable = await app.QueryAsync(db => db.Candidates.CountAsync(AeI.Crm.Matching.Model.EntityDocuments.Searchable));
        Assert.Equal(searchable, app.Services.GetRequiredService<CandidateIndex>().Count);
    }

    [Fact]
    public async Task A_position_closed_without_the_index_hearing_of_it_leaves_the_positions_index_at_the_next_catch_up()
    {
        var positions = app.Services.GetRequiredService<VacancyIndex>();
        var sync = app.Services.GetRequiredService<SearchIndexSync>();
        await sync.CatchUpAsync(CancellationToken.None);
        var before = positions.Count;
        using (var scope = app.Services.CreateScope())
        {
            // The database commits; the index is not told (the request was cancelled, the app crashed).
            var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
            var vacancy = await db.Vacancies.Where(v => v.Status == VacancyStatus.Open).OrderByDescending(v => v.Id).FirstAsync();
            vacancy.Status = VacancyStatus.Closed;
            vacancy.ClosedOn = DateOnly.FromDateTime(DateTime.Today);
            await db.SaveChangesAsync();
            var id = vacancy.Id;
            Assert.True(await db.SearchIndexChanges.AnyAsync(c => c.VacancyId == id && c.CandidateId == null && c.Id > positions.Cursor));
        }

        Assert.Equal(before, positions.Count);
        Assert.True(await sync.CatchUpAsync(CancellationToken.None) >= 1);
        Assert.Equal(before - 1, positions.Count);
        var last = await app.QueryAsync(db => db.SearchIndexChanges.MaxAsync(c => c.Id));
        Assert.Equal(last, positions.Cursor);
        Assert.Equal(last, app.Services.GetRequiredService<CandidateIndex>().Cursor);
    }

    [Fact]
    public async Task The_positions_index_holds_exactly_the_open_positions_of_the_database()
    {
        await app.Services.GetRequiredService<SearchIndexSync>().CatchUpAsync(CancellationToken.None);
        var open = await app.QueryAsync(db => db.Vacancies.CountAsync(v => v.Status == VacancyStatus.Open));
        Assert.Equal(open, app.Services.GetRequiredService<VacancyIndex>().Count);
    }
}
