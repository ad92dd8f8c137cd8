using System.Globalization;
using System.Net;
using AeI.Crm.Candidates;
using AeI.Crm.Matching.Indexing;
using AeI.Crm.Vacancies;
using AeI.Crm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AeI.Crm.Web.Tests.Pages.Admin;

/// <summary>A closed caseload: no new people, no proposals, no matching; its mediators still read and finish what is under way.</summary>
[Collection(SharedApp.Name)]
public class CaseloadsTests(CrmAppFactory app)
{
    private static string S(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static async Task ToggleAsync(SignedInClient admin, int caseload)
    {
        var response = await admin.PostFormAsync("/Admin/Caseloads", $"/Admin/Caseloads?handler=Toggle&id={caseload}", []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task A_closed_caseload_takes_no_new_people_proposals_or_searches()
    {
        var sil = await app.QueryAsync(db => db.Caseloads.Where(c => c.Code == "SIL").Select(c => c.Id).SingleAsync());
        var person = await app.QueryAsync(db => db.Candidates.Where(c => c.CaseloadId == sil && c.Status == CandidateStatus.Active).OrderBy(c => c.Id).FirstAsync());
        var vacancy = await app.QueryAsync(db => db.Vacancies.Where(v => v.Status == VacancyStatus.Open && !v.Placements.Any(p => p.CandidateId == person.Id)).OrderBy(v => v.Id).Select(v => v.Id).FirstAsync());
        var index = app.Services.GetRequiredService<CandidateIndex>();
        var indexedBefore = index.Count;
        var silIndexed = await app.QueryAsync(db => db.Candidates.CountAsync(c => c.CaseloadId == sil && (c.Status == CandidateStatus.Active || c.Status == CandidateStatus.InInternship)));
        using var admin = await app.SignInAsync(DemoUsers.Admin);
        await ToggleAsync(admin, sil);
        try
        {
            Assert.Equal(indexedBefore - silIndexed, index.Count);
            using var mediator = await app.SignInAsync(DemoUsers.MediatorSil);
            Assert.Equal(HttpStatusCode.OK, (await mediator.GetAsync($"/Candidates/Details/{person.Id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await mediator.GetAsync($"/Candidates/Match/{person.Id}")).StatusCode);

            var url = $"/Vacancies/Details/{vacancy}";
            var proposed = await mediator.PostFormAsync(url, url + "?handler=Propose", new() { ["CandidateId"] = S(person.Id) });
            Assert.Equal(HttpStatusCode.OK, proposed.StatusCode);
            Assert.Contains("servizio di questa persona è chiuso", WebUtility.HtmlDecode(await proposed.Content.ReadAsStringAsync()), StringComparison.Ordinal);

            var match = WebUtility.HtmlDecode(await mediator.GetPageAsync($"/Vacancies/Match/{vacancy}"));
            Assert.DoesNotContain(person.LastName, match, StringComparison.Ordinal);

            var created = await mediator.PostFormAsync("/Candidates/Edit", "/Candidates/Edit", new()
            {
                ["Input.CaseloadId"] = S(sil),
                ["Input.FirstName"] = "Nuova",
                ["Input.LastName"] = "Persona",
                ["Input.BirthYear"] = "1990",
                ["Input.Gender"] = "F",
                ["Input.TakenInChargeOn"] = DateTime.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["Input.Status"] = "Active",
            });
            Assert.Equal(HttpStatusCode.OK, created.StatusCode);
            Assert.Contains("Questo servizio è chiuso", WebUtility.HtmlDecode(await created.Content.ReadAsStringAsync()), StringComparison.Ordinal);

            // Nor can a mediator of both services move a NIL person into the closed SIL.
            var both = await app.CreateUserAsync(AeI.Crm.Users.Roles.Mediator, CrmAppFactory.TestPassword, "NIL", "SIL");
            var nilPerson = await app.QueryAsync(db => db.Candidates.Where(c => c.Caseload!.Code == "NIL" && c.Status == CandidateStatus.Active && c.ResidenceIstat != null).OrderBy(c => c.Id).FirstAsync());
            using var twoServices = await app.SignInAsync(both, CrmAppFactory.TestPassword);
            var editUrl = $"/Candidates/Edit/{nilPerson.Id}";
            var moved = await twoServices.PostFormAsync(editUrl, editUrl, new()
            {
                ["Input.CaseloadId"] = S(sil),
                ["Input.FirstName"] = nilPerson.FirstName,
                ["Input.LastName"] = nilPerson.LastName,
                ["Input.BirthYear"] = S(nilPerson.BirthYear),
                ["Input.Gender"] = nilPerson.Gender,
                ["Input.Residence"] = nilPerson.ResidenceIstat!,
                ["Input.Languages"] = "it: B1",
                ["Input.MaxCommuteKm"] = "15",
                ["Input.Status"] = "Active",
                ["Input.TakenInChargeOn"] = nilPerson.TakenInChargeOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["Input.Version"] = S(nilPerson.Version),
            });
            Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
            Assert.Contains("Questo servizio è chiuso", WebUtility.HtmlDecode(await moved.Content.ReadAsStringAsync()), StringComparison.Ordinal);
            Assert.Equal(nilPerson.CaseloadId, await app.QueryAsync(db => db.Candidates.Where(c => c.Id == nilPerson.Id).Select(c => c.CaseloadId).SingleAsync()));
        }
        finally
        {
            await ToggleAsync(admin, sil);
        }

        Assert.Equal(indexedBefore, index.Count);
    }

    [Fact]
    public async Task An_empty_caseload_code_gets_an_italian_message()
    {
        using var admin = await app.SignInAsync(DemoUsers.Admin);
        var response = await admin.PostFormAsync("/Admin/Caseloads", "/Admin/Caseloads", new() { ["Input.Code"] = "", ["Input.Name"] = "" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Indica la sigla.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }
}
