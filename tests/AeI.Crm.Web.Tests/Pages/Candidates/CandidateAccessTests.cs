using System.Globalization;
using System.Net;
using AeI.Crm.Candidates;
using AeI.Crm.Placements;
using AeI.Crm.Vacancies;
using AeI.Crm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AeI.Crm.Web.Tests.Pages.Candidates;

/// <summary>Board, placement page, candidate page and matcher pages ask the same rule about people.</summary>
[Collection(SharedApp.Name)]
public class CandidateAccessTests(CrmAppFactory app)
{
    private static string S(int id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>A CeLAV person proposed to one of account1's positions and to a position of another account manager.</summary>
    private async Task<(Candidate Person, Placement Mine, Placement Theirs, Vacancy TheirVacancy)> PersonOnTwoPositionsAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AeI.Crm.Persistence.CrmDbContext>();
        var me = await db.Users.SingleAsync(u => u.Email == DemoUsers.Account1);
        var mine = await db.Vacancies.Where(v => v.Status == VacancyStatus.Open && v.OwnerId == me.Id && v.Company!.AccountManagerId == me.Id).OrderBy(v => v.Id).FirstAsync();
        var theirs = await db.Vacancies.Where(v => v.Status == VacancyStatus.Open && v.OwnerId != me.Id && v.Company!.AccountManagerId != me.Id).OrderBy(v => v.Id).FirstAsync();
        var person = await db.Candidates.Where(c => c.Caseload!.Code == "CeLAV" && c.Status == CandidateStatus.Active && !c.Placements.Any()).OrderByDescending(c => c.Id).FirstAsync();
        var p1 = Placement.Propose(person.Id, mine.Id, DateOnly.FromDateTime(DateTime.Today), null);
        var p2 = Placement.Propose(person.Id, theirs.Id, DateOnly.FromDateTime(DateTime.Today), null);
        db.Placements.AddRange(p1, p2);
        await db.SaveChangesAsync();
        return (person, p1, p2, theirs);
    }

    [Fact]
    public async Task An_account_manager_sees_a_person_only_through_placements_on_his_own_positions()
    {
        var (person, mine, theirs, theirVacancy) = await PersonOnTwoPositionsAsync();
        using var account = await app.SignInAsync(DemoUsers.Account1);

        var candidate = WebUtility.HtmlDecode(await account.GetPageAsync($"/Candidates/Details/{person.Id}"));
        Assert.Contains($"href=\"/Vacancies/Details/{mine.VacancyId}\"", candidate, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/Vacancies/Details/{theirs.VacancyId}\"", candidate, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await account.GetAsync($"/Placements/Details/{mine.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await account.GetAsync($"/Placements/Details/{theirs.Id}")).StatusCode);

        var board = WebUtility.HtmlDecode(await account.GetPageAsync($"/Vacancies/Details/{theirVacancy.Id}"));
        Assert.DoesNotContain(person.LastName, board, StringComparison.Ordinal);

        // The person's own mediator sees both.
        using var mediator = await app.SignInAsync(DemoUsers.MediatorCelav);
        Assert.Contains(person.LastName, WebUtility.HtmlDecode(await mediator.GetPageAsync($"/Vacancies/Details/{theirVacancy.Id}")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await mediator.GetAsync($"/Placements/Details/{theirs.Id}")).StatusCode);
    }

    [Fact]
    public async Task An_account_manager_cannot_make_himself_manager_of_another_managers_company()
    {
        var (company, before) = await app.QueryAsync(async db =>
        {
            var c = await db.Companies.Where(x => x.AccountManager!.Email == DemoUsers.Account2 && x.VatNumber != null).OrderBy(x => x.Id).FirstAsync();
            return (c, c.AccountManagerId);
        });
        var me = await app.QueryAsync(db => db.Users.Where(u => u.Email == DemoUsers.Account1).Select(u => u.Id).SingleAsync());
        using var account = await app.SignInAsync(DemoUsers.Account1);
        var url = $"/Companies/Edit/{company.Id}";
        var response = await account.PostFormAsync(url, url, new()
        {
            ["Input.LegalName"] = company.LegalName,
            ["Input.VatNumber"] = company.VatNumber!,
            ["Input.Status"] = company.Status.ToString(),
            ["Input.AccountManagerId"] = me,
            ["Input.Version"] = S(company.Version),
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(before, await app.QueryAsync(db => db.Companies.Where(c => c.Id == company.Id).Select(c => c.AccountManagerId).SingleAsync()));

        var reassign = await account.PostFormAsync($"/Companies/Details/{company.Id}", $"/Companies/Details/{company.Id}?handler=Reassign", new() { ["accountManagerId"] = me });
        Assert.NotEqual(HttpStatusCode.Redirect.ToString() + $"/Companies/Details/{company.Id}", reassign.StatusCode + reassign.Headers.Location?.OriginalString);
        Assert.Equal(before, await app.QueryAsync(db => db.Companies.Where(c => c.Id == company.Id).Select(c => c.AccountManagerId).SingleAsync()));
    }

    [Fact]
    public async Task A_coordinator_reassigns_a_company()
    {
        var company = await app.QueryAsync(db => db.Companies.Where(x => x.AccountManager!.Email == DemoUsers.Account2).OrderByDescending(x => x.Id).FirstAsync());
        var account3 = await app.QueryAsync(db => db.Users.Where(u => u.Email == "account3@demo.local").Select(u => u.Id).SingleAsync());
        using var coordinator = await app.SignInAsync(DemoUsers.Coordinator);
        var url = $"/Companies/Details/{company.Id}";
        var response = await coordinator.PostFormAsync(url, url + "?handler=Reassign", new() { ["accountManagerId"] = account3 });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(account3, await app.QueryAsync(db => db.Companies.Where(c => c.Id == company.Id).Select(c => c.AccountManagerId).SingleAsync()));
    }

    [Fact]
    public async Task Admins_read_no_person()
    {
        var person = await app.QueryAsync(db => db.Candidates.OrderBy(c => c.Id).FirstAsync());
        var placement = await app.QueryAsync(db => db.Placements.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
        using var admin = await app.SignInAsync(DemoUsers.Admin);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/Candidates/Details/{person.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/Placements/Details/{placement}")).StatusCode);
        var list = WebUtility.HtmlDecode(await admin.GetPageAsync("/Candidates?Status="));
        Assert.DoesNotContain(person.LastName + " " + person.FirstName, list, StringComparison.Ordinal);
    }
}
