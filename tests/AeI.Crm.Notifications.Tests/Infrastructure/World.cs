using AeI.Crm.Candidates;
using AeI.Crm.Caseloads;
using AeI.Crm.Companies;
using AeI.Crm.FollowUps;
using AeI.Crm.Notifications.Mail;
using AeI.Crm.Persistence;
using AeI.Crm.Users;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Notifications.Tests.Infrastructure;

/// <summary>A real SQLite file with a few users, a company and a caseload; each test adds what it needs.</summary>
public sealed class World : IAsyncDisposable
{
    private World(string folder, StorageOptions storage)
    {
        Folder = folder;
        Storage = storage;
    }

    public string Folder { get; }

    public StorageOptions Storage { get; }

    public CrmUser AccountManager { get; private set; } = null!;

    public CrmUser Mediator { get; private set; } = null!;

    public CrmUser Coordinator { get; private set; } = null!;

    public Company Company { get; private set; } = null!;

    public Caseload Caseload { get; private set; } = null!;

    public static async Task<World> CreateAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "aei-crm-notify-" + Guid.NewGuid().ToString("N"));
        var storage = new StorageOptions { DataFolder = folder };
        DataFolder.Prepare(storage);
        var world = new World(folder, storage);
        await using var db = world.Db();
        await db.Database.MigrateAsync();
        world.Caseload = new Caseload { Code = "CeLAV", Name = "CeLAV" };
        world.AccountManager = User("am", "Marco Rossi", Roles.AccountManager);
        world.Mediator = User("med", "Giulia Bianchi", Roles.Mediator);
        world.Coordinator = User("coord", "Paola Verdi", Roles.Coordinator);
        world.Company = new Company { LegalName = "Panificio Brambilla S.r.l.", SearchName = "panificio brambilla srl", AccountManagerId = "am", Status = RelationshipStatus.ActivePartner, CreatedAt = new DateTime(2024, 1, 1) };
        db.AddRange(world.Caseload, world.AccountManager, world.Mediator, world.Coordinator, world.Company);
        foreach (var role in Roles.All)
        {
            db.Roles.Add(new Microsoft.AspNetCore.Identity.IdentityRole(role) { Id = role, NormalizedName = role.ToUpperInvariant() });
        }

        await db.SaveChangesAsync();
        db.UserRoles.AddRange(
            new Microsoft.AspNetCore.Identity.IdentityUserRole<string> { UserId = "am", RoleId = Roles.AccountManager },
            new Microsoft.AspNetCore.Identity.IdentityUserRole<string> { UserId = "med", RoleId = Roles.Mediator },
            new Microsoft.AspNetCore.Identity.IdentityUserRole<string> { UserId = "coord", RoleId = Roles.Coordinator });
        db.CaseloadMemberships.Add(new CaseloadMembership { UserId = "med", CaseloadId = world.Caseload.Id });
        await db.SaveChangesAsync();
        return world;
    }

    private static CrmUser User(string id, string name, string role) => new()
    {
        Id = id, UserName = $"{id}@aei.test", NormalizedUserName = $"{id}@AEI.TEST", Email = $"{id}@aei.test", FullName = name, SecurityStamp = role,
    };

    public CrmDbContext Db() => new(CrmDatabase.Options(Storage));

    public static MailOptions Mail(int port) => new()
    {
        From = "Gruppo Aziende <crm@aei.test>",
        AppUrl = "https://crm.aei.test",
        Smtp = new SmtpOptions { Host = "127.0.0.1", Port = port, Security = SmtpSecurity.None, TimeoutSeconds = 5 },
    };

    /// <summary>A person of the caseload with the sensitive fields set, to check they never leave.</summary>
    public async Task<Candidate> AddPersonAsync(string first = "Fatima", string last = "Haddad")
    {
        await using var db = Db();
        var person = new Candidate
        {
            FirstName = first, LastName = last, CaseloadId = Caseload.Id, MediatorId = Mediator.Id, BirthYear = 1990,
            ProtectedCategory = ProtectedCategory.Article1, TargetGroup = TargetGroup.ExDetainee, TakenInChargeOn = new DateOnly(2026, 1, 10),
        };
        db.Candidates.Add(person);
        await db.SaveChangesAsync();
        return person;
    }

    public async Task<FollowUp> AddFollowUpAsync(string ownerId, DateOnly due, string subject, int? companyId = null, int? candidateId = null)
    {
        await using var db = Db();
        var followUp = new FollowUp { OwnerId = ownerId, DueOn = due, Subject = subject, CompanyId = companyId, CandidateId = candidateId, Notes = "Nota riservata: invalidità 60%", CreatedAt = new DateTime(2026, 12, 1) };
        db.FollowUps.Add(followUp);
        await db.SaveChangesAsync();
        return followUp;
    }

    public async ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }

        await Task.CompletedTask;
    }
}
