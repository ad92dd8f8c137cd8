using System.Diagnostics;
using AeI.Crm.Demo;
using AeI.Crm.Matching.Indexing;
using AeI.Crm.Matching;
using AeI.Crm.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Tests.Infrastructure;

/// <summary>
/// The app killed with SIGKILL at chosen moments of its first start, then started again: what the
/// restart finds must be complete (the demo all there, the index full), never half of it.
/// </summary>
[Collection(SerialApp.Name)]
public sealed class CrashTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "aei-crm-crash-" + Guid.NewGuid().ToString("N"));

    /// <summary>Starts the app on the folder with the demo; returns when <paramref name="killAfter"/> is logged (then SIGKILL) or the app is ready.</summary>
    private async Task<(bool Killed, string Output)> RunAsync(string? killAfter)
    {
        using var process = Process.Start(AppProcess.StartInfo(_folder, ("Demo__Enabled", "true"), ("Logging__Console__FormatterName", "simple")))!;
        var output = new System.Text.StringBuilder();
        _ = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var killed = false;
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            output.AppendLine(line);
            if (killAfter is not null && line.Contains(killAfter, StringComparison.Ordinal))
            {
                process.Kill(entireProcessTree: true);
                killed = true;
                break;
            }

            if (line.Contains("Application started", StringComparison.Ordinal))
            {
                process.Kill(entireProcessTree: true);
                break;
            }
        }

        await process.WaitForExitAsync(timeout.Token);
        return (killed, output.ToString());
    }

    private CrmDbContext Db() => new(CrmDatabase.Options(new StorageOptions { DataFolder = _folder }));

    [Fact]
    public async Task Killed_while_loading_the_demo_the_next_start_loads_it_all()
    {
        var (killed, output) = await RunAsync(killAfter: "Loading the demo");
        Assert.True(killed, output);
        await using (var db = Db())
        {
            // The transaction never committed: no half demo (users without companies, companies without people).
            Assert.Equal(0, await db.Users.CountAsync());
            Assert.Equal(0, await db.Companies.CountAsync());
        }

        var (_, again) = await RunAsync(killAfter: null);
        Assert.Contains("Demo data loaded", again, StringComparison.Ordinal);
        await using (var db = Db())
        {
            Assert.True(await db.Candidates.CountAsync() >= Demo2020Figures.CelavHandled + Demo2020Figures.NilPaths + Demo2020Figures.SilPaths);
            Assert.True(await db.Companies.CountAsync() >= 3000);
            Assert.Equal(18, await db.Users.CountAsync());
            Assert.False(await db.Caseloads.AnyAsync(c => !db.Candidates.Any(p => p.CaseloadId == c.Id)));
        }
    }

    [Fact]
    public async Task Killed_while_rebuilding_the_index_the_next_start_rebuilds_it_full()
    {
        var (_, first) = await RunAsync(killAfter: null);
        Assert.Contains("Search index rebuilt", first, StringComparison.Ordinal);
        var indexFolder = new StorageOptions { DataFolder = _folder }.IndexPath;
        Directory.Delete(indexFolder, recursive: true);

        var (killed, output) = await RunAsync(killAfter: "Rebuilding the search index");
        Assert.True(killed, output);

        await RunAsync(killAfter: null);
        int searchable;
        await using (var db = Db())
        {
            searchable = await db.Candidates.CountAsync(AeI.Crm.Matching.Model.EntityDocuments.Searchable);
        }

        using var context = new MatchingContext(new StorageOptions { DataFolder = _folder }.LocalSynonymsPath);
        using var index = new CandidateIndex(indexFolder, context);
        Assert.False(index.NeedsRebuild);
        Assert.Equal(searchable, index.Count);
    }

    public void Dispose() => TestFolder.Delete(_folder);
}
