using System.Diagnostics;
using System.Globalization;
using AeI.Crm.Demo;
using AeI.Crm.Importing;
using AeI.Crm.Importing.Reading;
using AeI.Crm.Persistence;
using AeI.Crm.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace AeI.Crm.Cli.Importing;

/// <summary>
/// import-sample writes the messy sample spreadsheet (docs/samples); import-bench times the
/// company import (upload and preview, the run, a second run of the same file) on a fresh database,
/// one child process per size so each size's peak memory is its own.
/// </summary>
public static class ImportCommands
{
    public static int Sample(string[] args)
    {
        // --people: a caseload's spreadsheet (333 rows, as NIL's 2020 paths), made-up people.
        var people = args.Contains("--people");
        var rows = IntOption(args, "--rows", people ? 333 : 3535);
        var output = StringOption(args, "--out") ?? (people ? "docs/samples/persone-nil-2020.csv" : "docs/samples/aziende-2020.csv");
        var bytes = MessyCompanyFile.Csv(people ? MessyPeopleFile.Rows(rows) : MessyCompanyFile.Rows(rows));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        File.WriteAllBytes(output, bytes);
        Console.WriteLine($"{output}: {rows:N0} rows, {bytes.Length / 1024.0:N0} KB (CSV, «;», Windows-1252)");
        return 0;
    }

    public static async Task<int> BenchAsync(string[] args)
    {
        var sizes = (StringOption(args, "--rows") ?? "3535,50000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
        Console.WriteLine($"{"rows",7} {"file MB",8} {"preview s",10} {"import s",9} {"rows/s",8} {"created",8} {"merged",7} {"skipped",8} {"rejected",9} {"again: new",11} {"again s",8} {"peak MB",8} {"end MB",7}");
        foreach (var size in sizes)
        {
            // The file is written by one process and imported by another: the import's peak memory is its own.
            var file = Path.Combine(Path.GetTempPath(), $"aei-crm-import-bench-{Guid.NewGuid():N}.csv");
            File.WriteAllBytes(file, MessyCompanyFile.Csv(MessyCompanyFile.Rows(size)));
            var start = ChildProcess.Start("import-bench-one");
            start.ArgumentList.Add("--file");
            start.ArgumentList.Add(file);
            using var child = Process.Start(start)!;
            Console.WriteLine((await child.StandardOutput.ReadToEndAsync()).TrimEnd());
            await child.WaitForExitAsync();
            File.Delete(file);
            if (child.ExitCode != 0)
            {
                return child.ExitCode;
            }
        }

        return 0;
    }

    public static async Task<int> BenchOneAsync(string[] args)
    {
        var content = StringOption(args, "--file") is { } path ? await File.ReadAllBytesAsync(path) : MessyCompanyFile.Csv(MessyCompanyFile.Rows(IntOption(args, "--rows", 3535)));
        var folder = Path.Combine(Path.GetTempPath(), "aei-crm-import-bench-" + Guid.NewGuid().ToString("N"));
        var storage = new StorageOptions { DataFolder = folder };
        DataFolder.Prepare(storage);
        // --data: a copy of an existing data folder's database (e.g. demo-scale's), to import into a full CRM.
        if (StringOption(args, "--data") is { } existing)
        {
            File.Copy(Path.Combine(existing, "aei-crm.db"), Path.Combine(folder, "aei-crm.db"));
        }

        try
        {
            var userId = Guid.NewGuid().ToString();
            await using (var db = new CrmDbContext(CrmDatabase.Options(storage)))
            {
                await DatabaseInitializer.InitializeAsync(db);
                db.Users.Add(new CrmUser { Id = userId, UserName = "bench@demo.local", Email = "bench@demo.local", FullName = "Benchmark" });
                await db.SaveChangesAsync();
            }

            GC.Collect();
            var files = new ImportFileStore(storage);
            var context = new ImportContext(MunicipalityLookup.Shared, DateTime.UtcNow, DateOnly.FromDateTime(DateTime.UtcNow), userId);

            var preview = Stopwatch.StartNew();
            var run = await UploadAndPreviewAsync(storage, files, userId, content, context);
            preview.Stop();

            var import = Stopwatch.StartNew();
            var done = await RunAsync(storage, files, run, context);
            import.Stop();

            // The import's own peak: upload, preview and run of the file. The same file again follows in this process.
            var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0;
            var againTime = Stopwatch.StartNew();
            var again = await RunAsync(storage, files, await UploadAndPreviewAsync(storage, files, userId, content, context), context);
            againTime.Stop();

            var end = Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0;
            var rows = done.TotalRows;
            if (args.Contains("--reasons"))
            {
                await using var db = new CrmDbContext(CrmDatabase.Options(storage));
                var reasons = await db.ImportRowResults.AsNoTracking().Where(r => r.RunId == done.Id && (r.Outcome == RowOutcome.Rejected || r.Outcome == RowOutcome.Skipped)).Select(r => r.Reason ?? "").ToListAsync();
                foreach (var group in reasons.GroupBy(Shape).OrderByDescending(g => g.Count()).Take(15))
                {
                    Console.Error.WriteLine($"{group.Count(),6}  {group.Key}");
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{rows,7:N0} {content.Length / 1024.0 / 1024.0,8:0.0} {preview.Elapsed.TotalSeconds,10:0.00} {import.Elapsed.TotalSeconds,9:0.00} {rows / import.Elapsed.TotalSeconds,8:N0} {done.Created,8:N0} {done.Merged,7:N0} {done.Skipped,8:N0} {done.Rejected,9:N0} {again.Created + again.Merged,11:N0} {againTime.Elapsed.TotalSeconds,8:0.00} {peak,8:N0} {end,7:N0}"));
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>What the upload and the preview page do: read, guess the columns, plan every row.</summary>
    private static async Task<int> UploadAndPreviewAsync(StorageOptions storage, ImportFileStore files, string userId, byte[] content, ImportContext context)
    {
        await using var db = new CrmDbContext(CrmDatabase.Options(storage));
        var run = await ImportUpload.CreateAsync(db, files, new ImportOptions(), userId, ImportKind.Companies, null, "aziende.csv", content, DateTime.UtcNow, CancellationToken.None);
        var table = ImportFileReader.Read(content, run.FileName, int.MaxValue);
        var preview = await new ImportRunner(db, files, TimeProvider.System, NullLogger<ImportRunner>.Instance).PreviewAsync(run, table, context, CancellationToken.None);
        if (preview.Rows.Count != run.TotalRows)
        {
            throw new InvalidOperationException("The preview lost rows.");
        }

        return run.Id;
    }

    private static async Task<ImportRun> RunAsync(StorageOptions storage, ImportFileStore files, int runId, ImportContext context)
    {
        await using var db = new CrmDbContext(CrmDatabase.Options(storage));
        await db.ImportRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, ImportStatus.Queued));
        await new ImportRunner(db, files, TimeProvider.System, NullLogger<ImportRunner>.Instance).RunAsync(runId, context, CancellationToken.None);
        return await db.ImportRuns.AsNoTracking().SingleAsync(r => r.Id == runId);
    }

    /// <summary>A reason with its quoted values blanked, to count reasons by kind.</summary>
    private static string Shape(string reason) => System.Text.RegularExpressions.Regex.Replace(reason, "«[^»]*»", "«…»");

    private static int IntOption(string[] args, string name, int fallback) =>
        StringOption(args, name) is { } value && int.TryParse(value, CultureInfo.InvariantCulture, out var n) ? n : fallback;

    private static string? StringOption(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
