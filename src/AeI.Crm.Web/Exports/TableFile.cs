using System.Globalization;
using System.Text;
using CsvHelper;
using SpreadCheetah;

namespace AeI.Crm.Web.Exports;

/// <summary>The formats a table can be downloaded in.</summary>
public enum TableFormat
{
    Csv,
    Xlsx,
}

/// <summary>
/// Writes a table as CSV (UTF-8 with BOM, semicolons: what Excel in Italian opens directly) or as
/// .xlsx, row by row to the response: nothing is built in memory. Text is neutralised against
/// formula injection; numbers stay numbers.
/// </summary>
public static class TableFile
{
    public static bool TryParse(string? value, out TableFormat format)
    {
        format = value?.ToLowerInvariant() switch
        {
            "csv" => TableFormat.Csv,
            "xlsx" => TableFormat.Xlsx,
            _ => (TableFormat)(-1),
        };
        return Enum.IsDefined(format);
    }

    public static string ContentType(TableFormat format) => format == TableFormat.Csv
        ? "text/csv; charset=utf-8"
        : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static string Extension(TableFormat format) => format == TableFormat.Csv ? "csv" : "xlsx";

    /// <summary>Writes the header and the rows; a cell is a string, an int, a decimal, a date or null.</summary>
    public static async Task WriteAsync(Stream output, TableFormat format, string sheet, IReadOnlyList<string> headers, IAsyncEnumerable<object?[]> rows, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        if (format == TableFormat.Csv)
        {
            await WriteCsvAsync(output, headers, rows, ct);
        }
        else
        {
            await WriteXlsxAsync(output, sheet, headers, rows, ct);
        }
    }

    private static async Task WriteCsvAsync(Stream output, IReadOnlyList<string> headers, IAsyncEnumerable<object?[]> rows, CancellationToken ct)
    {
        var italian = CultureInfo.GetCultureInfo("it-IT");
        // The byte order mark tells Excel the file is UTF-8; written here, asynchronously, like every other byte.
        await output.WriteAsync(Encoding.UTF8.Preamble.ToArray(), ct);
        await using var csv = CsvWriter.Create(output, new CsvWriterOptions { Separator = ';', FormatProvider = italian }, leaveOpen: true);
        foreach (var header in headers)
        {
            csv.WriteField(SpreadsheetText.Neutralise(header));
        }

        await csv.EndRecordAsync(ct);
        await foreach (var row in rows.WithCancellation(ct))
        {
            foreach (var value in row)
            {
                csv.WriteField(value switch
                {
                    null => "",
                    string s => SpreadsheetText.Neutralise(s),
                    DateOnly d => d.ToString("dd/MM/yyyy", italian),
                    DateTime t => t.ToString("dd/MM/yyyy HH:mm", italian),
                    IFormattable f => f.ToString(null, italian),
                    _ => SpreadsheetText.Neutralise(value.ToString()),
                });
            }

            await csv.EndRecordAsync(ct);
        }

        await csv.FlushAsync(ct);
    }

    private static async Task WriteXlsxAsync(Stream output, string sheet, IReadOnlyList<string> headers, IAsyncEnumerable<object?[]> rows, CancellationToken ct)
    {
        // The .xlsx zip ends with a synchronous write (the archive's directory), which the response
        // refuses: the file goes to a temporary file, then to the response. Still nothing in memory.
        await using var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        await WriteXlsxFileAsync(file, sheet, headers, rows, ct);
        file.Position = 0;
        await file.CopyToAsync(output, ct);
    }

    private static async Task WriteXlsxFileAsync(Stream output, string sheet, IReadOnlyList<string> headers, IAsyncEnumerable<object?[]> rows, CancellationToken ct)
    {
        await using var spreadsheet = await Spreadsheet.CreateNewAsync(output, cancellationToken: ct);
        await spreadsheet.StartWorksheetAsync(sheet, token: ct);
        var dateStyle = spreadsheet.AddStyle(new SpreadCheetah.Styling.Style { Format = SpreadCheetah.Styling.NumberFormat.Custom("dd/mm/yyyy") });
        var timeStyle = spreadsheet.AddStyle(new SpreadCheetah.Styling.Style { Format = SpreadCheetah.Styling.NumberFormat.Custom("dd/mm/yyyy hh:mm") });
        await spreadsheet.AddRowAsync(headers.Select(h => new DataCell(SpreadsheetText.Neutralise(h))).ToArray(), ct);
        await foreach (var row in rows.WithCancellation(ct))
        {
            var cells = row.Select(value => value switch
            {
                null => new Cell(),
                string s => new Cell(SpreadsheetText.Neutralise(s)),
                int i => new Cell(i),
                long l => new Cell(l),
                decimal m => new Cell(m),
                double d => new Cell(d),
                bool b => new Cell(b),
                DateOnly d => new Cell(d.ToDateTime(TimeOnly.MinValue), dateStyle),
                DateTime t => new Cell(t, timeStyle),
                _ => new Cell(SpreadsheetText.Neutralise(Convert.ToString(value, CultureInfo.InvariantCulture))),
            }).ToArray();
            await spreadsheet.AddRowAsync(cells, ct);
        }

        await spreadsheet.FinishAsync(ct);
    }
}
