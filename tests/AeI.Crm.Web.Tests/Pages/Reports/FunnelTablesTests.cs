using System.IO.Compression;
using System.Net;
using System.Text;
using AeI.Crm.Audit;
using AeI.Crm.Web.Tests.Infrastructure;
using AeI.Crm.Web.Tests.OData;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Tests.Pages.Reports;

/// <summary>The funnel tables on "Numeri": suppression by role, drill-down, exports.</summary>
[Collection(SharedApp.Name)]
public sealed class FunnelTablesTests(CrmAppFactory app)
{
    private static readonly string[] Rows = ["CeLAV", "NIL", "SIL", "total"];

    [Fact]
    public async Task Small_counts_of_people_are_hidden_from_account_managers_and_cannot_be_recovered()
    {
        using var coordinator = await app.SignInAsync(DemoUsers.Coordinator);
        using var am = await app.SignInAsync(DemoUsers.Account1);
        var full = await coordinator.GetPageAsync("/Reports?Year=2020");
        var hidden = await am.GetPageAsync("/Reports?Year=2020");

        // SIL 2020 closed 4 paths with a permanent hire: a coordinator sees 4, an account manager "<5".
        Assert.Equal(4, ReportPage.Cell(full, "people-by-caseload", "SIL", "permanent"));
        Assert.Equal("<5", ReportPage.Text(hidden, "people-by-caseload", "SIL", "permanent"));

        // In every row and column sum, a hidden cell never stands alone: no subtraction gives it back.
        string[] contracts = ["permanent", "fixed-term", "other"];
        foreach (var row in Rows)
        {
            var shown = contracts.Count(c => ReportPage.Text(hidden, "people-by-caseload", row, c) is not ("<5" or "n.d."));
            Assert.NotEqual(contracts.Length - 1, shown);
        }

        foreach (var column in contracts)
        {
            var cells = Rows.Select(r => ReportPage.Text(hidden, "people-by-caseload", r, column)).ToList();
            Assert.NotEqual(1, cells.Count(c => c is "<5" or "n.d."));
        }

        // The value itself is nowhere in the page for the account manager: not in the chart data either.
        var silRow = System.Text.RegularExpressions.Regex.Match(hidden, "<tr data-row=\"SIL\".*?</tr>", System.Text.RegularExpressions.RegexOptions.Singleline).Value;
        Assert.DoesNotContain(">4<", silRow, StringComparison.Ordinal);
        Assert.DoesNotContain("target-groups", hidden, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_number_opens_the_list_behind_it_for_who_may_see_it()
    {
        using var coordinator = await app.SignInAsync(DemoUsers.Coordinator);
        var html = await coordinator.GetPageAsync("/Reports?Year=2020&By=province");
        var milan = ReportPage.Cell(html, "companies-by-province", "MI", "contacted");
        var list = await coordinator.GetPageAsync("/Reports/Detail?Year=2020&Table=companies-by-province&Row=MI&Column=contacted");
        Assert.Contains($"data-testid=\"drill-count\">{milan.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("it-IT"))} in tutto.", WebUtility.HtmlDecode(list), StringComparison.Ordinal);

        var hires = ReportPage.Cell(html, "people-by-caseload", "NIL", "hires");
        var people = await coordinator.GetPageAsync("/Reports/Detail?Year=2020&Table=people-by-caseload&Row=NIL&Column=hires");
        Assert.Contains($"data-testid=\"drill-count\">{hires} in tutto.", WebUtility.HtmlDecode(people), StringComparison.Ordinal);

        // An account manager has no list behind a count of people they may not see.
        using var am = await app.SignInAsync(DemoUsers.Account1);
        var denied = await am.GetAsync("/Reports/Detail?Year=2020&Table=people-by-caseload&Row=NIL&Column=hires");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("AccessDenied", denied.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_table_downloads_as_csv_and_xlsx_with_the_pages_figures_and_is_logged()
    {
        using var am = await app.SignInAsync(DemoUsers.Account1);
        var csv = await am.GetAsync("/Reports?handler=Export&Year=2020&table=people-by-caseload&format=csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith(";Persone seguite;", lines[0], StringComparison.Ordinal);
        var sil = lines.Single(l => l.StartsWith("SIL", StringComparison.Ordinal)).Split(';');
        Assert.Equal("191", sil[1]);
        Assert.Equal("<5", sil[8]);

        var xlsx = await am.GetAsync("/Reports?handler=Export&Year=2020&table=companies-by-month&format=xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var zip = new ZipArchive(await xlsx.Content.ReadAsStreamAsync());
        using var sheet = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        var xml = await sheet.ReadToEndAsync();
        Assert.Contains("Aziende contattate", xml, StringComparison.Ordinal);
        Assert.Contains("<v>3535</v>", xml, StringComparison.Ordinal);

        var bad = await am.GetAsync("/Reports?handler=Export&Year=2020&table=nothing&format=pdf");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var forbidden = await am.GetAsync("/Reports?handler=Export&Year=2020&table=people-by-target-group&format=csv");
        Assert.Equal(HttpStatusCode.Redirect, forbidden.StatusCode);

        var log = await app.QueryAsync(db => db.AuditEntries.Where(a => a.Action == AuditActions.Export).Select(a => a.Target).ToListAsync());
        Assert.Contains("reports/people-by-caseload.csv", log);
        Assert.Contains("reports/companies-by-month.xlsx", log);
    }
}
