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

public class IndexModel(CrmDbContext db, IMapper mapper, CurrentUser me) : PageModel
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

        Total = await query.CountAsync(ct);
        var pages = PageLinks.Pages(Total, PageSize);
        var page = Math.Clamp(PageNumber, 1, pages);
        Items = await query.OrderByDescending(v => v.OpenedOn).ThenByDescending(v => v.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .ProjectTo<VacancyListItem>(mapper.ConfigurationProvider).ToListAsync(ct);
        Pages = new PageLinks(page, pages, p => QueryHelpers.AddQueryString("/Vacancies", new Dictionary<string, string?>
        {
            ["Q"] = Q,
            ["Status"] = Status?.ToString() ?? "",
            ["Mine"] = Mine ? "true" : "false",
            ["p"] = p.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));
    }
}
