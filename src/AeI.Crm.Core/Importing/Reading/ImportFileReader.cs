using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Unicode;
using System.Xml;
using CsvHelper;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace AeI.Crm.Importing.Reading;

/// <summary>
/// Reads an uploaded file as rows of text: CSV in any usual separator (detected), UTF-8 with or
/// without BOM or Windows-1252 (what Excel in Italian saves as "CSV"), quoted fields with line
/// breaks; or the first sheet of an .xlsx, with merged cells filled in and dates in Italian form.
/// </summary>
public static class ImportFileReader
{
    private static readonly CultureInfo Italian = CultureInfo.GetCultureInfo("it-IT");

    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? throw new InvalidOperationException("Windows-1252 is missing from the code pages.");

    /// <summary>Lines above the data (titles, the header) that do not count against the limit.</summary>
    private const int HeaderAllowance = 10;

    public static ImportTable Read(byte[] content, string fileName, int maxRows)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0)
        {
            throw new ImportFileException("Il file è vuoto.");
        }

        if (content.AsSpan().StartsWith("PK\u0003\u0004"u8))
        {
            return ReadXlsx(content, maxRows);
        }

        if (content.AsSpan().StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0 }))
        {
            throw new ImportFileException("I file .xls (Excel 97-2003) non sono supportati: in Excel usa «Salva con nome» e scegli «Cartella di lavoro di Excel (.xlsx)» o «CSV».");
        }

        if (fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            throw new ImportFileException("Il file ha estensione .xlsx ma non è un file Excel valido.");
        }

        return ReadCsv(content, maxRows);
    }

    private static ImportTable ReadCsv(byte[] content, int maxRows)
    {
        if (content.AsSpan(0, Math.Min(content.Length, 8192)).Contains((byte)0) && !HasUtf16Bom(content))
        {
            throw new ImportFileException("Il file non sembra un CSV né un file Excel (.xlsx): contiene dati binari.");
        }

        string encodingName;
        CsvReader reader;
        var options = new CsvReaderOptions
        {
            HasHeader = false,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            DetectSeparatorHint = true,
            MalformedData = CsvMalformedDataHandling.Recover,
            MaxRecordSize = 1 << 20,
        };
        if (HasUtf16Bom(content))
        {
            encodingName = "UTF-16";
            reader = CsvReader.Create(new MemoryStream(content), options);
        }
        else if (Utf8.IsValid(content))
        {
            encodingName = content.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? "UTF-8 con BOM" : "UTF-8";
            reader = CsvReader.Create(content, options);
        }
        else
        {
            // Not UTF-8: Excel's "CSV" in an Italian Windows is Windows-1252 (àèéìòù, €).
            encodingName = "Windows-1252";
            reader = CsvReader.FromText(Windows1252.GetString(content), options);
        }

        using (reader)
        {
            var lines = new List<ImportLine>();
            try
            {
                while (reader.Read())
                {
                    if (lines.Count > maxRows + (long)HeaderAllowance)
                    {
                        throw TooManyRows(maxRows);
                    }

                    var cells = new string[reader.FieldCount];
                    for (var i = 0; i < cells.Length; i++)
                    {
                        cells[i] = reader.GetString(i);
                    }

                    lines.Add(new ImportLine((int)reader.LineNumber, cells));
                }
            }
            catch (CsvFormatException e)
            {
                throw new ImportFileException($"Il file CSV non si legge oltre la riga {reader.LineNumber}: {e.Message}");
            }

            var separator = reader.Separator.ToString() switch
            {
                "\t" => "tabulazione",
                var s => $"«{s}»",
            };
            return new ImportTable($"CSV, separatore {separator}, {encodingName}", lines);
        }
    }

    private static bool HasUtf16Bom(byte[] content) =>
        content.Length >= 2 && ((content[0] == 0xFF && content[1] == 0xFE) || (content[0] == 0xFE && content[1] == 0xFF));

    private static ImportFileException TooManyRows(int maxRows) =>
        new($"Il file ha più di {maxRows.ToString("N0", Italian)} righe: dividilo in più file.");

    private static ImportTable ReadXlsx(byte[] content, int maxRows)
    {
        IReadOnlyList<CellRange> merged;
        try
        {
            merged = MergedRanges(content);
        }
        catch (Exception e) when (e is InvalidDataException or XmlException)
        {
            throw new ImportFileException("Il file Excel è danneggiato o non è un .xlsx.");
        }

        var lines = new List<ImportLine>();
        try
        {
            var rowNumber = 0;
            // Merged cells are filled below, from the sheet's own list: MiniExcel's filling needs
            // cell references that not every writer puts in the file.
            foreach (IDictionary<string, object?> row in MiniExcel.Query(new MemoryStream(content), useHeaderRow: false, excelType: ExcelType.XLSX, configuration: new OpenXmlConfiguration { FillMergedCells = false }))
            {
                rowNumber++;
                if (lines.Count > maxRows + (long)HeaderAllowance)
                {
                    throw TooManyRows(maxRows);
                }

                var cells = row.Values.Select(CellText).ToArray();
                var line = new ImportLine(rowNumber, cells);
                if (!line.IsEmpty || merged.Any(m => m.FirstRow <= rowNumber && rowNumber <= m.LastRow))
                {
                    lines.Add(line);
                }
            }
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or InvalidOperationException or KeyNotFoundException or FormatException)
        {
            throw new ImportFileException("Il file Excel non si legge: salvalo di nuovo da Excel come .xlsx, oppure come CSV.");
        }

        Fill(lines, merged);
        lines.RemoveAll(l => l.IsEmpty);
        return new ImportTable("Excel (.xlsx), primo foglio", lines);
    }

    private static string CellText(object? value) => value switch
    {
        null => "",
        string s => s,
        DateTime d when d.TimeOfDay == TimeSpan.Zero => d.ToString("dd/MM/yyyy", Italian),
        DateTime d => d.ToString("dd/MM/yyyy HH:mm", Italian),
        double n when n == Math.Floor(n) && Math.Abs(n) < 1e15 => n.ToString("0", CultureInfo.InvariantCulture),
        double n => n.ToString(Italian),
        bool b => b ? "sì" : "no",
        IFormattable f => f.ToString(null, Italian),
        _ => value.ToString() ?? "",
    };

    private static void Fill(List<ImportLine> lines, IReadOnlyList<CellRange> ranges)
    {
        if (ranges.Count == 0)
        {
            return;
        }

        var byNumber = lines.ToDictionary(l => l.Line);
        foreach (var range in ranges)
        {
            if (!byNumber.TryGetValue(range.FirstRow, out var first) || range.FirstColumn >= first.Cells.Length)
            {
                continue;
            }

            var value = first.Cells[range.FirstColumn];
            for (var r = range.FirstRow; r <= range.LastRow; r++)
            {
                if (!byNumber.TryGetValue(r, out var line))
                {
                    continue;
                }

                for (var c = range.FirstColumn; c <= range.LastColumn && c < line.Cells.Length; c++)
                {
                    line.Cells[c] = value;
                }
            }
        }
    }

    private sealed record CellRange(int FirstRow, int FirstColumn, int LastRow, int LastColumn);

    /// <summary>The merged ranges of the first sheet, read from its XML (the list follows the rows).</summary>
    private static List<CellRange> MergedRanges(byte[] content)
    {
        using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
        var sheet = FirstSheetPath(zip);
        var entry = sheet is null ? null : zip.GetEntry(sheet);
        var ranges = new List<CellRange>();
        if (entry is null)
        {
            return ranges;
        }

        using var stream = entry.Open();
        using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreWhitespace = true });
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "mergeCell" && xml.GetAttribute("ref") is { } reference && Parse(reference) is { } range)
            {
                ranges.Add(range);
            }
        }

        return ranges;
    }

    private static string? FirstSheetPath(ZipArchive zip)
    {
        string? relationId = null;
        if (zip.GetEntry("xl/workbook.xml") is { } workbook)
        {
            using var xml = XmlReader.Create(workbook.Open(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            while (xml.Read())
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "sheet")
                {
                    relationId = xml.GetAttribute("id", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
                    break;
                }
            }
        }

        if (relationId is not null && zip.GetEntry("xl/_rels/workbook.xml.rels") is { } rels)
        {
            using var xml = XmlReader.Create(rels.Open(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            while (xml.Read())
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "Relationship" && xml.GetAttribute("Id") == relationId && xml.GetAttribute("Target") is { } target)
                {
                    return target.StartsWith('/') ? target.TrimStart('/') : "xl/" + target;
                }
            }
        }

        return "xl/worksheets/sheet1.xml";
    }

    private static CellRange? Parse(string reference)
    {
        var parts = reference.Split(':');
        if (parts.Length != 2 || Cell(parts[0]) is not { } from || Cell(parts[1]) is not { } to)
        {
            return null;
        }

        return new CellRange(from.Row, from.Column, to.Row, to.Column);
    }

    private static (int Row, int Column)? Cell(string reference)
    {
        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
        }

        return i > 0 && int.TryParse(reference.AsSpan(i), NumberStyles.None, CultureInfo.InvariantCulture, out var row) ? (row, column - 1) : null;
    }
}
