using System.Diagnostics;
using AeI.Crm.Demo;
using AeI.Crm.Importing;
using AeI.Crm.Persistence;
using AeI.Crm.Users;
using AeI.Crm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace AeI.Crm.Web.Tests.Pages.Importing;

/// <summary>
/// The app killed with SIGKILL while an import runs, then started again: whole rows only after the
/// kill, and the restart finishes the run to the result an uninterrupted run gives, without duplicates.
/// </summary>
[Collection(SerialApp.Name)]
public sealed class ImportCrashTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "aei-crm-import-crash-" + Guid.NewGuid().ToString("N"));
    private readonly string _reference = Path.Combine(Path.GetTempPath(), "aei-crm-import-reference-" + Guid.NewGuid().ToString("N"));
    private static readonly byte[] File = MessyCompanyFile.Csv(MessyCompanyFile.Rows(12_000, seed: 11));

    private static CrmDbContext Db(string folder) => new(CrmDatabase.Options(new StorageOptions { DataFolder = folder }));

    /// <summary>A database with its user and the file uploaded and confirmed, as the pages leave it.</summary>
    private static async Task<int> QueueAsync(string folder)
    {
        var storage = new StorageOptions { DataFolder = folder };
        DataFolder.Prepare(storage);
        await using var db = Db(folder);
        await DatabaseInitializer.InitializeAsync(db);
        var user = new CrmUser { UserName = "am@prova.local", Email = "am@prova.local", FullName = "Anna Marchi" };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        var run = await ImportUpload.CreateAsync(db, new ImportFileStore(storage), new ImportOptions(), user.Id, ImportKind.Companies, null, "aziende.csv", File, DateTime.UtcNow, CancellationToken.None);
        run.Status = ImportStatus.Queued;
        await db.SaveChangesAsync();
        return run.Id;
    }

    [Fact]
    public async Task Killed_during_an_import_the_app_resumes_it_at_the_next_start_to_the_same_result()
    {
        var runId = await QueueAsync(_folder);
        var referenceId = await QueueAsync(_reference);
        await using (var db = Db(_reference))
        {
            var context = new ImportContext(MunicipalityLookup.Shared, DateTime.UtcNow, DateOnly.FromDateTime(DateTime.UtcNow), null);
            await new ImportRunner(db, new ImportFileStore(new StorageOptions { DataFolder = _reference }), TimeProvider.System, NullLogger<ImportRunner>.Instance).RunAsync(referenceId, context, CancellationToken.None);
        }

        ImportRun expected;
        await using (var db = Db(_reference))
        {
            expected = await db.ImportRuns.AsNoTracking().SingleAsync(r => r.Id == referenceId);
        }

        // The app resumes queued runs at start; it is killed once some batches are saved.
        using (var app = Process.Start(AppProcess.StartInfo(_folder))!)
        {
            _ = app.StandardOutput.ReadToEndAsync();
            _ = app.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            while (await ProcessedAsync(runId) < 2 * ImportRunner.BatchSize)
            {
                Assert.False(app.HasExited, "The app stopped before the import was under way.");
                await Task.Delay(20, timeout.Token);
            }

            app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync(timeout.Token);
        }

        await using (var db = Db(_folder))
        {
            var stopped = await db.ImportRuns.AsNoTracking().SingleAsync(r => r.Id == runId);
            Assert.Equal(ImportStatus.Running, stopped.Status);
            Assert.True(stopped.ProcessedRows < stopped.TotalRows, $"{stopped.ProcessedRows} of {stopped.TotalRows}: the kill came too late");
            Assert.Equal(0, stopped.ProcessedRows % ImportRunner.BatchSize);
            // Whole batches: each processed row has its result, and the companies are exactly those the results say were created.
            Assert.Equal(stopped.ProcessedRows, await db.ImportRowResults.CountAsync(r => r.RunId == runId));
            Assert.Equal(stopped.Created, await db.Companies.CountAsync());
            Assert.Equal(stopped.Created, await db.ImportRowResults.CountAsync(r => r.RunId == runId && r.Outcome == RowOutcome.Created && r.CompanyId != null));
        }

        using (var app = Process.Start(AppProcess.StartInfo(_folder))!)
        {
            _ = app.StandardOutput.ReadToEndAsync();
            _ = app.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            while (await StatusAsync(runId) != ImportStatus.Completed)
            {
                Assert.False(app.HasExited, "The app stopped before the import ended.");
                await Task.Delay(50, timeout.Token);
            }

            app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync(timeout.Token);
        }

        await using var after = Db(_folder);
        var resumed = await after.ImportRuns.AsNoTracking().SingleAsync(r => r.Id == runId);
        Assert.Equal((expected.Created, expected.Merged, expected.Skipped, expected.Rejected, expected.TotalRows),
            (resumed.Created, resumed.Merged, resumed.Skipped, resumed.Rejected, resumed.ProcessedRows));
        Assert.Equal(expected.Created, await after.Companies.CountAsync());
        Assert.Equal(resumed.TotalRows, await after.ImportRowResults.Where(r => r.RunId == runId).Select(r => r.Line).Distinct().CountAsync());
        Assert.False(await after.Companies.Where(c => c.VatNumber != null).GroupBy(c => c.VatNumber).AnyAsync(g => g.Count() > 1));
    }

    private async Task<int> ProcessedAsync(int runId)
    {
        await using var db = Db(_folder);
        return await db.ImportRuns.Where(r => r.Id == runId).Select(r => r.ProcessedRows).SingleAsync();
    }

    private async Task<ImportStatus> StatusAsync(int runId)
    {
        await using var db = Db(_folder);
        return await db.ImportRuns.Where(r => r.Id == runId).Select(r => r.Status).SingleAsync();
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        TestFolder.Delete(_folder);
        TestFolder.Delete(_reference);
    }
}
