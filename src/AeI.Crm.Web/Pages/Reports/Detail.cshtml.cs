using AeI.Crm.Persistence;
using AeI.Crm.Reports;
using AeI.Crm.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Pages.Reports;

/// <summary>
/// The list behind a number of "Numeri": companies, positions, people or placements, through the
/// same access rules as their own pages. A number shown as "&lt;5" has no list.
/// </summary>
[Authorize(Policy = Policies.ReadReports)]
public class DetailModel(CrmDbContext db, TimeProvider clock, CurrentUser me) : PageModel
{
    public const int Shown = 500;

    [BindProperty(SupportsGet = true)]
    public int Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Table { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Row { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Column { get; set; }

    public string Heading { get; private set; } = "";

    public int Total { get; private set; }

    public IReadOnlyList<DrillItem> Items { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var today = clock.Today();
        if (AeI.Crm.Web.Api.SocialReportYears.Problem(Year, today.Year) is not null || Table is null || Row is null || Column is null)
        {
            return NotFound();
        }

        var viewer = await me.ViewerAsync(ct);
        var period = FunnelPeriod.Of(Year, clock.RomeNow());
        var table = await new FunnelTables(db, viewer, period).BuildAsync(Table, ct);
        var row = table?.Rows.FirstOrDefault(r => r.Key == Row);
        var column = table?.Columns.Select((c, i) => (c, i)).FirstOrDefault(x => x.c.Key == Column);
        if (table is null || row is null || column is not { c: not null } found)
        {
            return NotFound();
        }

        var cell = row.Cells[found.i];
        if (cell.Suppressed || cell.CountsPeople)
        {
            return Forbid();
        }

        var query = new FunnelDrill(db, viewer, period).Query(Table, row, Column);
        if (query is null)
        {
            return NotFound();
        }

        Heading = $"{found.c.Header} – {row.Label} ({table.Title.ToLowerInvariant()}, {Year})";
        Total = await query.CountAsync(ct);
        Items = await query.Take(Shown).ToListAsync(ct);
        return Page();
    }

    public static string Link(DrillItem item) => item.Kind switch
    {
        "company" => $"/Companies/Details/{item.Id}",
        "vacancy" => $"/Vacancies/Details/{item.Id}",
        "person" => $"/Candidates/Details/{item.Id}",
        _ => $"/Placements/Details/{item.Id}",
    };
}
