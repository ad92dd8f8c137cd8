using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AeI.Crm.Persistence;

/// <summary>
/// WAL journal (readers never wait for the writer) and a busy timeout (a writer waits for
/// another writer instead of failing at once), set on every connection EF Core opens. The journal
/// mode is a property of the database file: it is set once per file and process, not on every open
/// (it takes a lock, and EF opens a connection for each query: it was a measurable share of every page).
/// </summary>
public sealed class SqliteConnectionTuning(int busyTimeoutMs) : DbConnectionInterceptor
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> WalFiles = new(StringComparer.Ordinal);

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        Apply(connection);
    }

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        var wal = WalFiles.ContainsKey(connection.DataSource) ? "" : "PRAGMA journal_mode=WAL; ";
        command.CommandText = $"{wal}PRAGMA busy_timeout={busyTimeoutMs}; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;";
        command.ExecuteNonQuery();
        if (wal.Length > 0)
        {
            WalFiles.TryAdd(connection.DataSource, true);
        }
    }
}
