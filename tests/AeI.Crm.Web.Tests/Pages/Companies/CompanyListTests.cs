using System.Globalization;
using AeI.Crm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Tests.Pages.Companies;

[Collection(SharedApp.Name)]
public class CompanyListTests(CrmAppFactory app)
{
    private static readonly CultureInfo Italian = new("it-IT");

    [Fact]
    public async Task Searching_by_VAT_number_finds_the_company()
    {
        var company = await app.QueryAsync(db => db.Companies.OrderBy(c => c.Id).Skip(100).FirstAsync());
        using var client = await app.SignInAsync(DemoUsers.Coordinator);
        var html = await client.GetPageAsync($"/Companies?Q=IT{company.VatNumber}");
        Assert.Contains($"href=\"/Companies/Details/{company.Id}\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"company-total\">1<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Searching_by_municipality_lists_the_companies_there()
    {
        var expected = await app.QueryAsync(db => db.Companies.CountAsync(c => c.Municipality!.Name.StartsWith("Rho")));
        using var client = await app.SignInAsync(DemoUsers.Coordinator);
        var html = await client.GetPageAsync("/Companies?Q=Rho");
        Assert.True(expected > 0);
        Assert.Contains($"data-testid=\"company-total\">{expected.ToString("N0", Italian)}<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_uncovered_quota_filter_counts_what_the_database_counts()
    {
        var expected = await app.QueryAsync(db => db.Companies.CountAsync(c => c.Law68QuotaTotal > (c.ProtectedWorkersEmployed ?? 0) && c.Municipality!.ProvinceCode == "MI"));
        using var client = await app.SignInAsync(DemoUsers.Account1);
        var html = await client.GetPageAsync("/Companies?QuotaUncovered=true&Province=MI&p=2");
        Assert.Contains($"data-testid=\"company-total\">{expected.ToString("N0", Italian)}<", html, StringComparison.Ordinal);
        Assert.Matches("Pagina 2 / [0-9]+", html);
    }
}
