using Microsoft.Playwright;

namespace AeI.Crm.EndToEnd.Tests;

/// <summary>An account manager's most frequent job in a real browser: find a company from the header and log a call without loading a page.</summary>
[Collection(SharedBrowser.Name)]
[Trait("Category", "EndToEnd")]
public class DailyWorkJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Found_from_the_header_and_logged_in_two_clicks_without_a_page_load()
    {
        var page = await browser.SignInAsync("account1@demo.local");
        await page.GotoAsync("/Companies?Status=ActivePartner");
        var name = await page.GetByTestId("company-table").Locator("tbody td:first-child a").Nth(3).InnerTextAsync();
        await page.GotoAsync("/");
        var loads = 0;
        page.Load += (_, _) => loads++;

        // "/" focuses the header's box; the query is typed in lower case.
        await page.Keyboard.PressAsync("/");
        await Assertions.Expect(page.Locator("#global-search")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(name.Split(' ')[0].ToLowerInvariant());
        var results = page.GetByTestId("global-search-results");
        var hit = results.GetByRole(AriaRole.Option, new() { Name = name });
        await Assertions.Expect(hit.First).ToBeVisibleAsync();
        await browser.ScreenshotAsync(page, "global-search-suggestions");

        await results.Locator(".d-flex").Filter(new() { HasText = name }).First.GetByTestId("search-quick-log").ClickAsync(); // click 1
        var dialog = page.GetByTestId("quick-log");
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await Assertions.Expect(dialog).ToContainTextAsync(name);
        await dialog.GetByLabel("Esito").SelectOptionAsync("Neutral");
        var note = $"Chiamata di prova {Guid.NewGuid():N}"[..30];
        await dialog.GetByLabel("Note").FillAsync(note);
        await Assertions.Expect(dialog.Locator("#ql-notes-count")).ToHaveTextAsync($"{note.Length} / 4000");
        await browser.ScreenshotAsync(page, "quick-log-dialog");
        await dialog.GetByTestId("quick-log-save").ClickAsync(); // click 2

        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByTestId("announcement")).ToContainTextAsync($"Attività registrata: {name}");
        Assert.Equal(0, loads);

        await hit.First.Page.GotoAsync("/Search?q=" + Uri.EscapeDataString(name));
        await page.GetByTestId("search-companies").GetByRole(AriaRole.Link, new() { Name = name }).First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("timeline").Locator("li").First).ToContainTextAsync(note);
    }

    [Fact]
    public async Task Arrows_and_enter_open_a_result_and_the_dialog_refuses_a_log_without_outcome()
    {
        var page = await browser.SignInAsync("account2@demo.local");
        await page.Locator("#global-search").FillAsync("magazziniere");
        var results = page.GetByTestId("global-search-results");
        await Assertions.Expect(results.GetByRole(AriaRole.Option).First).ToBeVisibleAsync();
        await page.Locator("#global-search").PressAsync("ArrowDown");
        await page.Locator("#global-search").PressAsync("Enter");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/(Vacancies|Companies)/Details/\\d+$"));

        await page.GotoAsync("/Companies?Status=Prospect");
        await page.GetByTestId("quick-log-open").First.ClickAsync();
        var dialog = page.GetByTestId("quick-log");
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await dialog.GetByTestId("quick-log-save").ClickAsync();
        await Assertions.Expect(dialog.Locator("[data-error-for='Input.Outcome']")).ToHaveTextAsync("Indica l'esito.");
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await browser.ScreenshotAsync(page, "quick-log-refused");
    }
}
