using AeI.Crm.Access;
using AeI.Crm.Candidates;
using AeI.Crm.Caseloads;
using AeI.Crm.Companies;
using AeI.Crm.Persistence;
using AeI.Crm.Placements;
using AeI.Crm.Users;
using AeI.Crm.Vacancies;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Core.Tests.Access;

/// <summary>The one rule about people, on a real SQLite file: who sees which person and which placement.</summary>
public sealed class PeopleAccessTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "aei-crm-access-" + Guid.NewGuid().ToString("N"));
    private CrmDbContext _db = null!;
    private Candidate _celavPerson = null!;
    private Candidate _nilPerson = null!;
    private Placement _onMine = null!;
    private Placement _onTheirs = null!;

    private static Viewer As(string id, string role, params int[] caseloads) => new(id, new HashSet<string> { role }, caseloads.ToHashSet());

    public async Task InitializeAsync()
    {
        var storage = new StorageOptions { DataFolder = _folder };
        DataFolder.Prepare(storage);
        _db = new CrmDbContext(CrmDatabase.Options(storage));
        await _db.Database.MigrateAsync();
        var celav = new Caseload { Code = "CeLAV", Name = "CeLAV" };
        var nil = new Caseload { Code = "NIL", Name = "NIL" };
        var me = new CrmUser { Id = "am1", UserName = "am1", FullName = "AM 1" };
        var other = new CrmUser { Id = "am2", UserName = "am2", FullName = "AM 2" };
        var mine = new Company { LegalName = "Mia", AccountManager = me, CreatedAt = DateTime.Now };
        var theirs = new Company { LegalName = "Altrui", AccountManager = other, CreatedAt = DateTime.Now };
        var myVacancy = new Vacancy { Title = "Magazziniere", Company = mine, Owner = me };
        var theirVacancy = new Vacancy { Title = "Cuoco", Company = theirs, Owner = other };
        _celavPerson = new Candidate { FirstName = "Anna", LastName = "Celav", Caseload = celav };
        _nilPerson = new Candidate { FirstName = "Bruno", LastName = "Nil", Caseload = nil };
        _onMine = new Placement { Candidate = _celavPerson, Vacancy = myVacancy };
        _onTheirs = new Placement { Candidate = _celavPerson, Vacancy = theirVacancy };
        _db.AddRange(me, other, mine, theirs, myVacancy, theirVacancy, _celavPerson, _nilPerson, _onMine, _onTheirs);
        await _db.SaveChangesAsync();
    }

    private async Task<List<int>> PeopleAsync(Viewer viewer) => await PeopleAccess.Candidates(_db, viewer).Select(c => c.Id).OrderBy(i => i).ToListAsync();

    private async Task<List<int>> PlacementsAsync(Viewer viewer) => await PeopleAccess.Placements(_db, viewer).Select(p => p.Id).OrderBy(i => i).ToListAsync();

    [Fact]
    public async Task A_mediator_sees_the_people_of_own_caseloads_and_all_their_placements()
    {
        var mediator = As("m", Roles.Mediator, _celavPerson.CaseloadId);
        Assert.Equal([_celavPerson.Id], await PeopleAsync(mediator));
        Assert.Equal(new[] { _onMine.Id, _onTheirs.Id }.Order(), await PlacementsAsync(mediator));
        Assert.True(PeopleAccess.MayManage(mediator, _celavPerson.CaseloadId));
        Assert.False(PeopleAccess.MayManage(mediator, _nilPerson.CaseloadId));
    }

    [Fact]
    public async Task An_account_manager_sees_a_person_only_through_a_placement_on_his_positions()
    {
        var account = As("am1", Roles.AccountManager);
        Assert.Equal([_celavPerson.Id], await PeopleAsync(account));
        Assert.Equal([_onMine.Id], await PlacementsAsync(account));
        Assert.False(PeopleAccess.MayManage(account, _celavPerson.CaseloadId));
        Assert.Empty(await PeopleAsync(As("am3", Roles.AccountManager)));
    }

    [Fact]
    public async Task A_coordinator_sees_everyone_but_manages_no_one()
    {
        var coordinator = As("c", Roles.Coordinator);
        Assert.Equal(new[] { _celavPerson.Id, _nilPerson.Id }.Order(), await PeopleAsync(coordinator));
        Assert.Equal(2, (await PlacementsAsync(coordinator)).Count);
        Assert.False(PeopleAccess.MayManage(coordinator, _celavPerson.CaseloadId));
    }

    [Fact]
    public async Task An_admin_sees_no_person_and_no_placement()
    {
        var admin = As("a", Roles.Admin);
        Assert.Empty(await PeopleAsync(admin));
        Assert.Empty(await PlacementsAsync(admin));
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
