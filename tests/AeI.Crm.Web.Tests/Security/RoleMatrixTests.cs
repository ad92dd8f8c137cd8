using System.Net;
using AeI.Crm.Candidates;
using AeI.Crm.Web.Infrastructure;
using AeI.Crm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Tests.Security;

/// <summary>Who may open and change what; sensitive candidate fields only for the caseload's mediators.</summary>
[Collection(SharedApp.Name)]
public class RoleMatrixTests(CrmAppFactory app)
{
    private static readonly string[] SensitiveMarkers =
        [.. Enum.GetValues<TargetGroup>().Where(g => g != TargetGroup.None).Select(Labels.Of), "L. 68 art. 1 (disabilità)", "L. 68 art. 18", "data-testid=\"sensitive\"", "Dati riservati"];

    private Task<Candidate> CandidateOfAsync(string caseloadCode) =>
        app.QueryAsync(db => db.Candidates.Where(c => c.Caseload!.Code == caseloadCode && c.TargetGroup != TargetGroup.None && c.ClosedOn == null).OrderBy(c => c.Id).FirstAsync());

    [Theory]
    [InlineData(DemoUsers.Account1, "/Companies/Edit", true)]
    [InlineData(DemoUsers.MediatorCelav, "/Companies/Edit", false)]
    [InlineData(DemoUsers.Coordinator, "/Companies/Edit", false)]
    [InlineData(DemoUsers.Admin, "/Companies/Edit", false)]
    [InlineData(DemoUsers.MediatorCelav, "/Candidates/Edit", true)]
    [InlineData(DemoUsers.Account1, "/Candidates/Edit", false)]
    [InlineData(DemoUsers.Coordinator, "/Candidates/Edit", false)]
    [InlineData(DemoUsers.Admin, "/Admin/Users", true)]
    [InlineData(DemoUsers.Coordinator, "/Admin/Users", false)]
    [InlineData(DemoUsers.Account1, "/Admin/Caseloads", false)]
    [InlineData(DemoUsers.MediatorCelav, "/Admin/Caseloads", false)]
    [InlineData(DemoUsers.Coordinator, "/Reports?Year=2020", true)]
    [InlineData(DemoUsers.Coordinator, "/Companies", true)]
    [InlineData(DemoUsers.MediatorNil, "/Vacancies", true)]
    [InlineData(DemoUsers.MediatorNil, "/Placements", true)]
    [InlineData(DemoUsers.Account1, "/Placements", false)]
    public async Task Pages_open_only_to_their_roles(string user, string url, bool allowed)
    {
        using var client = await app.SignInAsync(user);
        var response = await client.GetAsync(url);
        if (allowed)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_mediator_sees_the_sensitive_fields_of_own_caseload()
    {
        var person = await CandidateOfAsync("CeLAV");
        using var client = await app.SignInAsync(DemoUsers.MediatorCelav);
        var html = WebUtility.HtmlDecode(await client.GetPageAsync($"/Candidates/Details/{person.Id}"));
        Assert.Contains("data-testid=\"sensitive\"", html, StringComparison.Ordinal);
        Assert.Contains(Labels.Of(person.TargetGroup), html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mediator_asking_for_a_person_of_another_caseload_gets_404_and_no_data()
    {
        var person = await CandidateOfAsync("NIL");
        using var client = await app.SignInAsync(DemoUsers.MediatorCelav);
        var response = await client.GetAsync($"/Candidates/Details/{person.Id}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(person.LastName, body, StringComparison.Ordinal);

        var edit = await client.GetAsync($"/Candidates/Edit/{person.Id}");
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
    }

    [Fact]
    public async Task A_mediator_list_holds_only_own_caseload()
    {
        using var client = await app.SignInAsync(DemoUsers.MediatorSil);
        var html = await client.GetPageAsync("/Candidates?Status=");
        var silCount = await app.QueryAsync(db => db.Candidates.CountAsync(c => c.Caseload!.Code == "SIL"));
        Assert.Contains($"data-testid=\"candidate-total\">{silCount.ToString("N0", new System.Globalization.CultureInfo("it-IT"))}<", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">CeLAV<", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">NIL<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_coordinator_reads_a_person_without_sensitive_fields()
    {
        var person = await CandidateOfAsync("CeLAV");
        using var client = await app.SignInAsync(DemoUsers.Coordinator);
        var html = WebUtility.HtmlDecode(await client.GetPageAsync($"/Candidates/Details/{person.Id}"));
        Assert.Contains(person.LastName, html, StringComparison.Ordinal);
        foreach (var marker in SensitiveMarkers)
        {
            Assert.DoesNotContain(marker, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_account_manager_sees_only_people_proposed_to_own_vacancies_without_sensitive_fields()
    {
        var account1 = await app.QueryAsync(db => db.Users.SingleAsync(u => u.Email == DemoUsers.Account1));
        var proposed = await app.QueryAsync(db => db.Placements
            .Where(p => p.Vacancy!.OwnerId == account1.Id && p.Candidate!.TargetGroup != TargetGroup.None)
            .Select(p => p.Candidate!).FirstAsync());
        var notProposed = await app.QueryAsync(db => db.Candidates
            .Where(c => !c.Placements.Any(p => p.Vacancy!.OwnerId == account1.Id || p.Vacancy.Company!.AccountManagerId == account1.Id))
            .FirstAsync());

        using var client = await app.SignInAsync(DemoUsers.Account1);
        var html = WebUtility.HtmlDecode(await client.GetPageAsync($"/Candidates/Details/{proposed.Id}"));
        Assert.Contains(proposed.LastName, html, StringComparison.Ordinal);
        foreach (var marker in SensitiveMarkers)
        {
            Assert.DoesNotContain(marker, html, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Candidates/Details/{notProposed.Id}")).StatusCode);
    }

    [Fact]
    public async Task A_mediator_cannot_log_an_activity_and_nothing_is_saved()
    {
        var companyId = await app.QueryAsync(db => db.Companies.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        var before = await app.QueryAsync(db => db.Activities.CountAsync(a => a.CompanyId == companyId));
        using var client = await app.SignInAsync(DemoUsers.MediatorCelav);
        var response = await client.PostFormAsync($"/Companies/Details/{companyId}", $"/Companies/Details/{companyId}?handler=LogActivity",
            new() { ["Log.Type"] = "Call", ["Log.OccurredAt"] = "2026-01-10T10:00", ["Log.Outcome"] = "Positive" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(before, await app.QueryAsync(db => db.Activities.CountAsync(a => a.CompanyId == companyId)));
    }

    [Fact]
    public async Task On_a_vacancy_board_people_of_other_caseloads_have_no_name()
    {
        var placement = await app.QueryAsync(db => db.Placements.Include(p => p.Candidate).Where(p => p.Candidate!.Caseload!.Code == "NIL").OrderBy(p => p.Id).FirstAsync());
        using var client = await app.SignInAsync(DemoUsers.MediatorCelav);
        var html = await client.GetPageAsync($"/Vacancies/Details/{placement.VacancyId}");
        Assert.DoesNotContain(placement.Candidate!.FirstName + " " + placement.Candidate.LastName, html, StringComparison.Ordinal);
        Assert.Contains("Persona di un altro servizio", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_moving_a_mediator_to_another_caseload_changes_what_the_mediator_sees()
    {
        var mediator = await app.QueryAsync(db => db.Users.SingleAsync(u => u.Email == "mediatore2.nil@demo.local"));
        var sil = await app.QueryAsync(db => db.Caseloads.SingleAsync(c => c.Code == "SIL"));
        var silPerson = await CandidateOfAsync("SIL");
        using (var before = await app.SignInAsync("mediatore2.nil@demo.local"))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await before.GetAsync($"/Candidates/Details/{silPerson.Id}")).StatusCode);
        }

        using var admin = await app.SignInAsync(DemoUsers.Admin);
        var response = await admin.PostFormAsync("/Admin/Users", $"/Admin/Users?handler=Caseloads&id={mediator.Id}",
            new() { ["caseloadIds"] = sil.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        using var after = await app.SignInAsync("mediatore2.nil@demo.local");
        Assert.Equal(HttpStatusCode.OK, (await after.GetAsync($"/Candidates/Details/{silPerson.Id}")).StatusCode);
    }
}
