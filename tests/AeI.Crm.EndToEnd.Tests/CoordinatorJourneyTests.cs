using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace AeI.Crm.EndToEnd.Tests;

/// <summary>
/// The coordinator's year: the funnels as charts, a number opened to the list behind it, the
/// Bilancio sociale printed on A4, and a personal access token that a tool outside the browser uses
/// to read Vacancies and Placements from the OData feed until it is revoked.
/// </summary>
[Collection(SharedBrowser.Name)]
[Trait("Category", "EndToEnd")]
public partial class CoordinatorJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Charts_a_drill_down_and_the_bilancio_sociale_printed_on_a4()
    {
        var page = await browser.SignInAsync("coordinatore@demo.local");
        await page.GotoAsync("/Reports?Year=2020");

        // Every chart on the page was drawn by Chart.js (a canvas without a chart is an empty box).
        await Assertions.Expect(page.Locator("canvas")).ToHaveCountAsync(4);
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('canvas')].every(c => window.Chart && Chart.getChart(c))");
        var labels = await page.EvaluateAsync<string[]>("() => Chart.getChart(document.getElementById('chart-companies')).data.datasets[0].data.map(String)");
        Assert.Equal(["3535", "231", "894"], labels.Take(3));
        await browser.ScreenshotAsync(page, "coordinator-charts");

        await page.Locator("[data-testid='company-funnel'] [data-testid='contacted'] a, [data-testid='company-funnel'] a[data-testid='contacted']").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("drill-count")).ToContainTextAsync("3.535 in tutto");
        await Assertions.Expect(page.GetByTestId("drill-items").Locator("li")).ToHaveCountAsync(500);
        await browser.ScreenshotAsync(page, "coordinator-drill-down");

        await page.GotoAsync("/Reports/SocialReport?Year=2020");
        await Assertions.Expect(page.GetByTestId("sr-contacted")).ToHaveTextAsync("3.535");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await Assertions.Expect(page.Locator("nav").First).ToBeHiddenAsync();
        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true });
        var pages = PdfPage().Count(System.Text.Encoding.Latin1.GetString(pdf));
        Assert.InRange(pages, 1, 2);
        await File.WriteAllBytesAsync(Path.Combine(browser.ScreenshotFolder, "bilancio-sociale-2020.pdf"), pdf);
    }

    [Fact]
    public async Task A_token_made_on_the_profile_reads_vacancies_and_placements_until_revoked()
    {
        var page = await browser.SignInAsync("coordinatore@demo.local");
        await page.GotoAsync("/Account/Profile");
        var card = page.GetByTestId("tokens-card");
        await card.GetByLabel("Nome").FillAsync("Excel ufficio");
        await card.GetByLabel("Durata").SelectOptionAsync("30");
        await card.GetByTestId("token-create").ClickAsync();
        var token = await page.GetByTestId("new-token").InputValueAsync();
        Assert.Matches("^aei_[0-9a-f]{64}$", token);
        await browser.ScreenshotAsync(page, "coordinator-token-created");

        // Shown once: the next visit lists the token by its first characters only.
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByTestId("new-token")).ToHaveCountAsync(0);
        var row = page.GetByTestId("tokens").Locator("tbody tr", new() { HasText = "Excel ufficio" });
        await Assertions.Expect(row).ToContainTextAsync("attivo");
        Assert.DoesNotContain(token, await page.ContentAsync(), StringComparison.Ordinal);

        using var excel = new HttpClient { BaseAddress = new Uri(browser.BaseUrl) };
        excel.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var vacancies = await ReadAllAsync(excel, "/odata/Vacancies?$count=true&$select=Id,Title,Status,OpenedYear");
        var placements = await ReadAllAsync(excel, "/odata/Placements?$count=true&$expand=Vacancy($select=Title)");
        Assert.True(vacancies.Rows > 900, $"{vacancies.Rows} vacancies");
        Assert.Equal(vacancies.Count, vacancies.Rows);
        Assert.True(vacancies.Pages > 0);
        Assert.True(placements.Rows > 0);
        Assert.Equal(placements.Count, placements.Rows);

        await page.ReloadAsync();
        await Assertions.Expect(row).Not.ToContainTextAsync("mai");
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = "Revoca" }).ClickAsync();
        await Assertions.Expect(row).ToContainTextAsync("revocato");
        await browser.ScreenshotAsync(page, "coordinator-token-revoked");
        using var refused = await excel.GetAsync("/odata/Vacancies?$top=1");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    /// <summary>Follows @odata.nextLink to the end, as Excel does; returns the announced count, the rows read and the pages.</summary>
    private static async Task<(long Count, int Rows, int Pages)> ReadAllAsync(HttpClient client, string url)
    {
        long count = -1;
        var rows = 0;
        var pages = 0;
        string? next = url;
        while (next is not null)
        {
            using var response = await client.GetAsync(next);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            if (json.RootElement.TryGetProperty("@odata.count", out var c))
            {
                count = c.GetInt64();
            }

            rows += json.RootElement.GetProperty("value").GetArrayLength();
            pages++;
            next = json.RootElement.TryGetProperty("@odata.nextLink", out var link) ? link.GetString() : null;
        }

        return (count, rows, pages);
    }

    [GeneratedRegex(@"/Type\s*/Page\b")]
    private static partial Regex PdfPage();
}
