using AeI.Crm.Persistence;
using AeI.Crm.Reports;
using AeI.Crm.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AeI.Crm.Web.Pages.Reports;

/// <summary>The year's funnels: companies, and each caseload. Aggregates only, no person.</summary>
[Authorize(Policy = Policies.ReadReports)]
public class IndexModel(CrmDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public YearFunnel Funnel { get; private set; } = new(0, new CompanyFunnel(0, 0, 0, 0), []);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var year = Year ?? clock.Today().Year;
        if (AeI.Crm.Web.Api.SocialReportYears.Problem(year, clock.Today().Year) is { } problem)
        {
            ModelState.AddModelError(nameof(Year), problem);
            year = clock.Today().Year;
        }

        Year = year;
        Funnel = await FunnelReport.ForYearAsync(db, year, clock.RomeNow(), ct);
        return Page();
    }
}
