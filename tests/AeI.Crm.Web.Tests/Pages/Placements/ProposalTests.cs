using System.Globalization;
using System.Net;
using AeI.Crm.Candidates;
using AeI.Crm.Placements;
using AeI.Crm.Vacancies;
using AeI.Crm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Tests.Pages.Placements;

/// <summary>One open placement per position and person, whoever presses "Proponi" and however fast.</summary>
[Collection(SharedApp.Name)]
public class ProposalTests(CrmAppFactory app, Xunit.Abstractions.ITestOutputHelper output)
{
    private static string S(int id) => id.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Proponi_pressed_at_once_by_several_mediators_creates_one_placement()
    {
        var vacancy = await app.QueryAsync(db => db.Vacancies.Where(v => v.Status == VacancyStatus.Open).OrderByDescending(v => v.Id).Select(v => v.Id).FirstAsync());
        var person = await app.QueryAsync(db => db.Candidates.Where(c => c.Caseload!.Code == "CeLAV" && c.Status == CandidateStatus.Active && !c.Placements.Any(p => p.VacancyId == vacancy))
            .OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        var url = $"/Vacancies/Details/{vacancy}";
        var clients = new List<SignedInClient>();
        var tokens = new List<string>();
        foreach (var email in new[] { DemoUsers.MediatorCelav, "mediatore2.celav@demo.local", "mediatore3.celav@demo.local" })
        {
            for (var i = 0; i < 3; i++)
            {
                var client = await app.SignInAsync(email);
                clients.Add(client);
                tokens.Add(await client.AntiforgeryTokenAsync());
            }
        }

        var responses = await Task.WhenAll(clients.Select((c, i) => c.PostRawAsync(url + "?handler=Propose", tokens[i], new() { ["CandidateId"] = S(person) })));
        var rows = await app.QueryAsync(db => db.Placements.CountAsync(p => p.VacancyId == vacancy && p.CandidateId == person));
        output.WriteLine($"proposals: 3 mediators, {responses.Length} simultaneous Proponi, {responses.Count(r => (int)r.StatusCode >= 500)} server errors, {rows} placement(s)");
        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, ((int)r.StatusCode).ToString(CultureInfo.InvariantCulture)));
        Assert.Equal(1, await app.QueryAsync(db => db.Placements.CountAsync(p => p.VacancyId == vacancy && p.CandidateId == person)));
        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Redirect));
        clients.ForEach(c => c.Dispose());
    }

    [Fact]
    public async Task A_person_hired_for_a_position_cannot_be_proposed_for_it_again()
    {
        var (vacancy, person) = await app.QueryAsync(async db =>
        {
            var v = await db.Vacancies.Where(x => x.Status == VacancyStatus.Open).OrderBy(x => x.Id).Skip(3).FirstAsync();
            var c = await db.Candidates.Where(x => x.Caseload!.Code == "NIL" && x.Status == CandidateStatus.Active && !x.Placements.Any(p => p.VacancyId == v.Id)).OrderByDescending(x => x.Id).FirstAsync();
            var hired = Placement.Propose(c.Id, v.Id, DateOnly.FromDateTime(DateTime.Today.AddDays(-30)), null);
            hired.MoveTo(PlacementStage.Hired, DateOnly.FromDateTime(DateTime.Today.AddDays(-1)), AeI.Crm.Placements.ContractType.FixedTerm);
            db.Placements.Add(hired);
            await db.SaveChangesAsync();
            return (v.Id, c.Id);
        });
        using var client = await app.SignInAsync(DemoUsers.MediatorNil);
        var url = $"/Vacancies/Details/{vacancy}";
        var response = await client.PostFormAsync(url, url + "?handler=Propose", new() { ["CandidateId"] = S(person) });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("già proposta (o assunta)", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(1, await app.QueryAsync(db => db.Placements.CountAsync(p => p.VacancyId == vacancy && p.CandidateId == person)));
    }
}
