using AeI.Crm.Geography;
using AeI.Crm.Companies;
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

public class IndexModel(CrmDbContext db, IMapper mapper, TimeProvider clock, Exports.ListExport export) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public CompanyFilter Filter { get; set; } = new();

    /// <summary>Page number, as "p": Razor Pages keeps the name "page" for the page's own route value.</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<CompanyListItem> Items { get; private set; } = [];

    public int Total { get; private set; }

    public PageLinks Pages { get; private set; } = new(1, 1, _ => "");

    public IReadOnlyList<(string Id, string Name)> AccountManagers { get; private set; } = [];

    public IReadOnlyList<(string Code, string Name)> Provinces { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var query = CompanyListQuery.Apply(db.Companies.AsNoTracking(), db, Filter, clock.Today());
        Total = await query.CountAsync(ct);
        var page = Math.Clamp(PageNumber, 1, PageLinks.Pages(Total, PageSize));
        Items = await CompanyListQuery.Sort(query, Filter.Sort)
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .ProjectTo<CompanyListItem>(mapper.ConfigurationProvider)
            .ToListAsync(ct);
        Pages = new PageLinks(page, PageLinks.Pages(Total, PageSize), p => UrlFor(p));

        var amRole = await db.Roles.Where(r => r.Name == Roles.AccountManager).Select(r => r.Id).FirstAsync(ct);
        AccountManagers = (await db.Users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == amRole))
            .OrderBy(u => u.FullName).Select(u => new { u.Id, u.FullName }).ToListAsync(ct))
            .Select(u => (u.Id, u.FullName)).ToList();
        // From the shipped list, not the database: the filter's options were a query on every request.
        Provinces = MunicipalityCatalog.Provinces;
    }

    /// <summary>Headers of the exported list, in Italian.</summary>
    private static readonly string[] ExportHeaders =
        ["Ragione sociale", "P. IVA", "Comune", "Provincia", "Stato", "Account manager", "Dipendenti", "Quota L. 68", "Lavoratori L. 68 in forza", "Ultimo contatto"];

    /// <summary>The list as filtered, every row, as CSV or .xlsx (<see cref="Exports.ListExport"/>).</summary>
    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        if (!Exports.TableFile.TryParse(format, out var fileFormat))
        {
            return BadRequest(Exports.ListExport.BadFormat);
        }

        var query = CompanyListQuery.Apply(db.Companies.AsNoTracking(), db, Filter, clock.Today());
        var total = await query.CountAsync(ct);
        var items = CompanyListQuery.Sort(query, Filter.Sort).ProjectTo<CompanyListItem>(mapper.ConfigurationProvider).AsAsyncEnumerable();
        await export.WriteAsync(Response, fileFormat, "aziende", Describe(Filter), total, ExportHeaders, Rows(items), ct);
        return new EmptyResult();
    }

    private static readonly string[] ContactHeaders = ["Azienda", "P. IVA", "Referente", "Ruolo", "E-mail", "Telefono", "Consenso al contatto"];

    /// <summary>The contact people of the filtered companies, every one, as CSV or .xlsx.</summary>
    public async Task<IActionResult> OnGetExportContactsAsync(string? format, CancellationToken ct)
    {
        if (!Exports.TableFile.TryParse(format, out var fileFormat))
        {
            return BadRequest(Exports.ListExport.BadFormat);
        }

        var companies = CompanyListQuery.Apply(db.Companies.AsNoTracking(), db, Filter, clock.Today()).Select(c => c.Id);
        var contacts = db.Contacts.AsNoTracking().Where(c => companies.Contains(c.CompanyId))
            .OrderBy(c => c.Company!.SearchName).ThenBy(c => c.CompanyId).ThenBy(c => c.SearchName);
        var rows = contacts.Select(c => new object?[] { c.Company!.LegalName, c.Company.VatNumber, c.FullName, c.Role, c.Email, c.Phone, c.ConsentToContact ? "sì" : "no" });
        await export.WriteAsync(Response, fileFormat, "referenti", Describe(Filter), await contacts.CountAsync(ct), ContactHeaders, rows.AsAsyncEnumerable(), ct);
        return new EmptyResult();
    }

    private static readonly string[] ActivityHeaders = ["Data", "Tipo", "Esito", "Azienda", "P. IVA", "Referente", "Svolta da", "Note", "Prossimo passo", "Entro il"];

    /// <summary>The activities with the filtered companies (not the removed ones), newest first, as CSV or .xlsx.</summary>
    public async Task<IActionResult> OnGetExportActivitiesAsync(string? format, CancellationToken ct)
    {
        if (!Exports.TableFile.TryParse(format, out var fileFormat))
        {
            return BadRequest(Exports.ListExport.BadFormat);
        }

        var companies = CompanyListQuery.Apply(db.Companies.AsNoTracking(), db, Filter, clock.Today()).Select(c => c.Id);
        var activities = db.Activities.AsNoTracking().Where(a => companies.Contains(a.CompanyId)).OrderByDescending(a => a.OccurredAt).ThenByDescending(a => a.Id);
        var rows = activities
            .Select(a => new { a.OccurredAt, a.Type, a.Outcome, a.Company!.LegalName, a.Company.VatNumber, Contact = a.Contact!.FullName, User = a.User!.FullName, a.Notes, a.NextStep, a.NextStepOn })
            .AsAsyncEnumerable()
            .Select(a => new object?[] { a.OccurredAt, Labels.Of(a.Type), Labels.Of(a.Outcome), a.LegalName, a.VatNumber, a.Contact, a.User, a.Notes, a.NextStep, a.NextStepOn });
        await export.WriteAsync(Response, fileFormat, "attivita", Describe(Filter), await activities.CountAsync(ct), ActivityHeaders, rows, ct);
        return new EmptyResult();
    }

    /// <summary>The link that downloads the list as filtered (companies; their contacts or activities with another handler).</summary>
    public string ExportUrl(string format, string handler = "Export") =>
        QueryHelpers.AddQueryString(UrlFor(1), new Dictionary<string, string?> { ["handler"] = handler, ["format"] = format });

    private static async IAsyncEnumerable<object?[]> Rows(IAsyncEnumerable<CompanyListItem> items)
    {
        await foreach (var c in items)
        {
            yield return [c.LegalName, c.VatNumber, c.MunicipalityName, c.MunicipalityProvinceCode, Labels.Of(c.Status), c.AccountManagerFullName,
                c.EmployeeCount, c.Law68QuotaTotal, c.ProtectedWorkersEmployed, c.LastContactOn];
        }
    }

    private static string Describe(CompanyFilter f) => Exports.ListExport.Describe(
        ("q", f.Q),
        ("status", f.Status?.ToString()),
        ("section", f.Section),
        ("am", f.Am),
        ("province", f.Province),
        ("no-contact-months", f.NoContactMonths?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("quota-uncovered", f.QuotaUncovered ? "true" : null));

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
            ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return QueryHelpers.AddQueryString("/Companies", args.Where(a => !string.IsNullOrEmpty(a.Value)));
    }
}
