using System.Net;
using System.Text.Json;
using AeI.Crm.Web.OData;
using AeI.Crm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Tests.OData;

/// <summary>The feed speaks OData v4: context, count, paging that a client cannot switch off, limits as OData errors.</summary>
[Collection(SharedApp.Name)]
public sealed class FeedProtocolTests(CrmAppFactory app)
{
    [Fact]
    public async Task A_page_carries_context_count_and_next_link()
    {
        using var feed = await FeedClient.ForAsync(app, DemoUsers.Coordinator);
        var page = await feed.JsonAsync("/odata/Companies?$count=true&$select=Id,LegalName");
        var companies = await app.QueryAsync(db => db.Companies.CountAsync());
        Assert.EndsWith("/odata/$metadata#Companies(Id,LegalName)", page.GetProperty("@odata.context").GetString(), StringComparison.Ordinal);
        Assert.Equal(companies, page.GetProperty("@odata.count").GetInt32());
        Assert.Equal(FeedQueryAttribute.RowsPerPage, page.Rows().Count);
        var next = new Uri(page.GetProperty("@odata.nextLink").GetString()!);
        var second = await feed.JsonAsync(next.PathAndQuery);
        Assert.True(second.Rows()[0].GetProperty("Id").GetInt32() > page.Rows()[^1].GetProperty("Id").GetInt32());
    }

    [Theory]
    [InlineData("odata.maxpagesize=0")]
    [InlineData("odata.maxpagesize=100000")]
    public async Task A_client_cannot_ask_for_everything_in_one_page(string prefer)
    {
        using var feed = await FeedClient.ForAsync(app, DemoUsers.Coordinator);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/odata/Companies?$select=Id");
        request.Headers.TryAddWithoutValidation("Prefer", prefer);
        var response = await feed.SendAsync(request);
        var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(page.Rows().Count <= FeedQueryAttribute.RowsPerPage);
        Assert.True(page.TryGetProperty("@odata.nextLink", out _));
    }

    [Theory]
    [InlineData("/odata/Companies?$top=5001")]
    [InlineData("/odata/Companies?$top=2&$expand=Vacancies($top=5001)")]
    [InlineData("/odata/Placements?$top=1&$expand=Vacancy($expand=Company)")]
    [InlineData("/odata/Companies?$filter=LegalName eq 'x' or LegalName eq 'x' or LegalName eq 'x' or LegalName eq 'x' or LegalName eq 'x' or LegalName eq 'x' or LegalName eq 'x' or LegalName eq 'x' or LegalName eq 'x' or LegalName eq 'x' or LegalName eq 'x' or LegalName eq 'x' or LegalName eq 'x' or LegalName eq 'x' or LegalName eq 'x' or LegalName eq 'x' or LegalName eq 'x' or LegalName eq 'x' or LegalName eq 'x' or LegalName eq 'x' or LegalName eq 'x' or LegalName eq 'x' or LegalName eq 'x' or LegalName eq 'x' or LegalName eq 'x' or LegalName eq 'x' or LegalName eq 'x' or LegalName eq 'x' or LegalName eq 'x' or LegalName eq 'x' or LegalName eq 'x' or LegalName eq 'x' or LegalName eq 'x' or LegalName eq 'x' or LegalName eq 'x' or LegalName eq 'x' or LegalName eq 'x' or LegalName eq 'x' or LegalName eq 'x' or LegalName eq 'x' or LegalName eq 'x' or LegalName eq 'x' or LegalName eq 'x' or LegalName eq 'x' or LegalName eq 'x' or LegalName eq 'x' or LegalName eq 'x' or LegalName eq 'x' or LegalName eq 'x' or LegalName eq 'x' or LegalName eq 'x'")]
    [InlineData("/odata/Companies?$filter=NoSuchField eq 1")]
    public async Task A_query_over_a_limit_gets_400_with_an_odata_error(string url)
    {
        using var feed = await FeedClient.ForAsync(app, DemoUsers.Coordinator);
        var response = await feed.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error");
        Assert.False(string.IsNullOrEmpty(error.GetProperty("message").GetString()));
        Assert.DoesNotContain("stacktrace", error.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Apply_rebuilds_the_funnel_page_figures()
    {
        using var feed = await FeedClient.ForAsync(app, DemoUsers.Coordinator);
        var contacted = (await feed.JsonAsync("/odata/Activities?$apply=filter(Year eq 2020)/aggregate(CompanyId with countdistinct as Contacted)")).Rows().Single();
        var visited = (await feed.JsonAsync("/odata/Activities?$apply=filter(Year eq 2020 and Type eq 'OnSiteVisit')/aggregate(CompanyId with countdistinct as Visited)")).Rows().Single();
        var opened = (await feed.JsonAsync("/odata/Vacancies?$apply=filter(OpenedYear eq 2020)/groupby((Status),aggregate($count as N))")).Rows();
        Assert.Equal(3535, contacted.GetProperty("Contacted").GetInt32());
        Assert.Equal(231, visited.GetProperty("Visited").GetInt32());
        Assert.Equal(894, opened.Sum(r => r.GetProperty("N").GetInt32()));

        // People per caseload: the same numbers as the page's table.
        using var coordinator = await app.SignInAsync(DemoUsers.Coordinator);
        var html = await coordinator.GetPageAsync("/Reports?Year=2020");
        var proposed = (await feed.JsonAsync("/odata/Placements?$apply=filter(ProposedYear eq 2020)/groupby((CaseloadId),aggregate(CandidateId with countdistinct as Proposed))")).Rows();
        var hires = (await feed.JsonAsync("/odata/Placements?$apply=filter(HiredYear eq 2020)/groupby((CaseloadId),aggregate($count as Hires))")).Rows();
        var caseloads = await app.QueryAsync(db => db.Caseloads.ToDictionaryAsync(c => c.Id, c => c.Code));
        foreach (var row in proposed)
        {
            var code = caseloads[row.GetProperty("CaseloadId").GetInt32()];
            Assert.Equal(ReportPage.Cell(html, "people-by-caseload", code, "proposed"), row.GetProperty("Proposed").GetInt32());
        }

        foreach (var row in hires)
        {
            var code = caseloads[row.GetProperty("CaseloadId").GetInt32()];
            Assert.Equal(ReportPage.Cell(html, "people-by-caseload", code, "hires"), row.GetProperty("Hires").GetInt32());
        }

        Assert.Equal(3, proposed.Count);
    }
}
