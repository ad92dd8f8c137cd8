using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace AeI.Crm.EndToEnd.Tests;

/// <summary>Each demo role does its main job in a real browser.</summary>
[Collection(SharedBrowser.Name)]
[Trait("Category", "EndToEnd")]
public class RoleJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Account_manager_logs_a_visit_and_opens_a_vacancy()
    {
        var page = await browser.SignInAsync("account1@demo.local");
        await page.GotoAsync("/Companies/Edit");
        await page.GetByLabel("Ragione sociale").FillAsync("Prova Errata S.r.l.");
        await page.GetByLabel("Partita IVA").FillAsync("12345678901");
        await page.GetByLabel("Comune").FillAsync("Atlantide");
        await page.GetByRole(AriaRole.Button, new() { Name = "Salva" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("vat-error")).ToContainTextAsync("La partita IVA non è valida");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("non trovato");
        await browser.ScreenshotAsync(page, "account-manager-company-errors");

        await page.GotoAsync("/FollowUps");
        await Assertions.Expect(page.GetByTestId("followup-group-overdue")).ToBeVisibleAsync();
        await browser.ScreenshotAsync(page, "account-manager-followups");

        await page.GotoAsync("/Companies?Status=ActivePartner");
        await browser.ScreenshotAsync(page, "account-manager-companies");
        await page.GetByTestId("company-table").Locator("tbody td:first-child a").First.ClickAsync();
        var companyName = await page.GetByTestId("company-name").InnerTextAsync();

        await page.Locator("label[for='type-OnSiteVisit']").ClickAsync();
        var form = page.GetByTestId("log-activity");
        await form.GetByLabel("Esito").SelectOptionAsync("Positive");
        await form.GetByLabel("Note").FillAsync("Visita e giro del magazzino: interesse per due tirocini.");
        await form.GetByRole(AriaRole.Button, new() { Name = "Registra" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Attività registrata");
        await Assertions.Expect(page.GetByTestId("timeline").Locator("li").First).ToContainTextAsync("Visita in sede");
        await Assertions.Expect(page.GetByTestId("timeline").Locator("li").First).ToContainTextAsync("due tirocini");
        await browser.ScreenshotAsync(page, "account-manager-company");

        await page.GetByRole(AriaRole.Link, new() { Name = "Apri posizione" }).ClickAsync();
        await page.GetByLabel("Titolo della posizione").FillAsync("Magazziniere con patentino");
        await page.GetByLabel("Occupazione (ESCO)").FillAsync("operatore di carrelli elevatori a forcella");
        await page.GetByLabel("Competenze richieste (una per riga)").FillAsync("carico e scarico merci\nuso del transpallet");
        await browser.ScreenshotAsync(page, "account-manager-vacancy-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Salva" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("vacancy-title")).ToHaveTextAsync("Magazziniere con patentino");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(companyName);
    }

    [Fact]
    public async Task Mediator_finds_candidates_for_an_open_vacancy_and_proposes_one()
    {
        var page = await browser.SignInAsync("mediatore.nil@demo.local");
        await page.GotoAsync("/Vacancies?Status=Open");
        await page.GetByTestId("vacancy-table").Locator("tbody a[href^='/Vacancies/Details']").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("placement-board")).ToBeVisibleAsync();
        await browser.ScreenshotAsync(page, "mediator-vacancy");
        await page.GetByRole(AriaRole.Link, new() { Name = "Trova candidati" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("match-results")).ToBeVisibleAsync();
        var first = page.GetByTestId("match-results").Locator("li").First;
        var name = (await first.Locator("a").First.InnerTextAsync()).Trim();
        await Assertions.Expect(first.GetByTestId("distance")).ToContainTextAsync(new System.Text.RegularExpressions.Regex("km|stesso comune"));
        await Assertions.Expect(first.GetByTestId("fit-band")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^(Ottimo|Buono)$"));
        await browser.ScreenshotAsync(page, "mediator-match");
        await first.GetByRole(AriaRole.Button, new() { Name = "Proponi" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("proposto/a per");
        await Assertions.Expect(page.GetByTestId("match-results").Locator("li", new() { HasText = name })).ToContainTextAsync("già proposto");

        await page.GotoAsync("/Candidates");
        await page.GetByTestId("candidate-table").Locator("tbody a").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("sensitive")).ToBeVisibleAsync();
        await browser.ScreenshotAsync(page, "mediator-candidate");
        await page.GetByRole(AriaRole.Link, new() { Name = "Trova offerte" }).ClickAsync();
        // Either positions above the cut-off, or the sentence that says there are none.
        await Assertions.Expect(page.Locator("[data-testid='vacancy-result'], [data-testid='no-fits']").First).ToBeVisibleAsync();
        await browser.ScreenshotAsync(page, "mediator-offers");
    }

    [Fact]
    public async Task Coordinator_reads_the_2020_numbers_and_sees_no_sensitive_field()
    {
        var page = await browser.SignInAsync("coordinatore@demo.local");
        await browser.ScreenshotAsync(page, "coordinator-home");
        await page.GetByRole(AriaRole.Link, new() { Name = "Numeri", Exact = true }).ClickAsync();
        await page.GetByLabel("Anno").FillAsync("2020");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mostra" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid='company-funnel'] [data-testid='contacted']")).ToHaveTextAsync("3.535");
        await Assertions.Expect(page.Locator("[data-testid='company-funnel'] [data-testid='visited']")).ToHaveTextAsync("231");
        await Assertions.Expect(page.Locator("[data-testid='company-funnel'] [data-testid='positions']")).ToHaveTextAsync("894");
        await Assertions.Expect(page.Locator("table[data-table='people-by-caseload'] tr[data-row='CeLAV'] [data-testid='closed-hired']")).ToHaveTextAsync("141");
        await browser.ScreenshotAsync(page, "coordinator-numbers");

        await page.GotoAsync("/Candidates?Status=");
        await page.GetByTestId("candidate-table").Locator("tbody a").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("candidate-name")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("sensitive")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("form[data-testid='candidate-form']")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Admin_creates_a_mediator_for_a_caseload()
    {
        var page = await browser.SignInAsync("admin@demo.local");
        await page.GetByRole(AriaRole.Link, new() { Name = "Utenti" }).ClickAsync();
        var form = page.GetByTestId("user-form");
        await form.GetByLabel("E-mail").FillAsync("nuova.mediatrice@demo.local");
        await form.GetByLabel("Nome e cognome").FillAsync("Nuova Mediatrice");
        await form.GetByLabel("Ruolo").SelectOptionAsync("Mediator");
        await form.GetByLabel("SIL Magentino").CheckAsync();
        await form.GetByLabel("Password iniziale").FillAsync("una password iniziale lunga");
        await form.GetByRole(AriaRole.Button, new() { Name = "Crea" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("creato");
        var row = page.GetByTestId("user-table").Locator("tr", new() { HasText = "nuova.mediatrice@demo.local" });
        await Assertions.Expect(row).ToContainTextAsync("SIL");
        await Assertions.Expect(row).ToContainTextAsync(new Regex("Mediatore"));
        await browser.ScreenshotAsync(page, "admin-users");

        // The new user chooses a password of their own before anything else.
        var mediator = await browser.SignInAsync("nuova.mediatrice@demo.local", "una password iniziale lunga", "/Account/Password");
        await Assertions.Expect(mediator.GetByTestId("password-required")).ToBeVisibleAsync();
        await mediator.GetByLabel("Password attuale").FillAsync("una password iniziale lunga");
        await mediator.GetByLabel("Password nuova", new() { Exact = true }).FillAsync("password");
        await mediator.GetByLabel("Ripeti la password nuova").FillAsync("password");
        await mediator.GetByRole(AriaRole.Button, new() { Name = "Cambia password" }).ClickAsync();
        await Assertions.Expect(mediator.Locator("[data-valmsg-for='Input.NewPassword']")).ToContainTextAsync("da 12 a 128 caratteri");
        await browser.ScreenshotAsync(mediator, "password-refused");
        await mediator.GetByLabel("Password attuale").FillAsync("una password iniziale lunga");
        await mediator.GetByLabel("Password nuova", new() { Exact = true }).FillAsync("il mio orto sul naviglio grande");
        await mediator.GetByLabel("Ripeti la password nuova").FillAsync("il mio orto sul naviglio grande");
        await mediator.GetByRole(AriaRole.Button, new() { Name = "Cambia password" }).ClickAsync();
        await mediator.WaitForURLAsync(new Regex("/Account/Login"));
        await Assertions.Expect(mediator.GetByRole(AriaRole.Status)).ToContainTextAsync("Password cambiata");

        // Disabling asks first, then the row shows it.
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = "Disattiva" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("sessioni aperte sono state chiuse");
        await browser.ScreenshotAsync(page, "admin-user-disabled");
    }

    [Fact]
    public async Task Wrong_sign_in_and_missing_pages_speak_italian()
    {
        var context = await browser.Browser.NewContextAsync(new() { BaseURL = browser.BaseUrl, Locale = "it-IT" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("E-mail").FillAsync("nessuno@demo.local");
        await page.GetByLabel("Password").FillAsync("una password qualsiasi");
        await page.GetByRole(AriaRole.Button, new() { Name = "Accedi" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("E-mail o password non corretti");
        await browser.ScreenshotAsync(page, "login-refused");

        var coordinator = await browser.SignInAsync("coordinatore@demo.local");
        var response = await coordinator.GotoAsync("/Companies/Details/987654");
        Assert.Equal(404, response!.Status);
        await Assertions.Expect(coordinator.GetByTestId("error-page")).ToContainTextAsync("Pagina non trovata");
        await browser.ScreenshotAsync(coordinator, "not-found");
        await coordinator.GotoAsync("/Companies/Details/1");
        await Assertions.Expect(coordinator.GetByTestId("reassign")).ToBeVisibleAsync();
        await browser.ScreenshotAsync(coordinator, "company-reassign");
    }
}
