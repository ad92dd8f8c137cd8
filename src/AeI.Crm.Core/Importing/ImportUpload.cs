using System.Globalization;
using System.Text.Json;
using AeI.Crm.Importing.Reading;
using AeI.Crm.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Importing;

/// <summary>
/// An uploaded file becomes a draft run: checked for size, read, its header found and its columns
/// mapped (as this user mapped the same headers last time, else guessed), stored until the run ends.
/// </summary>
public static class ImportUpload
{
    public static async Task<ImportRun> CreateAsync(CrmDbContext db, ImportFileStore files, ImportOptions options, string userId, ImportKind kind, int? caseloadId, string fileName, byte[] content, DateTime nowUtc, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(content);
        if ((kind == ImportKind.People) != caseloadId.HasValue)
        {
            throw new ArgumentException("A people's import goes into one caseload; other imports into none.", nameof(caseloadId));
        }

        if (content.Length > options.MaxBytes)
        {
            throw new ImportFileException(TooLarge(options));
        }

        var table = ImportFileReader.Read(content, fileName, options.MaxRows);
        var (headerIndex, mapping) = ColumnMapping.Guess(table.Lines, kind, await RememberedAsync(db, userId, kind, ct));
        var header = table.Lines.Count > 0 ? table.Lines[headerIndex] : new ImportLine(1, []);
        var run = new ImportRun
        {
            Kind = kind,
            CaseloadId = caseloadId,
            UserId = userId,
            CreatedAtUtc = nowUtc,
            FileName = Path.GetFileName(fileName).Length > 255 ? Path.GetFileName(fileName)[..255] : Path.GetFileName(fileName),
            FileSha256 = RowKey.FileFingerprint(content),
            FileBytes = content.Length,
            FileDescription = table.Description,
            HeaderLine = header.Line,
            HeadersJson = JsonSerializer.Serialize(header.Cells.Select((h, i) => string.IsNullOrWhiteSpace(h) ? $"Colonna {i + 1}" : h.Trim()).ToArray()),
            MappingJson = mapping.ToJson(),
            TotalRows = ImportRunner.DataLines(table, header.Line).Count,
        };
        if (run.TotalRows == 0)
        {
            throw new ImportFileException("Il file non ha righe da importare sotto l'intestazione.");
        }

        db.ImportRuns.Add(run);
        await db.SaveChangesAsync(ct);
        await files.SaveAsync(run.Id, content, ct);
        return run;
    }

    public static string TooLarge(ImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return $"Il file supera {(options.MaxBytes / 1024d / 1024d).ToString("0.#", CultureInfo.GetCultureInfo("it-IT"))} MB: dividilo in più file.";
    }

    /// <summary>The header → field choices of this user's latest confirmed run of the kind.</summary>
    private static async Task<Dictionary<string, string>> RememberedAsync(CrmDbContext db, string userId, ImportKind kind, CancellationToken ct)
    {
        var last = await db.ImportRuns.AsNoTracking()
            .Where(r => r.UserId == userId && r.Kind == kind && r.Status != ImportStatus.Draft && r.Status != ImportStatus.Cancelled)
            .OrderByDescending(r => r.Id).Select(r => new { r.HeadersJson, r.MappingJson }).FirstOrDefaultAsync(ct);
        if (last is null)
        {
            return [];
        }

        var headers = JsonSerializer.Deserialize<string[]>(last.HeadersJson) ?? [];
        var remembered = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (field, column) in ColumnMapping.FromJson(last.MappingJson).Columns)
        {
            if (column < headers.Length)
            {
                remembered.TryAdd(ImportField.Normalise(headers[column]), field);
            }
        }

        return remembered;
    }
}
