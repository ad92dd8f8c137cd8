using AeI.Crm.Search;
using AeI.Crm.Common;
using AeI.Crm.Candidates;
using AeI.Crm.Persistence;
using AeI.Crm.Web.Infrastructure;
using AutoMapper;
using AutoMapper.QueryableExtensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Pages.Candidates;

public class IndexModel(CandidateAccess access, CrmDbContext db, IMapper mapper, Exports.ListExport export) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Caseload { get; set; }

    [BindProperty(SupportsGet = true)]
    public CandidateStatus? Status { get; set; } = CandidateStatus.Active;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<CandidateListItem> Items { get; private set; } = [];

    public IReadOnlyList<(int Id, string Name)> Caseloads { get; private set; } = [];

    public int Total { get; private set; }

    public PageLinks Pages { get; private set; } = new(1, 1, _ => "");

    public async Task OnGetAsync(CancellationToken ct)
    {
        var visible = (await access.VisibleAsync(ct)).AsNoTracking();
        Caseloads = (await db.Caseloads.AsNoTracking().Where(c => visible.Any(p => p.CaseloadId == c.Id)).OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.Name }).ToListAsync(ct)).Select(c => (c.Id, c.Name)).ToList();
        var query = Filtered(visible);
        Total = await query.CountAsync(ct);
        var pages = PageLinks.Pages(Total, PageSize);
        var page = Math.Clamp(PageNumber, 1, pages);
        Items = await Ordered(query).Skip((page - 1) * PageSize).Take(PageSize)
            .ProjectTo<CandidateListItem>(mapper.ConfigurationProvider).ToListAsync(ct);
        Pages = new PageLinks(page, pages, p => UrlFor(p));
    }

    /// <summary>Headers of the exported list, in Italian: the list's columns, no sensitive field.</summary>
    private static readonly string[] ExportHeaders = ["Cognome", "Nome", "Servizio", "Mediatore", "Comune di residenza", "Stato", "Presa in carico"];

    /// <summary>
    /// The list as filtered, every row the user may see, as CSV or .xlsx (<see cref="Exports.ListExport"/>):
    /// the same scope and the same columns as the page, so nothing sensitive leaves with it.
    /// </summary>
    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        if (!Exports.TableFile.TryParse(format, out var fileFormat))
        {
            return BadRequest(Exports.ListExport.BadFormat);
        }

        var query = Filtered((await access.VisibleAsync(ct)).AsNoTracking());
        var total = await query.CountAsync(ct);
        var items = Ordered(query).ProjectTo<CandidateListItem>(mapper.ConfigurationProvider).AsAsyncEnumerable();
        var filters = Exports.ListExport.Describe(
            ("q", Q), ("caseload", Caseload?.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("status", Status?.ToString()));
        await export.WriteAsync(Response, fileFormat, "candidati", filters, total, ExportHeaders, Rows(items), ct);
        return new EmptyResult();
    }

    /// <summary>A link to the list as filtered, at a page or as a download.</summary>
    public string UrlFor(int page, string? format = null) => QueryHelpers.AddQueryString("/Candidates", new Dictionary<string, string?>
    {
        ["Q"] = Q,
        ["Caseload"] = Caseload?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
        ["Status"] = Status?.ToString() ?? "",
        ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["handler"] = format is null ? null : "Export",
        ["format"] = format,
    }.Where(a => !string.IsNullOrEmpty(a.Value)));

    private static async IAsyncEnumerable<object?[]> Rows(IAsyncEnumerable<CandidateListItem> items)
    {
        await foreach (var c in items)
        {
            yield return [c.LastName, c.FirstName, c.CaseloadCode, c.MediatorFullName, c.ResidenceName, Labels.Of(c.Status), c.TakenInChargeOn];
        }
    }

    private static IOrderedQueryable<Candidate> Ordered(IQueryable<Candidate> query) => query.OrderBy(c => c.LastName).ThenBy(c => c.FirstName);

    private IQueryable<Candidate> Filtered(IQueryable<Candidate> query)
    {
        if (Caseload is { } caseload)
        {
            query = query.Where(c => c.CaseloadId == caseload);
        }

        if (Status is { } status)
        {
            query = query.Where(c => c.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(Q))
        {
            query = query.Matching(db, SearchText.Words(Q));
        }

        return query;
    }
}
