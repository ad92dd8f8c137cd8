using System.Globalization;
using AeI.Crm.Persistence;

namespace AeI.Crm.Cli.Benchmarks;

/// <summary>demo-scale --data FOLDER [--scale 10]: the demo, multiplied, in an empty data folder (for page benchmarks at 10×).</summary>
public static class DemoScaleCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var at = Array.IndexOf(args, "--data");
        var scaleAt = Array.IndexOf(args, "--scale");
        var scale = scaleAt >= 0 && scaleAt + 1 < args.Length && int.TryParse(args[scaleAt + 1], CultureInfo.InvariantCulture, out var s) ? s : 10;
        if (at < 0 || at + 1 >= args.Length || scale is < 1 or > 100)
        {
            Console.Error.WriteLine("Usage: demo-scale --data FOLDER [--scale 10] (scale from 1 to 100)");
            return 2;
        }

        var storage = new StorageOptions { DataFolder = Path.GetFullPath(args[at + 1]) };
        if (File.Exists(storage.DatabasePath))
        {
            Console.Error.WriteLine($"{storage.DatabasePath} exists: demo-scale fills an empty data folder only.");
            return 2;
        }

        DataFolder.Prepare(storage);
        var started = TimeProvider.System.GetTimestamp();
        await FollowUpsBenchmark.SeedDemoAsync(storage);
        await FollowUpsBenchmark.MultiplyAsync(storage.DatabasePath, scale);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Console.WriteLine($"Demo ×{scale} in {storage.DatabasePath} ({TimeProvider.System.GetElapsedTime(started).TotalSeconds:0.0} s).");
        return 0;
    }
}
