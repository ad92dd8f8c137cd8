using AeI.Crm.Audit;
using AeI.Crm.Web.Infrastructure;

namespace AeI.Crm.Web.Exports;

/// <summary>
/// A page's list downloaded as filtered: every row (not one page), CSV or .xlsx, streamed to the
/// response with Italian headers and neutralised cells (<see cref="TableFile"/>). The export is
/// logged first (who, which list, which filters, how many rows). What a list exports is what the
/// page shows to that user: the same query, scoped the same way, and the same columns.
/// </summary>
public sealed class ListExport(AuditTrail audit, TimeProvider clock)
{
    /// <summary>The Italian message for a format that is neither CSV nor .xlsx.</summary>
    public const string BadFormat = "Formato non valido: scegli «csv» o «xlsx».";

    /// <summary>Writes the list to the response.</summary>
    /// <param name="response">The response to write to.</param>
    /// <param name="format">CSV or .xlsx.</param>
    /// <param name="list">The list's name in the log and the file name ("aziende", "candidati"...).</param>
    /// <param name="filters">The filters applied, for the log.</param>
    /// <param name="rowCount">How many rows the filters select, for the log.</param>
    /// <param name="headers">Column headers, in Italian.</param>
    /// <param name="rows">The rows, read as they are written.</param>
    /// <param name="ct">Cancellation.</param>
    public async Task WriteAsync(HttpResponse response, TableFormat format, string list, string filters, int rowCount,
        IReadOnlyList<string> headers, IAsyncEnumerable<object?[]> rows, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(response);
        var extension = TableFile.Extension(format);
        await audit.RecordAsync(AuditActions.Export, $"{list}.{extension}", $"{filters}; rows={rowCount}", ct);
        response.ContentType = TableFile.ContentType(format);
        response.Headers.ContentDisposition = $"attachment; filename=\"{list}-{clock.Today():yyyy-MM-dd}.{extension}\"";
        var sheet = list.Length > 31 ? list[..31] : list;
        await TableFile.WriteAsync(response.Body, format, char.ToUpperInvariant(sheet[0]) + sheet[1..], headers, rows, ct);
    }

    /// <summary>The filters as "name=value" pairs for the log; "all" when none is set.</summary>
    public static string Describe(params (string Name, string? Value)[] filters) =>
        string.Join("; ", filters.Where(f => !string.IsNullOrEmpty(f.Value)).Select(f => f.Value == "true" ? f.Name : $"{f.Name}={f.Value}").DefaultIfEmpty("all"));
}
