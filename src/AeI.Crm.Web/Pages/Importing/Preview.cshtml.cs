using System.Text.Json;
using AeI.Crm.Importing;
using AeI.Crm.Importing.Reading;
using AeI.Crm.Notifications.Scheduling;
using AeI.Crm.Persistence;
using AeI.Crm.Web.Importing;
using AeI.Crm.Web.Infrastructure;
using Hangfire;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Pages.Importing;

/// <summary>
/// Step 3: every row checked against the CRM as it is now, with what will happen to it and why.
/// The user decides what to do with possible duplicates (for all of them, or row by row), then
/// confirms: the run goes to the background job.
/// </summary>
[Authorize(Policy = Policies.Import)]
public class PreviewModel(CrmDbContext db, CurrentUser me, ImportFileStore files, ImportRunner runner, IBackgroundJobClient jobs, TimeProvider clock, ILogger<PreviewModel> log) : PageModel
{
    public const int PageSize = 100;

    public ImportRun Run { get; private set; } = null!;

    public ImportPreview Preview { get; private set; } = new([]);

    public IReadOnlyList<PlannedRow> Shown { get; private set; } = [];

    /// <summary>An earlier import of the same file: when and by whom.</summary>
    public (DateTime AtUtc, string By)? SameFile { get; private set; }

    [FromQuery(Name = "show")]
    public RowOutcome? Show { get; set; }

    [FromQuery(Name = "p")]
    public int PageNumber { get; set; } = 1;

    public int PageCount { get; private set; }

    [BindProperty]
    public DuplicateAction SameVat { get; set; }

    [BindProperty]
    public DuplicateAction SimilarName { get; set; }

    /// <summary>Line → action, for the rows on the page.</summary>
    [BindProperty]
    public Dictionary<int, DuplicateAction> Choice { get; set; } = [];

    public IReadOnlyDictionary<int, DuplicateAction> Choices { get; private set; } = new Dictionary<int, DuplicateAction>();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } problem)
        {
            return problem;
        }

        SameVat = Run.SameVat;
        SimilarName = Run.SimilarName;
        return Page();
    }

    /// <summary>Saves the choices and shows the preview again.</summary>
    public async Task<IActionResult> OnPostUpdateAsync(int id, CancellationToken ct)
    {
        if (await SaveChoicesAsync(id, ct) is { } problem)
        {
            return problem;
        }

        return Redirect($"/Imports/Preview/{id}{Query()}");
    }

    public async Task<IActionResult> OnPostConfirmAsync(int id, CancellationToken ct)
    {
        if (await SaveChoicesAsync(id, ct) is { } problem)
        {
            return problem;
        }

        Run.Status = ImportStatus.Queued;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Confirmed twice (a double click, two tabs): the first one runs.
            return Redirect($"/Imports/Run/{id}");
        }

        jobs.Enqueue<ImportJobs>(j => j.RunAsync(id, CancellationToken.None));
        log.LogInformation("User {User} confirmed import {Run} ({Rows} rows)", me.Id, id, Run.TotalRows);
        return Redirect($"/Imports/Run/{id}");
    }

    public async Task<IActionResult> OnPostCancelAsync(int id, CancellationToken ct)
    {
        var run = await ImportRuns.FindAsync(db, me, id, ct);
        if (run is null)
        {
            return NotFound();
        }

        if (run.Status == ImportStatus.Draft)
        {
            run.Status = ImportStatus.Cancelled;
            await db.SaveChangesAsync(ct);
            files.Delete(id);
            TempData["Message"] = "Importazione annullata: il file caricato è stato eliminato.";
        }

        return Redirect("/Imports");
    }

    private string Query() =>
        Show is null && PageNumber <= 1 ? "" : $"?show={Show}&p={PageNumber}";

    private async Task<IActionResult?> SaveChoicesAsync(int id, CancellationToken ct)
    {
        var run = await ImportRuns.FindAsync(db, me, id, ct);
        if (run is null)
        {
            return NotFound();
        }

        if (run.Status != ImportStatus.Draft)
        {
            return Redirect(ImportRuns.PageOf(run));
        }

        Run = run;
        run.SameVat = SameVat == DuplicateAction.Skip ? DuplicateAction.Skip : DuplicateAction.Merge;
        run.SimilarName = Enum.IsDefined(SimilarName) ? SimilarName : DuplicateAction.Skip;
        var choices = JsonSerializer.Deserialize<Dictionary<int, DuplicateAction>>(run.RowChoicesJson) ?? [];
        foreach (var (line, action) in Choice)
        {
            if (Enum.IsDefined(action))
            {
                choices[line] = action;
            }
        }

        run.RowChoicesJson = JsonSerializer.Serialize(choices);
        await db.SaveChangesAsync(ct);
        return null;
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var (draft, problem) = await ImportRuns.DraftAsync(db, me, files, id, ct);
        if (draft is null)
        {
            return problem;
        }

        var run = Run = draft.Run;
        var table = draft.Table;
        Choices = JsonSerializer.Deserialize<Dictionary<int, DuplicateAction>>(run.RowChoicesJson) ?? [];
        var now = clock.GetUtcNow();
        var context = new ImportContext(MunicipalityLookup.Shared, now.UtcDateTime, ItalianCalendar.Today(now), null, await ImportRuns.MaySeeSensitiveAsync(me, run, ct));
        Preview = await runner.PreviewAsync(run, table, context, ct);
        var rows = Show is { } show ? Preview.Rows.Where(r => r.Outcome == show).ToList() : Preview.Rows;
        PageCount = Math.Max(1, (rows.Count + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Shown = rows.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
        // People's files are compared within the caseload only: another caseload's import of the same file says nothing here.
        var earlier = await db.ImportRuns.AsNoTracking()
            .Where(r => r.FileSha256 == run.FileSha256 && r.Kind == run.Kind && r.Id != run.Id && r.Status != ImportStatus.Draft && r.Status != ImportStatus.Cancelled)
            .Where(r => r.Kind != ImportKind.People || r.CaseloadId == run.CaseloadId)
            .OrderByDescending(r => r.Id)
            .Select(r => new { r.CreatedAtUtc, By = db.Users.Where(u => u.Id == r.UserId).Select(u => u.FullName).FirstOrDefault() })
            .FirstOrDefaultAsync(ct);
        SameFile = earlier is null ? null : (earlier.CreatedAtUtc, earlier.By ?? "");
        return null;
    }
}
