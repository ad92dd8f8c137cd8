using AeI.Crm.Candidates;
using AeI.Crm.Caseloads;
using AeI.Crm.Common;
using AeI.Crm.Companies;
using AeI.Crm.Contacts;
using AeI.Crm.Persistence;
using AeI.Crm.Search;
using AeI.Crm.Vacancies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AeI.Crm.Core.Tests.Search;

/// <summary>The trigram name index on a real SQLite file: parts of names found, kept in step on insert, rename and delete, built for rows older than it.</summary>
public sealed class NameSearchTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "aei-crm-names-" + Guid.NewGuid().ToString("N"));
    private StorageOptions _storage = null!;

    private CrmDbContext NewContext() => new(CrmDatabase.Options(_storage));

    public Task InitializeAsync()
    {
        _storage = new StorageOptions { DataFolder = _folder };
        DataFolder.Prepare(_storage);
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    private static async Task<List<string>> CompaniesAsync(CrmDbContext db, string query) =>
        await db.Companies.Matching(db, SearchText.Words(query)).OrderBy(c => c.SearchName).Select(c => c.LegalName).ToListAsync();

    [Fact]
    public async Task Part_of_a_name_is_found_and_the_index_follows_inserts_renames_and_deletes()
    {
        await using var db = NewContext();
        await db.Database.MigrateAsync();
        var grossi = new Company { LegalName = "Grossi Logistica S.r.l.", CreatedAt = DateTime.Now };
        var rossini = new Company { LegalName = "Trattoria Rossini", CreatedAt = DateTime.Now };
        var bianchi = new Company { LegalName = "Bianchi & Figli S.p.A.", CreatedAt = DateTime.Now };
        db.Companies.AddRange(grossi, rossini, bianchi);
        await db.SaveChangesAsync();

        Assert.Equal(["GROSSI LOGISTICA S.R.L.", "TRATTORIA ROSSINI"], await db.Companies.Matching(db, ["ROSSI"]).Select(c => c.SearchName).OrderBy(n => n).ToListAsync());
        Assert.Equal(["Trattoria Rossini"], await CompaniesAsync(db, "rossini"));
        Assert.Equal(["Grossi Logistica S.r.l."], await CompaniesAsync(db, "gross"));
        Assert.Equal(["Grossi Logistica S.r.l."], await CompaniesAsync(db, "logistica grossi"));
        // A word too short for trigrams still narrows the others.
        Assert.Equal(["Bianchi & Figli S.p.A."], await CompaniesAsync(db, "bianchi &"));
        Assert.Empty(await CompaniesAsync(db, "ross figli"));
        // Quotes in a query are text, not FTS5 syntax.
        Assert.Empty(await CompaniesAsync(db, "\"ross\" OR NEAR(x"));
        // Control characters (the malformed-value sweep sends a NUL) separate words instead of breaking the query.
        Assert.Empty(await CompaniesAsync(db, "\u0000\u001b<x>"));
        Assert.Equal(["Grossi Logistica S.r.l."], await CompaniesAsync(db, "gross\u0000logist"));

        grossi.LegalName = "Verdi Trasporti S.r.l.";
        grossi.RefreshSearchName();
        db.Companies.Remove(rossini);
        await db.SaveChangesAsync();
        Assert.Empty(await CompaniesAsync(db, "ross"));
        Assert.Equal(["Verdi Trasporti S.r.l."], await CompaniesAsync(db, "trasp"));
    }

    [Fact]
    public async Task People_contacts_and_positions_are_found_by_part_of_a_word()
    {
        await using var db = NewContext();
        await db.Database.MigrateAsync();
        var company = new Company { LegalName = "Zanetti Alimentari", CreatedAt = DateTime.Now };
        db.AddRange(
            company,
            new Contact { Company = company, FullName = "Mariangela Esposito" },
            new Vacancy { Company = company, Title = "Magazziniere mulettista" },
            new Candidate { FirstName = "Óscar", LastName = "Núñez", Caseload = new Caseload { Code = "X", Name = "X" } });
        await db.SaveChangesAsync();

        Assert.Equal(["Mariangela Esposito"], await db.Contacts.Matching(db, SearchText.Words("angela")).Select(c => c.FullName).ToListAsync());
        Assert.Equal(["Núñez"], await db.Candidates.Matching(db, SearchText.Words("nunez osc")).Select(c => c.LastName).ToListAsync());
        // A position is found by its title or its company's name, a word from each.
        Assert.Single(await db.Vacancies.Matching(db, SearchText.Words("mulett zanet")).ToListAsync());
        Assert.Empty(await db.Vacancies.Matching(db, SearchText.Words("mulett rossi")).ToListAsync());
    }

    [Fact]
    public async Task Rows_written_before_the_index_existed_are_found_after_the_upgrade()
    {
        await using (var db = NewContext())
        {
            await db.GetService<IMigrator>().MigrateAsync("20261201151513_ActivityEditsAndRemovals");
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO "Companies" ("LegalName", "SearchName", "Law68QuotaTotal", "Status", "Tags", "CreatedAt", "Version")
                VALUES ('Grossi Logistica', 'GROSSI LOGISTICA', 0, 1, '[]', '2026-01-01 00:00:00', 0)
                """);
        }

        await using (var db = NewContext())
        {
            await db.Database.MigrateAsync();
            Assert.Equal(["Grossi Logistica"], await CompaniesAsync(db, "rossi"));
        }
    }
}
