using AeI.Crm.Importing;
using AeI.Crm.Importing.Reading;
using AeI.Crm.Persistence;
using AeI.Crm.Web.Infrastructure;
using AeI.Crm.Web.Pages.Candidates;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Pages.Importing;

/// <summary>
/// Upload a file (companies and contacts, the activities history, or people into one of the
/// mediator's caseloads) and see one's imports.
/// </summary>
[Authorize(Policy = Policies.Import)]
[RequestSizeLimit(IndexModel.RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = IndexModel.RequestLimit)]
public class IndexModel(CrmDbContext db, CurrentUser me, CandidateAccess access, ImportFileStore files, ImportOptions options, TimeProvider clock, ILogger<IndexModel> log) : PageModel
{
    /// <summary>Requests up to this size reach the page, so a file over the limit gets the page's message, not a bare 413.</summary>
    public const long RequestLimit = 256L * 1024 * 1024;

    public sealed record RunRow(int Id, ImportKind Kind, ImportStatus Status, string FileName, DateTime CreatedAtUtc, string UserName, int TotalRows, int ProcessedRows, int Created, int Merged, int Skipped, int Rejected);

    public IReadOnlyList<RunRow> Runs { get; private set; } = [];

    public int MaxBytes => options.MaxBytes;

    public int MaxRows => options.MaxRows;

    [BindProperty]
    public ImportKind Kind { get; set; } = ImportKind.Companies;

    /// <summary>The caseload a people's file goes into.</summary>
    [BindProperty]
    public int? CaseloadId { get; set; }

    /// <summary>What this user may import.</summary>
    public IReadOnlyList<ImportKind> Kinds { get; private set; } = [];

    /// <summary>The mediator's own open caseloads, where people may be imported.</summary>
    public IReadOnlyList<(int Id, string Name)> Caseloads { get; private set; } = [];

    public string? UploadError { get; private set; }

    public async Task OnGetAsync(ImportKind? kind, CancellationToken ct)
    {
        await LoadAsync(ct);
        Kind = kind is { } k && Kinds.Contains(k) ? k : Kinds[0];
        CaseloadId = Caseloads.Count > 0 ? Caseloads[0].Id : null;
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (!Kinds.Contains(Kind))
        {
            UploadError = "Scegli cosa importare.";
        }
        else if (Kind == ImportKind.People && !Caseloads.Any(c => c.Id == CaseloadId))
        {
            UploadError = "Scegli uno dei tuoi servizi aperti: le persone si importano solo nei servizi che segui.";
        }
        else if (file is null || file.Length == 0)
        {
            UploadError = "Scegli un file CSV o Excel (.xlsx) da importare.";
        }
        else if (file.Length > options.MaxBytes)
        {
            UploadError = ImportUpload.TooLarge(options);
        }
        else
        {
            using var buffer = new MemoryStream((int)file.Length);
            await file.CopyToAsync(buffer, ct);
            try
            {
                var run = await ImportUpload.CreateAsync(db, files, options, me.Id, Kind, Kind == ImportKind.People ? CaseloadId : null, file.FileName, buffer.ToArray(), clock.GetUtcNow().UtcDateTime, ct);
                log.LogInformation("User {User} uploaded {File} ({Bytes} bytes) for import {Run}", me.Id, run.FileName, run.FileBytes, run.Id);
                return Redirect($"/Imports/Map/{run.Id}");
            }
            catch (ImportFileException e)
            {
                UploadError = e.Message;
            }
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    /// <summary>An empty file with the headers the import recognises, to start from.</summary>
    public IActionResult OnGetTemplate(ImportKind kind)
    {
        if (!ImportRuns.KindsFor(me).Contains(kind))
        {
            return NotFound();
        }

        // A people's template goes to mediators only, who may fill the sensitive columns of their own caseloads.
        var headers = string.Join(';', ImportFields.For(kind).Where(f => f != ImportFields.FullName).Select(f => f.Label));
        var bytes = System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(headers + "\r\n")).ToArray();
        return File(bytes, "text/csv; charset=utf-8", kind switch
        {
            ImportKind.Companies => "modello-aziende.csv",
            ImportKind.Activities => "modello-attivita.csv",
            _ => "modello-persone.csv",
        });
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Kinds = ImportRuns.KindsFor(me);
        var working = await access.WorkingCaseloadsAsync(ct);
        Caseloads = (await db.Caseloads.AsNoTracking().Where(c => working.Contains(c.Id)).OrderBy(c => c.Id).Select(c => new { c.Id, c.Name }).ToListAsync(ct))
            .Select(c => (c.Id, c.Name)).ToList();
        Runs = await ImportRuns.Visible(db, me).OrderByDescending(r => r.Id).Take(50)
            .Select(r => new RunRow(r.Id, r.Kind, r.Status, r.FileName, r.CreatedAtUtc, db.Users.Where(u => u.Id == r.UserId).Select(u => u.FullName).FirstOrDefault() ?? "", r.TotalRows, r.ProcessedRows, r.Created, r.Merged, r.Skipped, r.Rejected))
            .ToListAsync(ct);
    }
}
