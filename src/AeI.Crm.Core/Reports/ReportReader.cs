using System.Data.Common;
using AeI.Crm.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Reports;

/// <summary>
/// Reads many narrow rows for the funnels with a plain command on a pooled connection of its own to
/// the context's database (so that two reads can run side by side; SQLite in WAL mode lets readers
/// run together). The funnels read tens of thousands of rows from covering indexes; EF's
/// materialisation of them (dates parsed from text included) cost about three times the query itself
/// (bench/reports.sh). Query filters of the model do not apply here: each query writes its conditions out.
/// </summary>
internal static class ReportReader
{
    /// <summary>
    /// The connection string of the context's database. Take it on the request's thread, before any
    /// read runs beside the context: a DbContext must not be touched from two threads at once.
    /// </summary>
    public static string ConnectionStringOf(CrmDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.GetConnectionString() ?? throw new InvalidOperationException("The database has no connection string.");
    }

    public static async Task ReadAsync(string connectionString, string sql, IReadOnlyDictionary<string, object> parameters, Action<DbDataReader> row, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(row);
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            row(reader);
        }
    }

    /// <summary>A date column as stored (ISO text, "yyyy-MM-dd"), or null: ISO text compares like the dates.</summary>
    public static string? IsoDate(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
