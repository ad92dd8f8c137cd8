using System.Data.Common;
using AeI.Crm.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Reports;

/// <summary>
/// Reads many narrow rows for the funnels through the context's own connection with a plain command.
/// The funnels read tens of thousands of rows from covering indexes; EF's materialisation of them
/// (dates parsed from text included) cost about three times the query itself (bench/reports.sh).
/// Query filters of the model do not apply here: each query writes its conditions out.
/// </summary>
internal static class ReportReader
{
    public static async Task ReadAsync(CrmDbContext db, string sql, IReadOnlyDictionary<string, object> parameters, Action<DbDataReader> row, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
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
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>A date column as stored (ISO text, "yyyy-MM-dd"), or null: ISO text compares like the dates.</summary>
    public static string? IsoDate(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
