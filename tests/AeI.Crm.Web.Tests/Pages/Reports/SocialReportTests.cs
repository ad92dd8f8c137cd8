using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using AeI.Crm.Web.Tests.Infrastructure;

namespace AeI.Crm.Web.Tests.Pages.Reports;

/// <summary>The 2020 social report from the demo's records, on the printable page and as JSON for coordinators.</summary>
[Collection(SharedApp.Name)]
public partial class SocialReportTests(CrmAppFactory app)
{
    private static int Cell(string html, string caseload, string testId)
    {
        var row = Regex.Match(html, $"<tr data-caseload=\"{caseload}\">.*?</tr>", RegexOptions.Singleline).Value;
        return int.Parse(Regex.Match(row, $"data-testid=\"{testId}\">([0-9.]+)<").Groups[1].Value.Replace(".", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
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
