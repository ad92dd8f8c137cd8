using AeI.Crm.Importing.Reading;
using AeI.Crm.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace AeI.Crm.Importing;

/// <summary>A run's rows planned without saving: what the preview shows.</summary>
public sealed record ImportPreview(IReadOnlyList<PlannedRow> Rows)
{
    public int Count(RowOutcome outcome) => Rows.Count(r => r.Outcome == outcome);
}

/// <summary>
/// Plans (preview) and runs an import. A run commits in batches: each batch's records, their rows'
/// results and keys and the run's progress in one transaction, so a run stopped at any moment
/// (the process killed) leaves whole rows only and resumes after its last batch. A batch that
/// fails to save is done again row by row, and a row that still fails is rejected with the reason:
/// one bad row never stops the others.
/// </summary>
public sealed class ImportRunner(CrmDbContext db, ImportFileStore files, TimeProvider clock, ILogger<ImportRunner> log)
{
    public const int BatchSize = 500;

    /// <summary>Rows after the header, in file order.</summary>
    public static IReadOnlyList<ImportLine> DataLines(ImportTable table, int headerLine)
    {
        ArgumentNullException.ThrowIfNull(table);
        return table.Lines.Where(l => l.Line > headerLine && !l.IsEmpty).ToList();
    }

    public async Task<ImportPreview> PreviewAsync(ImportRun run, ImportTable table, ImportContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(run);
        var import = RowImport.For(run, ColumnMapping.FromJson(run.MappingJson), context);
        await import.LoadAsync(db, ct);
        // The preview keeps what it shows, not each row's work (a file of 50,000 rows stays small).
        return new ImportPreview(DataLines(table, run.HeaderLine).Select(line => import.Plan(line).Shown()).ToList());
    }

    /// <summary>Runs (or resumes) a confirmed run; does nothing for a draft or a finished one.</summary>
    public async Task RunAsync(int runId, ImportContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var run = await db.ImportRuns.SingleOrDefaultAsync(r => r.Id == runId, ct);
        if (run is null || run.Status is not (ImportStatus.Queued or ImportStatus.Running))
        {
            return;
        }

        run.Status = ImportStatus.Running;
        run.StartedAtUtc ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);

        var content = await files.ReadAsync(run.Id, ct);
        if (content is null)
        {
            await FinishAsync(run, ImportStatus.Failed, "Il file caricato non è più disponibile: caricalo di nuovo. Le righe già importate non saranno ripetute.", ct);
            return;
        }

        var lines = DataLines(ImportFileReader.Read(content, run.FileName, int.MaxValue), run.HeaderLine);
        var import = RowImport.For(run, ColumnMapping.FromJson(run.MappingJson), context);
        await import.LoadAsync(db, ct);
        log.LogInformation("Import {Run} ({Kind}, {File}) runs from row {From} of {Total}", run.Id, run.Kind, run.FileName, run.ProcessedRows, lines.Count);
        while (run.ProcessedRows < lines.Count)
        {
            ct.ThrowIfCancellationRequested();
            var batch = lines.Skip(run.ProcessedRows).Take(BatchSize).ToList();
            if (!await TryBatchAsync(run, import, batch, ct))
            {
                // Something in the batch did not save: the batch again, one row per transaction.
                await import.LoadAsync(db, ct);
                foreach (var line in batch)
                {
                    if (!await TryBatchAsync(run, import, [line], ct))
                    {
                        await RejectAsync(run, line, ct);
                        await import.LoadAsync(db, ct);
                    }
                }
            }
        }

        await FinishAsync(run, ImportStatus.Completed, null, ct);
        files.Delete(run.Id);
        log.LogInformation("Import {Run} completed: {Created} created, {Merged} merged, {Skipped} skipped, {Rejected} rejected", run.Id, run.Created, run.Merged, run.Skipped, run.Rejected);
    }

    private async Task<bool> TryBatchAsync(ImportRun run, RowImport import, List<ImportLine> batch, CancellationToken ct)
    {
        var counts = (run.Created, run.Merged, run.Skipped, run.Rejected, run.ProcessedRows);
        // Thousands of new entries: changes are detected once, before saving, not at every look at the tracker.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var planned = batch.Select(import.Plan).ToList();
            await import.ApplyAsync(db, planned, ct);
            foreach (var row in planned)
            {
                run.Count(row.Outcome);
            }

            run.ProcessedRows += batch.Count;
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(ct);
            import.AfterSave();
            await transaction.CommitAsync(ct);
            return true;
        }
        catch (DbUpdateException e)
        {
            log.LogWarning(e, "Import {Run}: a batch of {Count} rows from line {Line} did not save", run.Id, batch.Count, batch[0].Line);
            await transaction.RollbackAsync(ct);
            (run.Created, run.Merged, run.Skipped, run.Rejected, run.ProcessedRows) = counts;
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = true;
            db.Attach(run);
        }
    }

    private async Task RejectAsync(ImportRun run, ImportLine line, CancellationToken ct)
    {
        db.ImportRowResults.Add(new ImportRowResult
        {
            RunId = run.Id, Line = line.Line, Outcome = RowOutcome.Rejected, Label = $"(riga {line.Line})",
            Reason = "La riga non si è potuta salvare (un dato in conflitto con quelli nel CRM, ad esempio una partita IVA aggiunta nel frattempo): controllala e importala di nuovo.",
        });
        run.Count(RowOutcome.Rejected);
        run.ProcessedRows++;
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        db.Attach(run);
    }

    private async Task FinishAsync(ImportRun run, ImportStatus status, string? error, CancellationToken ct)
    {
        run.Status = status;
        run.Error = error;
        run.FinishedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
    }
}
