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

public class IndexModel(CandidateAccess access, CrmDbContext db, IMapper mapper) : PageModel
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
        var query = (await access.VisibleAsync(ct)).AsNoTracking();
        Caseloads = (await db.Caseloads.AsNoTracking().Where(c => query.Any(p => p.CaseloadId == c.Id)).OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.Name }).ToListAsync(ct)).Select(c => (c.Id, c.Name)).ToList();
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

        Total = await query.CountAsync(ct);
        var pages = PageLinks.Pages(Total, PageSize);
        var page = Math.Clamp(PageNumber, 1, pages);
        Items = await query.OrderBy(c => c.LastName).ThenBy(c => c.FirstName).Skip((page - 1) * PageSize).Take(PageSize)
            .ProjectTo<CandidateListItem>(mapper.ConfigurationProvider).ToListAsync(ct);
        Pages = new PageLinks(page, pages, p => QueryHelpers.AddQueryString("/Candidates", new Dictionary<string, string?>
        {
            ["Q"] = Q,
            ["Caseload"] = Caseload?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
            ["Status"] = Status?.ToString() ?? "",
            ["p"] = p.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));
    }
}
