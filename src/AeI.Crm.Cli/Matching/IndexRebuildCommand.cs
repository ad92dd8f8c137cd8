using AeI.Crm.Matching;
using AeI.Crm.Matching.Indexing;
using AeI.Crm.Persistence;

namespace AeI.Crm.Cli.Matching;

/// <summary>
/// index-rebuild [--data FOLDER]: rebuilds the search indexes of an installation (people, and open
/// positions for "Trova offerte") from its database (the app does the same on start when the index is missing, unreadable or half-built).
/// Reads the same settings as the app (<c>Storage:*</c>), so it rebuilds the files the app uses.
/// Run it with the app stopped: an index allows one writer.
/// </summary>
public static class IndexRebuildCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var storage = CliSettings.Storage(args);
        if (!File.Exists(storage.DatabasePath))
        {
            Console.Error.WriteLine($"No database at {storage.DatabasePath}: pass the app's data folder with --data (e.g. src/AeI.Crm.Web/data) or set Storage__DataFolder.");
            return 2;
        }

        await using var db = new CrmDbContext(CrmDatabase.Options(storage));
        using var context = new MatchingContext(storage.LocalSynonymsPath);
        using var index = new CandidateIndex(storage.IndexPath, context);
        var started = DateTime.UtcNow;
        var count = await IndexSynchronizer.RebuildAsync(db, index, CancellationToken.None);
        Console.WriteLine($"Indexed {count} people in {(DateTime.UtcNow - started).TotalSeconds:0.0} s into {index.Folder} (cursor {index.Cursor})");
        using var positions = new VacancyIndex(storage.VacancyIndexPath, context);
        started = DateTime.UtcNow;
        count = await IndexSynchronizer.RebuildAsync(db, positions, CancellationToken.None);
        Console.WriteLine($"Indexed {count} open positions in {(DateTime.UtcNow - started).TotalSeconds:0.0} s into {positions.Folder} (cursor {positions.Cursor})");
        return 0;
    }
}
