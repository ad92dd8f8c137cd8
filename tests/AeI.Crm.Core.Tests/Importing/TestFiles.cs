using System.Globalization;
using System.Text;
using AeI.Crm.Companies;
using SpreadCheetah;

namespace AeI.Crm.Core.Tests.Importing;

/// <summary>Small import files made by the tests: CSV in a chosen encoding and separator, .xlsx with merged cells.</summary>
internal static class TestFiles
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    /// <summary>A valid VAT number made from a ten-digit start.</summary>
    public static string Vat(long start) =>
        start.ToString("D10", CultureInfo.InvariantCulture) + PartitaIva.ComputeCheckDigit(start.ToString("D10", CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture);

    public static byte[] Csv(string text, string encoding = "utf-8-bom") => encoding switch
    {
        "utf-8-bom" => [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)],
        "utf-8" => Encoding.UTF8.GetBytes(text),
        "windows-1252" => Windows1252.GetBytes(text),
        _ => throw new ArgumentOutOfRangeException(nameof(encoding)),
    };

    /// <summary>Rows of cells; <paramref name="merge"/> ranges like "A1:D1".</summary>
    public static async Task<byte[]> XlsxAsync(IEnumerable<object?[]> rows, params string[] merge)
    {
        using var stream = new MemoryStream();
        await using (var spreadsheet = await Spreadsheet.CreateNewAsync(stream))
        {
            await spreadsheet.StartWorksheetAsync("Aziende");
            foreach (var row in rows)
            {
                await spreadsheet.AddRowAsync(row.Select(v => v switch
                {
                    null => new Cell(),
                    string s => new Cell(s),
                    int i => new Cell(i),
                    long l => new Cell(l),
                    double d => new Cell(d),
                    DateTime t => new Cell(t),
                    _ => new Cell(v.ToString()),
                }).ToArray());
            }

            foreach (var range in merge)
            {
                spreadsheet.MergeCells(range);
            }

            await spreadsheet.FinishAsync();
        }

        return stream.ToArray();
    }
}
