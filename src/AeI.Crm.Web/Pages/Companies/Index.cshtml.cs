using AeI.Crm.Companies;
using AeI.Crm.Common;
using AeI.Crm.Persistence;
using AeI.Crm.Users;
using AeI.Crm.Web.Infrastructure;
using AutoMapper;
using AutoMapper.QueryableExtensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Pages.Companies;

public class IndexModel(CrmDbContext db, IMapper mapper, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public CompanyFilter Filter { get; set; } = new();

    public IReadOnlyList<CompanyListItem> Items { get; private set; } = [];

    public int Total { get; private set; }

    public PageLinks Pages { get; private set; } = new(1, 1, _ => "");

    public IReadOnlyList<(string Id, string Name)> AccountManagers { get; private set; } = [];

    public IReadOnlyList<(string Code, string Name)> Provinces { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var query = Apply(db.Companies.AsNoTracking(), Filter, clock.Today());
        Total = await query.CountAsync(ct);
        var page = Math.Clamp(Filter.Page, 1, PageLinks.Pages(Total, PageSize));
        Items = await Sort(query, Filter.Sort)
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .ProjectTo<CompanyListItem>(mapper.ConfigurationProvider)
            .ToListAsync(ct);
        Pages = new PageLinks(page, PageLinks.Pages(Total, PageSize), p => UrlFor(p));

        var amRole = await db.Roles.Where(r => r.Name == Roles.AccountManager).Select(r => r.Id).FirstAsync(ct);
        AccountManagers = (await db.Users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == amRole))
            .OrderBy(u => u.FullName).Select(u => new { u.Id, u.FullName }).ToListAsync(ct))
            .Select(u => (u.Id, u.FullName)).ToList();
        Provinces = (await db.Municipalities.Where(m => m.Region == "Lombardia" || db.Companies.Any(c => c.MunicipalityIstat == m.IstatCode))
            .Select(m => new { m.ProvinceCode, m.ProvinceName }).Distinct().OrderBy(p => p.ProvinceName).ToListAsync(ct))
            .Select(p => (p.ProvinceCode, p.ProvinceName)).ToList();
    }

    internal static IQueryable<Company> Apply(IQueryable<Company> query, CompanyFilter f, DateOnly today)
    {
        if (!string.IsNullOrWhiteSpace(f.Q))
        {
            var text = f.Q.Trim();
            var digits = PartitaIva.Normalize(text);
            if (digits is not null && digits.All(char.IsAsciiDigit))
            {
                query = query.Where(c => c.VatNumber!.StartsWith(digits));
            }
            else
            {
                var folded = SearchText.Fold(text);
                query = query.Where(c => c.SearchName.Contains(folded) || c.Municipality!.Name.StartsWith(text));
            }
        }

        if (f.Status is { } status)
        {
            query = query.Where(c => c.Status == status);
        }

        if (!string.IsNullOrEmpty(f.Section))
        {
            query = query.Where(c => c.AtecoSection == f.Section);
        }

        if (!string.IsNullOrEmpty(f.Am))
        {
            query = query.Where(c => c.AccountManagerId == f.Am);
        }

        if (!string.IsNullOrEmpty(f.Province))
        {
            query = query.Where(c => c.Municipality!.ProvinceCode == f.Province);
        }

        if (f.NoContactMonths is > 0)
        {
            var since = today.AddMonths(-f.NoContactMonths.Value);
            query = query.Where(c => c.LastContactOn == null || c.LastContactOn < since);
        }

        if (f.QuotaUncovered)
        {
            query = query.Where(c => c.Law68QuotaTotal > (c.ProtectedWorkersEmployed ?? 0));
        }

        return query;
    }

    private static IQueryable<Company> Sort(IQueryable<Company> query, string? sort) => sort switch
    {
        "contact" => query.OrderBy(c => c.LastContactOn).ThenBy(c => c.SearchName),
        "-contact" => query.OrderByDescending(c => c.LastContactOn).ThenBy(c => c.SearchName),
        "employees" => query.OrderBy(c => c.EmployeeCount).ThenBy(c => c.SearchName),
        "-employees" => query.OrderByDescending(c => c.EmployeeCount).ThenBy(c => c.SearchName),
        "-name" => query.OrderByDescending(c => c.SearchName),
        _ => query.OrderBy(c => c.SearchName).ThenBy(c => c.Id),
    };

    public string UrlFor(int page, string? sort = null)
    {
        var args = new Dictionary<string, string?>
        {
            ["Q"] = Filter.Q,
            ["Status"] = Filter.Status?.ToString(),
            ["Section"] = Filter.Section,
            ["Am"] = Filter.Am,
            ["Province"] = Filter.Province,
            ["NoContactMonths"] = Filter.NoContactMonths?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["QuotaUncovered"] = Filter.QuotaUncovered ? "true" : null,
            ["Sort"] = sort ?? Filter.Sort,
            ["Page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return QueryHelpers.AddQueryString("/Companies", args.Where(a => !string.IsNullOrEmpty(a.Value)));
    }

    public sealed class CompanyFilter
    {
        public string? Q { get; set; }

        public RelationshipStatus? Status { get; set; }

        public string? Section { get; set; }

        public string? Am { get; set; }

        public string? Province { get; set; }

        public int? NoContactMonths { get; set; }

        public bool QuotaUncovered { get; set; }

        public string? Sort { get; set; }

        public int Page { get; set; } = 1;
    }
}
