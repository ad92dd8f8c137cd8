using AeI.Crm.Demo;
using Microsoft.Playwright;

namespace AeI.Crm.EndToEnd.Tests;

/// <summary>
/// An account manager brings in their messy spreadsheet in a real browser: upload, columns,
/// preview, the run with its progress bar, the report; then the company list downloads to Excel.
/// </summary>
[Collection(SharedBrowser.Name)]
[Trait("Category", "EndToEnd")]
public class ImportJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_messy_spreadsheet_comes_in_with_a_progress_bar_and_a_report()
    {
        var page = await browser.SignInAsync("account2@demo.local");
        var cspViolations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                cspViolations.Add(message.Text);
            }
        };
        await page.GetByRole(AriaRole.Link, new() { Name = "Importa", Exact = true }).ClickAsync();
        await page.GetByLabel("Cosa importi").SelectOptionAsync("Companies");
        await page.Locator("#file").SetInputFilesAsync(new FilePayload
        {
            Name = "aziende-mario.csv",
            MimeType = "text/csv",
            Buffer = MessyCompanyFile.Csv(MessyCompanyFile.Rows(2000, seed: 7)),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Carica e controlla" }).ClickAsync();

        // The columns, guessed from the Italian headers.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Colonne di «aziende-mario.csv»" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("P.IVA")).ToHaveValueAsync("vat");
        await Assertions.Expect(page.GetByLabel("Città")).ToHaveValueAsync("municipality");
        await browser.ScreenshotAsync(page, "import-columns");
        await page.GetByRole(AriaRole.Button, new() { Name = "Controlla le righe" }).ClickAsync();

        // The preview: every row checked, nothing imported yet.
        await Assertions.Expect(page.GetByTestId("preview-counts")).ToBeVisibleAsync();
        var created = int.Parse((await page.GetByTestId("count-created").InnerTextAsync()).Replace(".", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
        var rejected = await page.GetByTestId("count-rejected").InnerTextAsync();
        Assert.True(created > 1000, $"{created} new companies");
        await page.GetByRole(AriaRole.Link, new() { Name = $"Scartata ({rejected})" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("preview-rows").Locator("tbody tr").First).ToContainTextAsync("Scartata");
        await browser.ScreenshotAsync(page, "import-preview-rejected");
        await page.GetByTestId("confirm-import").ClickAsync();

        // The run: a progress bar that follows it, then the report.
        var bar = page.GetByRole(AriaRole.Progressbar, new() { Name = "Avanzamento dell'importazione" });
        await Assertions.Expect(bar).ToBeVisibleAsync();
        await browser.ScreenshotAsync(page, "import-progress");
        await Assertions.Expect(page.GetByTestId("import-status")).ToHaveTextAsync("Completata", new() { Timeout = 60_000 });
        await Assertions.Expect(bar).ToHaveAttributeAsync("aria-valuenow", "100");
        Assert.Equal("100%", await page.GetByTestId("import-progress").Locator("[data-field='bar']").EvaluateAsync<string>("b => b.style.width"));
        await Assertions.Expect(page.GetByTestId("done-created")).ToHaveTextAsync(created.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("it-IT")));
        await Assertions.Expect(page.GetByTestId("done-rejected")).ToHaveTextAsync(rejected);
        await Assertions.Expect(page.GetByTestId("report-rows").Locator("tbody tr")).ToHaveCountAsync(100);
        await browser.ScreenshotAsync(page, "import-report");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("report-xlsx").ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);

        // The imported companies are in the list, and the list downloads to Excel.
        await page.GotoAsync("/Companies?Q=" + Uri.EscapeDataString("Lombardia"));
        var export = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-xlsx").ClickAsync());
        Assert.StartsWith("aziende-", export.SuggestedFilename, StringComparison.Ordinal);
        Assert.Empty(cspViolations);
    }
}
