using AeI.Crm.Search;
using AeI.Crm.Common;
using AeI.Crm.Placements;
using AeI.Crm.Candidates;
using AeI.Crm.Persistence;
using AeI.Crm.Vacancies;
using AeI.Crm.Web.Infrastructure;
using AeI.Crm.Web.Pages.Companies;
using AutoMapper;
using AutoMapper.QueryableExtensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Pages.Vacancies;

public class IndexModel(CrmDbContext db, IMapper mapper, CurrentUser me, Exports.ListExport export) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public VacancyStatus? Status { get; set; } = VacancyStatus.Open;

    [BindProperty(SupportsGet = true)]
    public bool Mine { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<VacancyListItem> Items { get; private set; } = [];

    public int Total { get; private set; }

    public PageLinks Pages { get; private set; } = new(1, 1, _ => "");

    public async Task OnGetAsync(CancellationToken ct)
    {
        var query = Filtered();
        Total = await query.CountAsync(ct);
        var pages = PageLinks.Pages(Total, PageSize);
        var page = Math.Clamp(PageNumber, 1, pages);
        Items = await Ordered(query).Skip((page - 1) * PageSize).Take(PageSize)
            .ProjectTo<VacancyListItem>(mapper.ConfigurationProvider).ToListAsync(ct);
        Pages = new PageLinks(page, pages, p => UrlFor(p));
    }

    /// <summary>Headers of the exported list, in Italian.</summary>
    private static readonly string[] ExportHeaders = ["Posizione", "Azienda", "Comune", "Stato", "Contratto", "Posti", "Aperta il", "Account manager", "Candidature"];

    /// <summary>The list as filtered, every row, as CSV or .xlsx (<see cref="Exports.ListExport"/>).</summary>
    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        if (!Exports.TableFile.TryParse(format, out var fileFormat))
        {
            return BadRequest(Exports.ListExport.BadFormat);
        }

        var query = Filtered();
        var total = await query.CountAsync(ct);
        var items = Ordered(query).ProjectTo<VacancyListItem>(mapper.ConfigurationProvider).AsAsyncEnumerable();
        var filters = Exports.ListExport.Describe(("q", Q), ("status", Status?.ToString()), ("mine", Mine ? "true" : null));
        await export.WriteAsync(Response, fileFormat, "posizioni", filters, total, ExportHeaders, Rows(items), ct);
        return new EmptyResult();
    }

    /// <summary>A link to the list as filtered, at a page or as a download.</summary>
    public string UrlFor(int page, string? format = null) => QueryHelpers.AddQueryString("/Vacancies", new Dictionary<string, string?>
    {
        ["Q"] = Q,
        ["Status"] = Status?.ToString() ?? "",
        ["Mine"] = Mine ? "true" : "false",
        ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["handler"] = format is null ? null : "Export",
        ["format"] = format,
    }.Where(a => !string.IsNullOrEmpty(a.Value)));

    private static async IAsyncEnumerable<object?[]> Rows(IAsyncEnumerable<VacancyListItem> items)
    {
        await foreach (var v in items)
        {
            yield return [v.Title, v.CompanyLegalName, v.WorkMunicipalityName, Labels.Of(v.Status), Labels.Of(v.Contract), v.Openings, v.OpenedOn, v.OwnerFullName, v.PlacementsCount];
        }
    }

    private static IOrderedQueryable<Vacancy> Ordered(IQueryable<Vacancy> query) => query.OrderByDescending(v => v.OpenedOn).ThenByDescending(v => v.Id);

    private IQueryable<Vacancy> Filtered()
    {
        var query = db.Vacancies.AsNoTracking();
        if (Status is { } status)
        {
            query = query.Where(v => v.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(Q))
        {
            query = query.Matching(db, SearchText.Words(Q));
        }

        if (Mine)
        {
            var id = me.Id;
            query = query.Where(v => v.OwnerId == id);
        }

        return query;
    }
}
