using AeI.Crm.Persistence;

namespace AeI.Crm.Importing;

/// <summary>A row read and checked: its line and its key.</summary>
public interface IReadRow
{
    int Line { get; }

    string Key { get; }
}

/// <summary>
/// A record rows are checked against: one in the CRM (<see cref="Id"/>), or one created by an earlier
/// row of the file (<see cref="Pending"/> until its batch is saved, then its id).
/// </summary>
public class KnownRecord<TRecord>
    where TRecord : class
{
    public int Id { get; set; }

    public TRecord? Pending { get; set; }

    public int? CreatedAtLine { get; init; }
}

/// <summary>
/// A kind of import whose rows create records or merge into records already there (companies,
/// people): the batch is applied the same way for both; each kind says how a record is made, what a
/// merge fills and where a row's result points.
/// </summary>
public abstract class RecordImport<TRow, TRecord>(ImportRun run, ColumnMapping mapping) : RowImport(run, mapping)
    where TRow : class, IReadRow
    where TRecord : class
{
    private readonly List<(TRecord Record, KnownRecord<TRecord> Known)> _created = [];

    private sealed record RowWork(TRow Row, KnownRecord<TRecord> Known);

    /// <summary>Keys of the rows imported before (and in this run): such a row is skipped.</summary>
    protected HashSet<string> ImportedKeys { get; } = new(StringComparer.Ordinal);

    /// <summary>The work a created or merged row carries to <see cref="ApplyAsync"/>.</summary>
    protected static object WorkFor(TRow row, KnownRecord<TRecord> known) => new RowWork(row, known);

    public override async Task ApplyAsync(CrmDbContext db, IReadOnlyList<PlannedRow> rows, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        _created.Clear();
        var targets = rows.Where(r => r.Outcome == RowOutcome.Merged).Select(r => r.Work).OfType<RowWork>().Select(w => w.Known.Id).Where(id => id > 0).Distinct().ToList();
        var existing = await ForMergeAsync(db, targets, ct);
        foreach (var planned in rows)
        {
            var result = new ImportRowResult { RunId = Run.Id, Line = planned.Line, Outcome = planned.Outcome, Label = planned.Label.Length > 200 ? planned.Label[..200] : planned.Label, Reason = planned.Reason };
            db.ImportRowResults.Add(result);
            if (planned.Work is not RowWork work)
            {
                PointTo(result, null, planned.ExistingId is > 0 ? planned.ExistingId : null);
                continue;
            }

            TRecord record;
            if (planned.Outcome == RowOutcome.Created)
            {
                record = Create(db, work.Row);
                work.Known.Pending = record;
                _created.Add((record, work.Known));
            }
            else
            {
                record = work.Known.Pending ?? existing[work.Known.Id];
                var filled = Fill(record, work.Row);
                result.Reason = (result.Reason + " " + (filled.Count > 0 ? "Aggiunti: " + string.Join(", ", filled) + "." : "Nessun dato nuovo.")).Trim();
            }

            PointTo(result, record, null);
            result.RowKey = work.Row.Key;
            ImportedKeys.Add(work.Row.Key);
        }
    }

    public override void AfterSave()
    {
        foreach (var (record, known) in _created)
        {
            known.Id = IdOf(record);
            known.Pending = null;
        }
    }

    /// <summary>The records in the CRM the batch merges into, tracked, by id.</summary>
    protected abstract Task<Dictionary<int, TRecord>> ForMergeAsync(CrmDbContext db, List<int> ids, CancellationToken ct);

    /// <summary>A new record from the row, added to the context.</summary>
    protected abstract TRecord Create(CrmDbContext db, TRow row);

    /// <summary>Fills what the record lacks from the row; returns the Italian names of what was added.</summary>
    protected abstract List<string> Fill(TRecord record, TRow row);

    /// <summary>Points the row's result at the record created or merged, or at the one it was like (skipped).</summary>
    protected abstract void PointTo(ImportRowResult result, TRecord? record, int? existingId);

    protected abstract int IdOf(TRecord record);
}
