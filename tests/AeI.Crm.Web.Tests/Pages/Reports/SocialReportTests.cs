using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using AeI.Crm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Tests.Pages.Reports;

/// <summary>The 2020 social report from the demo's records, on the printable page and as JSON for coordinators.</summary>
[Collection(SharedApp.Name)]
public partial class SocialReportTests(CrmAppFactory app)
{
    private static int Cell(string html, string caseload, string testId)
    {
        var row = Regex.Match(html, $"<tr data-row=\"{caseload}\"[^>]*>.*?</tr>", RegexOptions.Singleline).Value;
        return int.Parse(Regex.Match(row, $"data-testid=\"{testId}\">(?:<a [^>]*>)?([0-9.]+)<").Groups[1].Value.Replace(".", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task The_json_gives_the_published_2020_figures_with_every_field_for_every_caseload()
    {
        using var coordinator = await app.SignInAsync(DemoUsers.Coordinator);
        var response = await coordinator.GetAsync("/api/reports/social-report/2020");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var root = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(2020, root.GetProperty("year").GetInt32());
        Assert.Equal(3535, root.GetProperty("companiesContacted").GetInt32());
        Assert.Equal(231, root.GetProperty("companiesVisited").GetInt32());
        Assert.Equal(894, root.GetProperty("positionsOpened").GetInt32());
        var caseloads = root.GetProperty("caseloads").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!);
        Assert.Equal(["CeLAV", "NIL", "SIL"], caseloads.Keys.Order(StringComparer.Ordinal));
        string[] fields = ["name", "cases", "closed", "hired", "permanent", "fixedTerm", "otherContracts", "internships"];
        Assert.All(caseloads.Values, c => Assert.Equal(fields.Order(StringComparer.Ordinal), c.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)));
        var celav = caseloads["CeLAV"];
        Assert.Equal((1392, 553, 141, 47, 66, 28), (celav.GetProperty("cases").GetInt32(), celav.GetProperty("closed").GetInt32(), celav.GetProperty("hired").GetInt32(),
            celav.GetProperty("permanent").GetInt32(), celav.GetProperty("fixedTerm").GetInt32(), celav.GetProperty("otherContracts").GetInt32()));
        Assert.Equal((333, 161, 43), (caseloads["NIL"].GetProperty("cases").GetInt32(), caseloads["NIL"].GetProperty("internships").GetInt32(), caseloads["NIL"].GetProperty("hired").GetInt32()));
        Assert.Equal((191, 41, 17), (caseloads["SIL"].GetProperty("cases").GetInt32(), caseloads["SIL"].GetProperty("internships").GetInt32(), caseloads["SIL"].GetProperty("hired").GetInt32()));
    }

    [Fact]
    public async Task The_printable_page_shows_the_same_figures()
    {
        using var coordinator = await app.SignInAsync(DemoUsers.Coordinator);
        var html = await coordinator.GetPageAsync("/Reports/SocialReport?Year=2020");
        Assert.Contains("data-testid=\"sr-contacted\">3.535<", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"sr-visited\">231<", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"sr-opened\">894<", html, StringComparison.Ordinal);
        Assert.Equal((1392, 553, 141, 47, 66, 28), (Cell(html, "CeLAV", "cases"), Cell(html, "CeLAV", "closed"), Cell(html, "CeLAV", "hired"), Cell(html, "CeLAV", "permanent"), Cell(html, "CeLAV", "fixed-term"), Cell(html, "CeLAV", "other")));
        Assert.Equal((333, 161, 43), (Cell(html, "NIL", "cases"), Cell(html, "NIL", "internships"), Cell(html, "NIL", "hired")));
        Assert.Equal((191, 41, 17), (Cell(html, "SIL", "cases"), Cell(html, "SIL", "internships"), Cell(html, "SIL", "hired")));
    }

    [Fact]
    public async Task The_law_68_figures_count_quota_companies_and_reserved_positions_of_the_year()
    {
        // Counted here in memory, from the entities, not with the report's queries.
        var expected = await app.QueryAsync(async db =>
        {
            var companies = await db.Companies.AsNoTracking().Select(c => new { c.Law68QuotaTotal, c.ProtectedWorkersEmployed }).ToListAsync();
            var positions = await db.Vacancies.AsNoTracking().Select(v => new { v.OpenedOn, v.Law68Reservation, v.Status }).ToListAsync();
            var reserved = positions.Where(v => v.OpenedOn.Year == 2020 && v.Law68Reservation != AeI.Crm.Vacancies.Law68Reservation.None).ToList();
            return (companies.Count(c => c.Law68QuotaTotal > 0), companies.Count(c => c.Law68QuotaTotal > 0 && (c.ProtectedWorkersEmployed ?? 0) < c.Law68QuotaTotal),
                reserved.Count, reserved.Count(v => v.Status == AeI.Crm.Vacancies.VacancyStatus.Filled));
        });
        Assert.True(expected.Item1 > 0 && expected.Item3 > 0, "the demo has quota companies and reserved positions in 2020");

        using var coordinator = await app.SignInAsync(DemoUsers.Coordinator);
        var html = await coordinator.GetPageAsync("/Reports?Year=2020");
        int Figure(string id) => int.Parse(Regex.Match(html, $"data-testid=\"{id}\">(?:<a [^>]*>)?([0-9.]+)<").Groups[1].Value.Replace(".", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected, (Figure("l68-companies"), Figure("l68-uncovered"), Figure("l68-reserved"), Figure("l68-reserved-filled")));
    }

    [Fact]
    public async Task Other_roles_are_refused_and_a_bad_year_gets_an_italian_message()
    {
        using var am = await app.SignInAsync(DemoUsers.Account1);
        Assert.Equal(HttpStatusCode.Forbidden, (await am.GetAsync("/api/reports/social-report/2020")).StatusCode);
        using var mediator = await app.SignInAsync(DemoUsers.MediatorNil);
        var page = await mediator.GetAsync("/Reports/SocialReport?Year=2020");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);

        using var coordinator = await app.SignInAsync(DemoUsers.Coordinator);
        var bad = await coordinator.GetAsync("/api/reports/social-report/1999");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Scegli un anno tra il 2000", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Scegli un anno tra il 2000", WebUtility.HtmlDecode(await coordinator.GetPageAsync("/Reports/SocialReport?Year=3000")), StringComparison.Ordinal);
    }
}
