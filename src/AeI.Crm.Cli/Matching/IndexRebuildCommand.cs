using AeI.Crm.Matching;
using AeI.Crm.Matching.Indexing;
using AeI.Crm.Matching.Model;
using AeI.Crm.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Cli.Matching;

/// <summary>
/// index-rebuild [--data FOLDER]: rebuilds the candidate search index of an installation from its
/// database (the app does the same on start when the index is missing or unreadable). Run it with
/// the app stopped: the index allows one writer.
/// </summary>
public static class IndexRebuildCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var at = Array.IndexOf(args, "--data");
        var data = Path.GetFullPath(at >= 0 && at + 1 < args.Length ? args[at + 1] : "data");
        var database = Path.Combine(data, "aei-crm.db");
        if (!File.Exists(database))
        {
            Console.Error.WriteLine($"No database at {database}: pass the app's data folder with --data (e.g. src/AeI.Crm.Web/data).");
            return 2;
        }

        var options = new DbContextOptionsBuilder<CrmDbContext>().UseSqlite($"Data Source={database}").AddInterceptors(new SqliteConnectionTuning(5000)).Options;
        await using var db = new CrmDbContext(options);
        var people = await db.Candidates.AsNoTracking().Include(c => c.Caseload)
            .Where(EntityDocuments.Searchable)
            .ToListAsync();
        using var context = new MatchingContext(Path.Combine(data, "synonyms-local.txt"));
        using var index = new CandidateIndex(Path.Combine(data, "index", "candidates"), context);
        var started = DateTime.UtcNow;
        var count = index.Rebuild(people.Select(c => EntityDocuments.From(c, c.Caseload!.Code)).ToList());
        Console.WriteLine($"Indexed {count} people in {(DateTime.UtcNow - started).TotalSeconds:0.0} s into {index.Folder}");
        return 0;
    }
}
