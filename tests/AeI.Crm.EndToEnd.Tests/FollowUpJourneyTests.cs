using System.Globalization;
using Microsoft.Playwright;

namespace AeI.Crm.EndToEnd.Tests;

/// <summary>"Le mie attività" in a real browser: a visit's next step becomes a follow-up, postponed, then done.</summary>
[Collection(SharedBrowser.Name)]
[Trait("Category", "EndToEnd")]
public class FollowUpJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_next_step_is_postponed_by_a_week_then_completed()
    {
        var page = await browser.SignInAsync("account2@demo.local");
        await page.GotoAsync("/Companies?Status=ActivePartner");
        await page.GetByTestId("company-table").Locator("tbody td:first-child a").Nth(2).ClickAsync();
        var subject = $"Richiamare il 15 ({Guid.NewGuid():N})"[..30];
        await page.Locator("label[for='type-OnSiteVisit']").ClickAsync();
        var form = page.GetByTestId("log-activity");
        await form.GetByLabel("Esito").SelectOptionAsync("Positive");
        await form.GetByLabel("Prossimo passo (facoltativo)").FillAsync(subject);
        var due = DateTime.Today.AddDays(2);
        await page.Locator("#Log_NextStepOn").FillAsync(due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await form.GetByRole(AriaRole.Button, new() { Name = "Registra" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Attività registrata");
        await Assertions.Expect(page.GetByTestId("related-followups")).ToContainTextAsync(subject);

        await page.GotoAsync("/FollowUps");
        var row = page.GetByTestId("followup-row").Filter(new() { HasText = subject });
        await Assertions.Expect(row).ToBeVisibleAsync();
        await browser.ScreenshotAsync(page, "followups-list");
        await row.GetByTestId("followup-nextweek").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Rimandata al {due.AddDays(7):dd/MM/yyyy}");
        await Assertions.Expect(page.GetByTestId("followup-group-later").Or(page.GetByTestId("followup-group-week")).GetByText(subject).First).ToBeVisibleAsync();

        row = page.GetByTestId("followup-row").Filter(new() { HasText = subject });
        await row.GetByTestId("followup-complete").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Fatto");
        await Assertions.Expect(page.GetByTestId("followup-row").Filter(new() { HasText = subject })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("followup-done")).ToContainTextAsync(subject);
        await browser.ScreenshotAsync(page, "followups-after-complete");

        await page.GotoAsync("/Account/Profile");
        await page.GetByTestId("calendar-create").ClickAsync();
        await Assertions.Expect(page.GetByTestId("calendar-url")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("/calendar/.+\\.ics$"));
        await browser.ScreenshotAsync(page, "profile-calendar");
    }

    [Fact]
    public async Task The_admin_sees_that_e_mail_is_off()
    {
        var page = await browser.SignInAsync("admin@demo.local");
        await page.GotoAsync("/Admin/Notifications");
        await Assertions.Expect(page.GetByTestId("mail-off")).ToBeVisibleAsync();
        await browser.ScreenshotAsync(page, "admin-notifications");
    }
}
