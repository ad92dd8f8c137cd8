using AeI.Crm.Importing.Reading;
using AeI.Crm.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Importing;

/// <summary>
/// One kind of import: it loads what rows are checked against (existing records, keys of rows
/// imported before), plans each row in file order (a row created earlier in the file is a
/// duplicate for a later one), and applies a batch of planned rows to the context.
/// </summary>
public abstract class RowImport
{
    protected RowImport(ImportRun run, ColumnMapping mapping)
    {
        Run = run;
        Mapping = mapping;
        Choices = System.Text.Json.JsonSerializer.Deserialize<Dictionary<int, DuplicateAction>>(run.RowChoicesJson) ?? [];
    }

    protected ImportRun Run { get; }

    protected ColumnMapping Mapping { get; }

    /// <summary>The user's action for single rows (line → action).</summary>
    protected IReadOnlyDictionary<int, DuplicateAction> Choices { get; }

    public abstract Task LoadAsync(CrmDbContext db, CancellationToken ct);

    public abstract PlannedRow Plan(ImportLine line);

    /// <summary>Adds the rows' records to the context with their results (which hold the keys of imported rows).</summary>
    public abstract Task ApplyAsync(CrmDbContext db, IReadOnlyList<PlannedRow> rows, CancellationToken ct);

    /// <summary>Called once the batch is saved: new records' ids go to later rows.</summary>
    public virtual void AfterSave()
    {
    }

    /// <summary>The keys of the rows of this kind imported before.</summary>
    protected static async Task<List<string>> ImportedKeysAsync(CrmDbContext db, ImportKind kind, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.ImportRowResults.AsNoTracking()
            .Where(r => r.RowKey != null && db.ImportRuns.Any(run => run.Id == r.RunId && run.Kind == kind))
            .Select(r => r.RowKey!).ToListAsync(ct);
    }

    protected DuplicateAction ActionFor(int line, DuplicateAction fallback) => Choices.GetValueOrDefault(line, fallback);

    public static RowImport For(ImportRun run, ColumnMapping mapping, ImportContext context)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(context);
        return run.Kind switch
        {
            ImportKind.Companies => new Companies.CompanyImport(run, mapping, context),
            ImportKind.Activities => new Activities.ActivityImport(run, mapping, context),
            ImportKind.People => new People.PersonImport(run, mapping, context),
            _ => throw new NotSupportedException($"Imports of {run.Kind} are not supported."),
        };
    }
}

/// <summary>
/// What every import needs besides its rows: the comuni, the clock, who is importing, and whether
/// they may see sensitive fields (a people's import reads those columns only then).
/// </summary>
public sealed record ImportContext(MunicipalityLookup Comuni, DateTime NowUtc, DateOnly Today, string? AssignCompaniesTo, bool MaySeeSensitive = false);
