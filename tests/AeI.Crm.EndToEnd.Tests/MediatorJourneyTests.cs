using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace AeI.Crm.EndToEnd.Tests;

/// <summary>A mediator's daily work in a real browser: interview feedback in the diary, a card dragged to "assunto", the board by keyboard.</summary>
[Collection(SharedBrowser.Name)]
[Trait("Category", "EndToEnd")]
public class MediatorJourneyTests(BrowserFixture browser)
{
    private static async Task<int> NilHiresAsync(IPage coordinator)
    {
        await coordinator.GotoAsync("/Reports");
        var text = await coordinator.Locator("table[data-table='people-by-caseload'] tr[data-row='NIL'] [data-testid='hires']").InnerTextAsync();
        return int.Parse(text.Replace(".", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Interview_feedback_then_a_drag_to_assunto_shows_on_the_person_the_position_and_the_numbers()
    {
        var coordinator = await browser.SignInAsync("coordinatore@demo.local");
        var hiresBefore = await NilHiresAsync(coordinator);

        var page = await browser.SignInAsync("mediatore.nil@demo.local");
        await page.GotoAsync("/Placements");
        var card = page.GetByTestId("column-Interview").Locator("[data-card][draggable='true']").First;
        var id = await card.GetAttributeAsync("data-card");
        var name = await card.GetAttributeAsync("data-name");

        // Interview feedback in the diary, on the placement's page.
        await page.GotoAsync($"/Placements/Details/{id}");
        var feedback = $"Colloquio andato bene, l'azienda vuole assumere. {Guid.NewGuid():N}"[..60];
        var diary = page.GetByTestId("diary");
        await diary.GetByLabel("Nota").FillAsync(feedback);
        await diary.GetByRole(AriaRole.Button, new() { Name = "Aggiungi al diario" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("diary-notes")).ToContainTextAsync(feedback);
        var personUrl = await page.Locator("a[href^='/Candidates/Details/']").First.GetAttributeAsync("href");
        var vacancyUrl = await page.Locator("main a[href^='/Vacancies/Details/']").First.GetAttributeAsync("href");
        await page.GotoAsync(vacancyUrl!);
        var filledBefore = int.Parse((await page.GetByTestId("openings-filled").InnerTextAsync()).Split(' ')[0], CultureInfo.InvariantCulture);

        // The card dragged to "Assunto": the dialog asks for the contract, then the card leaves the board.
        await page.GotoAsync("/Placements");
        var loads = 0;
        page.Load += (_, _) => loads++;
        card = page.GetByTestId($"card-{id}");
        await card.DragToAsync(page.GetByTestId("column-Hired"));
        var dialog = page.GetByTestId("board-move");
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await Assertions.Expect(dialog.GetByLabel("Nuova fase")).ToHaveValueAsync("Hired");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Conferma" }).ClickAsync();
        await Assertions.Expect(dialog).ToContainTextAsync("Per l'assunzione indica il tipo di contratto.");
        await dialog.GetByLabel("Contratto").SelectOptionAsync("Permanent");
        await browser.ScreenshotAsync(page, "board-hire-dialog");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Conferma" }).ClickAsync();
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByTestId("announcement")).ToContainTextAsync($"{name}: Assunzione registrata");
        await Assertions.Expect(page.GetByTestId($"card-{id}")).ToHaveCountAsync(0);
        Assert.Equal(0, loads);

        await page.GotoAsync(personUrl!);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Assunto/a");
        await Assertions.Expect(page.GetByTestId("diary-notes")).ToContainTextAsync(feedback);
        await page.GotoAsync(vacancyUrl!);
        await Assertions.Expect(page.GetByTestId("openings-filled")).ToContainTextAsync($"{filledBefore + 1} di");
        Assert.Equal(hiresBefore + 1, await NilHiresAsync(coordinator));
    }

    [Fact]
    public async Task The_board_works_from_the_keyboard_and_refuses_a_step_back_in_italian()
    {
        var page = await browser.SignInAsync("mediatore.nil@demo.local");
        await page.GotoAsync("/Placements");
        var card = page.GetByTestId("column-Proposed").Locator("[data-card][draggable='true']").First;
        var id = await card.GetAttributeAsync("data-card");
        await card.GetByRole(AriaRole.Button).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var dialog = page.GetByTestId("board-move");
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await Assertions.Expect(dialog.GetByLabel("Nuova fase")).ToHaveValueAsync("CvSent");
        await Assertions.Expect(dialog.GetByRole(AriaRole.Button, new() { Name = "Conferma" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        var moved = page.GetByTestId("column-CvSent").GetByTestId($"card-{id}");
        await Assertions.Expect(moved).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("column-CvSent").Locator("[data-column-count]")).ToHaveTextAsync(new Regex("^\\d+$"));
        await Assertions.Expect(moved.GetByRole(AriaRole.Button)).ToBeFocusedAsync();
        await browser.ScreenshotAsync(page, "board-after-keyboard-move");

        // A card cannot go back: the earlier columns do not take it.
        await moved.DragToAsync(page.GetByTestId("column-Proposed"));
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByTestId("column-CvSent").GetByTestId($"card-{id}")).ToBeVisibleAsync();
    }
}
