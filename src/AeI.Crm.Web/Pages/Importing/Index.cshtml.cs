using AeI.Crm.Importing;
using AeI.Crm.Importing.Reading;
using AeI.Crm.Persistence;
using AeI.Crm.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Pages.Importing;

/// <summary>Upload a file (companies and contacts, or the activities history) and see one's imports.</summary>
[Authorize(Policy = Policies.Import)]
[RequestSizeLimit(IndexModel.RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = IndexModel.RequestLimit)]
public class IndexModel(CrmDbContext db, CurrentUser me, ImportFileStore files, ImportOptions options, TimeProvider clock, ILogger<IndexModel> log) : PageModel
{
    /// <summary>Requests up to this size reach the page, so a file over the limit gets the page's message, not a bare 413.</summary>
    public const long RequestLimit = 256L * 1024 * 1024;

    public sealed record RunRow(int Id, ImportKind Kind, ImportStatus Status, string FileName, DateTime CreatedAtUtc, string UserName, int TotalRows, int ProcessedRows, int Created, int Merged, int Skipped, int Rejected);

    public IReadOnlyList<RunRow> Runs { get; private set; } = [];

    public int MaxBytes => options.MaxBytes;

    public int MaxRows => options.MaxRows;

    [BindProperty]
    public ImportKind Kind { get; set; } = ImportKind.Companies;

    public string? UploadError { get; private set; }

    public async Task OnGetAsync(ImportKind? kind, CancellationToken ct)
    {
        Kind = kind ?? ImportKind.Companies;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (Kind is not (ImportKind.Companies or ImportKind.Activities))
        {
            UploadError = "Scegli cosa importare.";
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
                var run = await ImportUpload.CreateAsync(db, files, options, me.Id, Kind, file.FileName, buffer.ToArray(), clock.GetUtcNow().UtcDateTime, ct);
                log.LogInformation("User {User} uploaded {File} ({Bytes} bytes) for import {Run}", me.Id, run.FileName, run.FileBytes, run.Id);
                return Redirect($"/Imports/Map/{run.Id}");
            }
            catch (ImportFileException e)
            {
                UploadError = e.Message;
            }
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>An empty file with the headers the import recognises, to start from.</summary>
    public IActionResult OnGetTemplate(ImportKind kind)
    {
        if (kind is not (ImportKind.Companies or ImportKind.Activities))
        {
            return NotFound();
        }

        var headers = string.Join(';', ImportFields.For(kind).Select(f => f.Label));
        var bytes = System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(headers + "\r\n")).ToArray();
        return File(bytes, "text/csv; charset=utf-8", kind == ImportKind.Companies ? "modello-aziende.csv" : "modello-attivita.csv");
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Runs = await ImportRuns.Visible(db, me).OrderByDescending(r => r.Id).Take(50)
            .Select(r => new RunRow(r.Id, r.Kind, r.Status, r.FileName, r.CreatedAtUtc, db.Users.Where(u => u.Id == r.UserId).Select(u => u.FullName).FirstOrDefault() ?? "", r.TotalRows, r.ProcessedRows, r.Created, r.Merged, r.Skipped, r.Rejected))
            .ToListAsync(ct);
}
