using AeI.Crm.Importing;
using AeI.Crm.Persistence;
using AeI.Crm.Web.Exports;
using AeI.Crm.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Pages.Importing;

/// <summary>Step 4: the run's progress while it runs, then its report (every row, its outcome and why), downloadable.</summary>
[Authorize(Policy = Policies.Import)]
public class RunModel(CrmDbContext db, CurrentUser me, ListExport export) : PageModel
{
    public const int PageSize = 100;

    public ImportRun Run { get; private set; } = null!;

    public string UserName { get; private set; } = "";

    public IReadOnlyList<ImportRowResult> Rows { get; private set; } = [];

    [FromQuery(Name = "show")]
    public RowOutcome? Show { get; set; }

    [FromQuery(Name = "p")]
    public int PageNumber { get; set; } = 1;

    public int PageCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var run = await ImportRuns.FindAsync(db, me, id, ct);
        if (run is null)
        {
            return NotFound();
        }

        if (run.Status == ImportStatus.Draft)
        {
            return Redirect(ImportRuns.PageOf(run));
        }

        Run = run;
        UserName = await db.Users.Where(u => u.Id == run.UserId).Select(u => u.FullName).FirstOrDefaultAsync(ct) ?? "";
        var rows = Results(id);
        PageCount = Math.Max(1, (await rows.CountAsync(ct) + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Rows = await rows.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return Page();
    }

    /// <summary>The progress bar's figures, polled while the run is queued or running.</summary>
    public async Task<IActionResult> OnGetProgressAsync(int id, CancellationToken ct)
    {
        var run = await ImportRuns.Visible(db, me).AsNoTracking().Where(r => r.Id == id)
            .Select(r => new { r.Status, r.TotalRows, r.ProcessedRows, r.Created, r.Merged, r.Skipped, r.Rejected })
            .FirstOrDefaultAsync(ct);
        if (run is null)
        {
            return NotFound();
        }

        return new JsonResult(new
        {
            status = run.Status.ToString(),
            label = ImportRuns.StatusLabel(run.Status),
            finished = run.Status is ImportStatus.Completed or ImportStatus.Failed or ImportStatus.Cancelled,
            total = run.TotalRows,
            processed = run.ProcessedRows,
            created = run.Created,
            merged = run.Merged,
            skipped = run.Skipped,
            rejected = run.Rejected,
        });
    }

    /// <summary>The report as a file: every row with its outcome and reason.</summary>
    public async Task<IActionResult> OnGetReportAsync(int id, string? format, CancellationToken ct)
    {
        // A run that is not there (or not this user's) is not there, whatever the format asked.
        if (await ImportRuns.FindAsync(db, me, id, ct) is not { } run)
        {
            return NotFound();
        }

        if (!TableFile.TryParse(format, out var tableFormat))
        {
            return BadRequest(ListExport.BadFormat);
        }

        var rows = Results(id);
        var isPeople = run.Kind == ImportKind.People;
        await export.WriteAsync(Response, tableFormat, $"importazione-{id}", ListExport.Describe(("run", id.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("outcome", Show?.ToString())), await rows.CountAsync(ct),
            ["Riga", "Esito", "Nome", "Motivo", isPeople ? "Scheda persona" : "Scheda azienda"],
            rows.AsNoTracking().AsAsyncEnumerable().Select(r => new object?[] { r.Line, ImportRuns.OutcomeLabel(r.Outcome), r.Label, r.Reason, isPeople ? r.CandidateId : r.CompanyId }),
            ct);
        return new EmptyResult();
    }

    private IQueryable<ImportRowResult> Results(int id)
    {
        var rows = db.ImportRowResults.AsNoTracking().Where(r => r.RunId == id);
        if (Show is { } show)
        {
            rows = rows.Where(r => r.Outcome == show);
        }

        return rows.OrderBy(r => r.Line);
    }
}
