using AeI.Crm.Persistence;
using AeI.Crm.Placements;
using AeI.Crm.Web.Infrastructure;
using AeI.Crm.Web.Pages.Candidates;
using AutoMapper;
using AutoMapper.QueryableExtensions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AeI.Crm.Web.Pages.Placements;

/// <summary>
/// The pipeline board: the open placements the user may see, one column per stage. Mediators of
/// the person's caseload drag a card to its next stage (or use its "Sposta" button), with the same
/// rules and messages as the placement's form.
/// </summary>
[Authorize(Roles = "Mediator,Coordinator,Admin")]
public class IndexModel(CandidateAccess access, IMapper mapper, CrmDbContext db, CurrentUser me, TimeProvider clock, IOptions<PipelineBoardOptions> options, PlacementMover mover, Exports.ListExport export) : PageModel
{
    public static readonly PlacementStage[] Columns = [PlacementStage.Proposed, PlacementStage.CvSent, PlacementStage.Interview, PlacementStage.Internship];

    /// <summary>Where a card can end: hired, or closed without a hire.</summary>
    public static readonly PlacementStage[] Endings = [PlacementStage.Hired, PlacementStage.NotSelected, PlacementStage.Withdrawn];

    public IReadOnlyList<PlacementCard> Open { get; private set; } = [];

    public IReadOnlyList<(int Id, string Name)> Caseloads { get; private set; } = [];

    public IReadOnlyList<(string Id, string Name)> AccountManagers { get; private set; } = [];

    /// <summary>The caseloads whose cards this user may move.</summary>
    public IReadOnlySet<int> MovableCaseloads { get; private set; } = new HashSet<int>();

    public int IdleAfterDays => options.Value.IdleDays;

    public DateOnly Today { get; private set; }

    /// <summary>Only the people whose mediator is the user.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Mine { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Caseload { get; set; }

    /// <summary>The account manager who owns the position.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Am { get; set; }

    public bool IsFiltered => Mine || Caseload is not null || !string.IsNullOrEmpty(Am);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = clock.Today();
        var open = await OpenAsync(ct);
        var caseloadIds = await open.Select(p => p.Candidate!.CaseloadId).Distinct().ToListAsync(ct);
        Caseloads = (await db.Caseloads.AsNoTracking().Where(c => caseloadIds.Contains(c.Id)).OrderBy(c => c.Code)
            .Select(c => new { c.Id, c.Code }).ToListAsync(ct)).Select(c => (c.Id, c.Code)).ToList();
        AccountManagers = (await open.Where(p => p.Vacancy!.OwnerId != null)
            .Select(p => new { Id = p.Vacancy!.OwnerId!, p.Vacancy.Owner!.FullName }).Distinct().ToListAsync(ct))
            .OrderBy(a => a.FullName, StringComparer.CurrentCulture).Select(a => (a.Id, a.FullName)).ToList();
        open = Filtered(open);
        Open = await open.OrderBy(p => p.ProposedOn).ThenBy(p => p.Id)
            .ProjectTo<PlacementCard>(mapper.ConfigurationProvider)
            .ToListAsync(ct);
        var movable = new HashSet<int>();
        foreach (var id in Caseloads.Select(c => c.Id))
        {
            if (await access.IsOwnCaseloadAsync(id, ct))
            {
                movable.Add(id);
            }
        }

        MovableCaseloads = movable;
    }

    private static readonly string[] ExportHeaders =
        ["Persona", "Servizio", "Posizione", "Azienda", "Account manager", "Fase", "Proposta il", "CV inviato il", "Colloquio il", "Tirocinio dal", "Giorni senza passi"];

    /// <summary>The board as filtered, every card, as CSV or .xlsx: the same people and columns the board shows this user.</summary>
    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        if (!Exports.TableFile.TryParse(format, out var fileFormat))
        {
            return BadRequest(Exports.ListExport.BadFormat);
        }

        var today = clock.Today();
        var open = Filtered(await OpenAsync(ct)).OrderBy(p => p.ProposedOn).ThenBy(p => p.Id);
        var rows = open.ProjectTo<PlacementCard>(mapper.ConfigurationProvider).AsAsyncEnumerable()
            .Select(c => new object?[] { c.CandidateFullName, c.CandidateCaseloadCode, c.VacancyTitle, c.VacancyCompanyLegalName, c.VacancyOwnerFullName, Labels.Of(c.Stage), c.ProposedOn, c.CvSentOn, c.InterviewOn, c.InternshipStartOn, c.IdleDays(today) });
        var filters = Exports.ListExport.Describe(("mine", Mine ? "true" : null), ("caseload", Caseload?.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("am", Am));
        await export.WriteAsync(Response, fileFormat, "inserimenti", filters, await open.CountAsync(ct), ExportHeaders, rows, ct);
        return new EmptyResult();
    }

    /// <summary>The link that downloads the board as filtered.</summary>
    public string ExportUrl(string format) => Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/Placements", new Dictionary<string, string?>
    {
        ["handler"] = "Export", ["format"] = format, ["Mine"] = Mine ? "true" : null, ["Caseload"] = Caseload?.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Am"] = Am,
    });

    private async Task<IQueryable<AeI.Crm.Placements.Placement>> OpenAsync(CancellationToken ct) =>
        (await access.VisiblePlacementsAsync(ct)).AsNoTracking().Where(p => Columns.Contains(p.Stage));

    private IQueryable<AeI.Crm.Placements.Placement> Filtered(IQueryable<AeI.Crm.Placements.Placement> open)
    {
        if (Mine)
        {
            var mine = me.Id;
            open = open.Where(p => (p.Candidate!.MediatorId ?? p.CreatedById) == mine);
        }

        if (Caseload is { } caseload)
        {
            open = open.Where(p => p.Candidate!.CaseloadId == caseload);
        }

        if (!string.IsNullOrEmpty(Am))
        {
            open = open.Where(p => p.Vacancy!.OwnerId == Am);
        }

        return open;
    }

    /// <summary>
    /// A move from the board (drag and drop or the "Sposta" dialog), answered in JSON: 200 with the
    /// message, 422 with the errors by field, 409 when someone else changed the placement first.
    /// </summary>
    public async Task<IActionResult> OnPostMoveAsync(int id, [FromForm] MoveInput move, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(move);
        var card = await (await access.VisiblePlacementsAsync(ct)).AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { p.Candidate!.CaseloadId }).FirstOrDefaultAsync(ct);
        if (card is null)
        {
            return NotFound();
        }

        if (!await access.IsOwnCaseloadAsync(card.CaseloadId, ct))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (!ModelState.IsValid)
        {
            var invalid = ModelState.Where(e => e.Value!.Errors.Count > 0)
                .ToDictionary(e => e.Key.Replace("move.", "", StringComparison.OrdinalIgnoreCase), e => e.Value!.Errors.Select(x => string.IsNullOrEmpty(x.ErrorMessage) ? "Valore non valido." : x.ErrorMessage).ToArray());
            return new JsonResult(new { ok = false, errors = invalid }) { StatusCode = StatusCodes.Status422UnprocessableEntity };
        }

        var outcome = await mover.MoveAsync(id, move, ct);
        if (outcome.Conflict)
        {
            return new JsonResult(new { ok = false, errors = new Dictionary<string, string[]> { [""] = ["Qualcun altro ha appena aggiornato questa candidatura: ricarica la pagina e riprova."] } })
            { StatusCode = StatusCodes.Status409Conflict };
        }

        if (!outcome.Saved)
        {
            var errors = outcome.Errors.GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.Select(e => e.Value).ToArray());
            return new JsonResult(new { ok = false, errors }) { StatusCode = StatusCodes.Status422UnprocessableEntity };
        }

        var version = await db.Placements.Where(p => p.Id == id).Select(p => p.Version).FirstAsync(ct);
        return new JsonResult(new { ok = true, message = outcome.Message, stage = move.Stage.ToString(), version, open = Columns.Contains(move.Stage) });
    }
}
