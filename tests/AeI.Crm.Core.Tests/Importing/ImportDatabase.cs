using AeI.Crm.Importing;
using AeI.Crm.Persistence;
using AeI.Crm.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace AeI.Crm.Core.Tests.Importing;

/// <summary>A real SQLite file with one user, and the import's upload and run as the app does them.</summary>
internal sealed class ImportDatabase : IAsyncDisposable
{
    public static readonly DateTime Now = new(2021, 3, 1, 9, 0, 0, DateTimeKind.Utc);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "aei-crm-import-" + Guid.NewGuid().ToString("N"));

    public StorageOptions Storage { get; }

    public ImportFileStore Files { get; }

    public string UserId { get; } = Guid.NewGuid().ToString();

    private ImportDatabase()
    {
        Storage = new StorageOptions { DataFolder = _folder };
        Files = new ImportFileStore(Storage);
    }

    public static async Task<ImportDatabase> CreateAsync()
    {
        var database = new ImportDatabase();
        DataFolder.Prepare(database.Storage);
        await using var db = database.NewContext();
        await db.Database.MigrateAsync();
        await DatabaseInitializer.InitializeAsync(db);
        db.Users.Add(new CrmUser { Id = database.UserId, UserName = "am@prova.local", Email = "am@prova.local", FullName = "Anna Marchi" });
        await db.SaveChangesAsync();
        return database;
    }

    public CrmDbContext NewContext(params Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor[] interceptors) =>
        new(interceptors.Length == 0
            ? CrmDatabase.Options(Storage)
            : (DbContextOptions<CrmDbContext>)new DbContextOptionsBuilder<CrmDbContext>().UseCrmDatabase(Storage).AddInterceptors(interceptors).Options);

    /// <summary>Whether the importing user may see sensitive fields (a mediator of the caseload imported into).</summary>
    public bool MaySeeSensitive { get; set; } = true;

    public ImportContext Context(string? assignTo = null) => new(MunicipalityLookup.Shared, Now, DateOnly.FromDateTime(Now), assignTo, MaySeeSensitive);

    /// <summary>Uploads the file as a draft, with the guessed mapping and the given defaults.</summary>
    public async Task<ImportRun> UploadAsync(byte[] content, string fileName = "aziende.csv", ImportKind kind = ImportKind.Companies, Action<ImportRun>? configure = null, int? caseloadId = null)
    {
        await using var db = NewContext();
        var run = await ImportUpload.CreateAsync(db, Files, new ImportOptions(), UserId, kind, caseloadId, fileName, content, Now, CancellationToken.None);
        configure?.Invoke(run);
        await db.SaveChangesAsync();
        return run;
    }

    public async Task<ImportPreview> PreviewAsync(int runId)
    {
        await using var db = NewContext();
        var run = await db.ImportRuns.SingleAsync(r => r.Id == runId);
        var table = AeI.Crm.Importing.Reading.ImportFileReader.Read((await Files.ReadAsync(runId, CancellationToken.None))!, run.FileName, 100_000);
        return await new ImportRunner(db, Files, TimeProvider.System, NullLogger<ImportRunner>.Instance).PreviewAsync(run, table, Context(), CancellationToken.None);
    }

    /// <summary>Confirms the draft and runs it to the end; returns the finished run.</summary>
    public async Task<ImportRun> RunAsync(int runId, params Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor[] interceptors)
    {
        await using (var db = NewContext())
        {
            await db.ImportRuns.Where(r => r.Id == runId && r.Status == ImportStatus.Draft).ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, ImportStatus.Queued));
        }

        await using (var db = NewContext(interceptors))
        {
            await new ImportRunner(db, Files, TimeProvider.System, NullLogger<ImportRunner>.Instance).RunAsync(runId, Context(), CancellationToken.None);
        }

        await using var read = NewContext();
        return await read.ImportRuns.AsNoTracking().SingleAsync(r => r.Id == runId);
    }

    /// <summary>Uploads and runs.</summary>
    public async Task<ImportRun> ImportAsync(byte[] content, string fileName = "aziende.csv", ImportKind kind = ImportKind.Companies, Action<ImportRun>? configure = null, int? caseloadId = null) =>
        await RunAsync((await UploadAsync(content, fileName, kind, configure, caseloadId)).Id);

    public async Task<List<ImportRowResult>> ResultsAsync(int runId)
    {
        await using var db = NewContext();
        return await db.ImportRowResults.AsNoTracking().Where(r => r.RunId == runId).OrderBy(r => r.Line).ToListAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await Task.Yield();
        Directory.Delete(_folder, recursive: true);
    }
}
