using System.Text.Json;
using AeI.Crm.Importing;
using AeI.Crm.Persistence;
using AeI.Crm.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AeI.Crm.Web.Pages.Importing;

/// <summary>Step 2: which column fills which field, guessed from the header and corrected by the user.</summary>
[Authorize(Policy = Policies.Import)]
public class MapModel(CrmDbContext db, CurrentUser me, ImportFileStore files) : PageModel
{
    public sealed record ColumnView(int Index, string Header, IReadOnlyList<string> Samples);

    public ImportRun Run { get; private set; } = null!;

    public IReadOnlyList<ColumnView> Columns { get; private set; } = [];

    public IReadOnlyList<ImportField> Fields { get; private set; } = [];

    /// <summary>Column index → field key ("" for a column left out).</summary>
    [BindProperty]
    public Dictionary<int, string> Choice { get; set; } = [];

    public List<string> Errors { get; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } problem)
        {
            return problem;
        }

        Choice = ColumnMapping.FromJson(Run.MappingJson).Columns.ToDictionary(kv => kv.Value, kv => kv.Key);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } problem)
        {
            return problem;
        }

        var chosen = Choice.Where(c => !string.IsNullOrEmpty(c.Value) && c.Key >= 0 && c.Key < Columns.Count).ToList();
        foreach (var field in Fields)
        {
            var columns = chosen.Where(c => c.Value == field.Key).Select(c => Columns[c.Key].Header).ToList();
            if (columns.Count > 1)
            {
                Errors.Add($"«{field.Label}» è scelto per più colonne ({string.Join(", ", columns)}): sceglilo per una sola.");
            }
        }

        var keys = chosen.Select(c => c.Value).ToHashSet();
        if (Run.Kind == ImportKind.Activities)
        {
            Errors.AddRange(Fields.Where(f => f.Required && f != ImportFields.ActivityCompany && !keys.Contains(f.Key)).Select(f => $"Scegli la colonna con «{f.Label}»."));
            if (!keys.Contains(ImportFields.ActivityCompany.Key) && !keys.Contains(ImportFields.VatNumber.Key))
            {
                Errors.Add("Scegli la colonna con l'azienda (ragione sociale) o con la sua partita IVA.");
            }
        }
        else
        {
            Errors.AddRange(Fields.Where(f => f.Required && !keys.Contains(f.Key)).Select(f => $"Scegli la colonna con «{f.Label}»."));
        }

        if (Run.Kind == ImportKind.People && !keys.Contains(ImportFields.FullName.Key) && !(keys.Contains(ImportFields.LastName.Key) && keys.Contains(ImportFields.FirstName.Key)))
        {
            Errors.Add("Scegli le colonne con cognome e nome (o quella con «Cognome e nome»).");
        }

        if (Fields.Any(f => chosen.Any(c => c.Value == f.Key)) is false)
        {
            Errors.Add("Scegli almeno una colonna da importare.");
        }

        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        Run.MappingJson = new ColumnMapping(chosen.Where(c => Fields.Any(f => f.Key == c.Value)).ToDictionary(c => c.Value, c => c.Key)).ToJson();
        await db.SaveChangesAsync(ct);
        return Redirect($"/Imports/Preview/{id}");
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var (draft, problem) = await ImportRuns.DraftAsync(db, me, files, id, ct);
        if (draft is null)
        {
            return problem;
        }

        Run = draft.Run;
        Fields = ImportFields.For(Run.Kind, await ImportRuns.MaySeeSensitiveAsync(me, Run, ct));
        var headers = JsonSerializer.Deserialize<string[]>(Run.HeadersJson) ?? [];
        var samples = ImportRunner.DataLines(draft.Table, Run.HeaderLine).Take(3).ToList();
        Columns = headers.Select((h, i) => new ColumnView(i, h, samples.Select(s => s.Cell(i)).ToList())).ToList();
        return null;
    }
}
