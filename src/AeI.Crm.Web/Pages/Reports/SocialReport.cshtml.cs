using AeI.Crm.Persistence;
using AeI.Crm.Reports;
using AeI.Crm.Web.Api;
using AeI.Crm.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AeI.Crm.Web.Pages.Reports;

/// <summary>"Bilancio sociale": the figures the cooperative publishes for a year, printable on A4; the same as /api/reports/social-report/{year}.</summary>
[Authorize(Policy = Policies.ReadSocialReport)]
public class SocialReportModel(CrmDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public int CurrentYear { get; private set; }

    /// <summary>When the figures were computed (Rome time), printed under the title.</summary>
    public DateTime ComputedAt { get; private set; }

    public SocialReport Report { get; private set; } = new(0, 0, 0, 0, []);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        CurrentYear = clock.Today().Year;
        ComputedAt = clock.RomeNow();
        var year = Year ?? CurrentYear - 1;
        if (SocialReportYears.Problem(year, CurrentYear) is { } problem)
        {
            ModelState.AddModelError(nameof(Year), problem);
            year = CurrentYear - 1;
        }

        Year = year;
        Report = SocialReport.From(await FunnelReport.ForYearAsync(db, year, clock.RomeNow(), ct));
        return Page();
    }
}
