using System.Text.Json;
using AeI.Crm.Audit;
using AeI.Crm.Persistence;
using AeI.Crm.Reports;
using AeI.Crm.Web.Exports;
using AeI.Crm.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AeI.Crm.Web.Pages.Reports;

/// <summary>
/// "Numeri": the year's funnels as charts and tables (companies by a chosen breakdown, people by
/// caseload and target group, time to hire, month by month against the year before), law 68, and
/// every table as CSV or .xlsx. Aggregates only; small counts of people are suppressed for viewers
/// who may not see those people (<see cref="SmallCells"/>).
/// </summary>
[Authorize(Policy = Policies.ReadReports)]
public class IndexModel(CrmDbContext db, TimeProvider clock, CurrentUser me, AuditTrail audit) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    /// <summary>The companies' breakdown: month, am, ateco or province.</summary>
    [BindProperty(SupportsGet = true)]
    public string? By { get; set; }

    public YearFunnel Funnel { get; private set; } = new(0, new CompanyFunnel(0, 0, 0, 0), []);

    public ReportTable? Companies { get; private set; }

    public ReportTable? People { get; private set; }

    public ReportTable? PeopleByGroup { get; private set; }

    public ReportTable? TimeToHire { get; private set; }

    public ReportTable? Trend { get; private set; }

    public static IReadOnlyList<(string Key, string Label)> Breakdowns { get; } =
        [("month", "Mese"), ("am", "Account manager"), ("ateco", "Settore ATECO"), ("province", "Provincia")];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var tables = await TablesAsync(ct);
        await tables.PrepareAsync(By switch { "am" => CompanyDimension.AccountManager, "ateco" => CompanyDimension.AtecoSection, "province" => CompanyDimension.Province, _ => CompanyDimension.Month }, ct);
        Companies = await tables.BuildAsync("companies-by-" + By, ct);
        // The cards are the table's total row: the year's distinct companies whatever the breakdown.
        var total = Companies!.Rows.Single(r => r.IsTotal).Cells;
        Funnel = new YearFunnel(Year!.Value, new CompanyFunnel(total[0].Value, total[1].Value, total[2].Value, total[3].Value), [],
            await FunnelReport.Law68Async(db, Year.Value, ct));
        People = await tables.PeopleByCaseloadAsync(ct);
        // Target groups are sensitive: the breakdown (aggregates, small cells suppressed) is for the
        // people who work with them, coordinators and mediators; account managers and admins do not get it.
        PeopleByGroup = me.IsCoordinator || me.IsMediator ? await tables.PeopleByTargetGroupAsync(ct) : null;
        TimeToHire = await tables.TimeToHireAsync(ct);
        Trend = await tables.TrendAsync(ct);
        return Page();
    }

    /// <summary>A table as CSV or .xlsx, with the same suppression as on the page; logged.</summary>
    public async Task<IActionResult> OnGetExportAsync(string? table, string? format, CancellationToken ct)
    {
        if (!TableFile.TryParse(format, out var fileFormat) || table is null || !FunnelTables.TableKeys.Contains(table))
        {
            return BadRequest("Tabella o formato non valido: scegli una tabella della pagina e «csv» o «xlsx».");
        }

        var tables = await TablesAsync(ct);
        if (table == "people-by-target-group" && !me.IsCoordinator && !me.IsMediator)
        {
            return Forbid();
        }

        var report = (await tables.BuildAsync(table, ct))!;
        await audit.RecordAsync(AuditActions.Export, $"reports/{table}.{TableFile.Extension(fileFormat)}", $"year={Year}; rows={report.Rows.Count}", ct);
        Response.ContentType = TableFile.ContentType(fileFormat);
        Response.Headers.ContentDisposition = $"attachment; filename=\"{table}-{Year}.{TableFile.Extension(fileFormat)}\"";
        await TableFile.WriteAsync(Response.Body, fileFormat, report.Title.Length > 31 ? report.Title[..31] : report.Title,
            ["", .. report.Columns.Select(c => c.Header)], Rows(report), ct);
        return new EmptyResult();
    }

    private static async IAsyncEnumerable<object?[]> Rows(ReportTable table)
    {
        foreach (var row in table.Rows)
        {
            yield return [row.Label, .. row.Cells.Select(c => c.Suppressed ? (object)c.Display : c.Value)];
        }

        await Task.CompletedTask;
    }

    private async Task<FunnelTables> TablesAsync(CancellationToken ct)
    {
        var today = clock.Today();
        var year = Year ?? today.Year;
        if (AeI.Crm.Web.Api.SocialReportYears.Problem(year, today.Year) is { } problem)
        {
            ModelState.AddModelError(nameof(Year), problem);
            year = today.Year;
        }

        Year = year;
        By = Breakdowns.Any(b => b.Key == By) ? By : "month";
        return new FunnelTables(db, await me.ViewerAsync(ct), FunnelPeriod.Of(year, clock.RomeNow()));
    }

    /// <summary>The list behind a number, where the viewer may open it.</summary>
    public string? DrillUrl(ReportTable table, ReportRow row, int column)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(row);
        var cell = row.Cells[column];
        if (cell.Suppressed || cell.CountsPeople || cell.Value <= 0 || table.Key == "time-to-hire")
        {
            return null;
        }

        var key = table.Columns[column].Key;
        if (key.EndsWith("-previous", StringComparison.Ordinal))
        {
            return null;
        }

        return $"/Reports/Detail?Year={Year}&Table={table.Key}&Row={Uri.EscapeDataString(row.Key)}&Column={key}";
    }

    /// <summary>The charts' data: only figures the page shows (suppressed ones are null).</summary>
    public string ChartJson()
    {
        var people = People!;
        var trend = Trend!;
        int?[] Column(ReportTable t, string key) => t.Rows.Where(r => !r.IsTotal).Select(r => r.Cells[t.ColumnIndex(key)].Shown).ToArray();
        var data = new
        {
            companies = new
            {
                labels = new[] { "Contattate", "Visitate", "Posizioni aperte", "Posizioni coperte" },
                values = new[] { Funnel.Companies.Contacted, Funnel.Companies.Visited, Funnel.Companies.PositionsOpened, Funnel.Companies.PositionsFilled },
            },
            people = new
            {
                labels = people.Rows.Where(r => !r.IsTotal).Select(r => r.Label).ToArray(),
                series = new[] { ("handled", "Seguite"), ("proposed", "Proposte"), ("interviews", "Colloqui"), ("internships", "Tirocini"), ("hires", "Assunzioni") }
                    .Select(s => new { label = s.Item2, values = Column(people, s.Item1) }).ToArray(),
            },
            trend = new
            {
                labels = trend.Rows.Where(r => !r.IsTotal).Select(r => r.Label[..3]).ToArray(),
                year = Year,
                contacted = Column(trend, "contacted"),
                contactedPrevious = Column(trend, "contacted-previous"),
                hires = Column(trend, "hires"),
                hiresPrevious = Column(trend, "hires-previous"),
            },
        };
        return JsonSerializer.Serialize(data);
    }
}
