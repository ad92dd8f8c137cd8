using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Persistence;

/// <summary>
/// The one place that chooses and tunes the database provider, for the app, the CLI and the tests
/// alike. SQLite is the embedded default; another provider plugs in here.
/// </summary>
public static class CrmDatabase
{
    public static DbContextOptionsBuilder UseCrmDatabase(this DbContextOptionsBuilder options, StorageOptions storage)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(storage);
        return options
            .UseSqlite($"Data Source={storage.DatabasePath};Pooling=True")
            .AddInterceptors(new SqliteConnectionTuning(storage.BusyTimeoutMs));
    }

    /// <summary>Options for a context made by hand (CLI commands, tools).</summary>
    public static DbContextOptions<CrmDbContext> Options(StorageOptions storage) =>
        (DbContextOptions<CrmDbContext>)new DbContextOptionsBuilder<CrmDbContext>().UseCrmDatabase(storage).Options;
}
