using System.Net;
using AeI.Crm.Candidates;
using AeI.Crm.Placements;
using AeI.Crm.Vacancies;
using AeI.Crm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Tests.Pages.Placements;

[Collection(SharedApp.Name)]
public class PlacementFlowTests(CrmAppFactory app)
{
    [Fact]
    public async Task A_mediator_proposes_a_person_and_moves_the_placement_to_hired()
    {
        var vacancy = await app.QueryAsync(db => db.Vacancies.OrderBy(v => v.Id).FirstAsync(v => v.Status == VacancyStatus.Open));
        var person = await app.QueryAsync(db => db.Candidates.OrderBy(c => c.Id)
            .FirstAsync(c => c.Caseload!.Code == "NIL" && c.Status == CandidateStatus.Active && !c.Placements.Any(p => p.VacancyId == vacancy.Id)));
        using var client = await app.SignInAsync(DemoUsers.MediatorNil);
        var url = $"/Vacancies/Details/{vacancy.Id}";
        var proposed = await client.PostFormAsync(url, url + "?handler=Propose", new() { ["CandidateId"] = person.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);
        var placement = await app.QueryAsync(db => db.Placements.SingleAsync(p => p.VacancyId == vacancy.Id && p.CandidateId == person.Id));
        Assert.Equal(PlacementStage.Proposed, placement.Stage);

        var again = await client.PostFormAsync(url, url + "?handler=Propose", new() { ["CandidateId"] = person.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(1, await app.QueryAsync(db => db.Placements.CountAsync(p => p.VacancyId == vacancy.Id && p.CandidateId == person.Id)));

        var detail = $"/Placements/Details/{placement.Id}";
        var today = DateTime.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var noContract = await client.PostFormAsync(detail, detail, new() { ["Move.Stage"] = "Hired", ["Move.On"] = today, ["Move.Version"] = "0" });
        Assert.Equal(HttpStatusCode.OK, noContract.StatusCode);
        Assert.Contains("tipo di contratto", WebUtility.HtmlDecode(await noContract.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(PlacementStage.Proposed, await app.QueryAsync(db => db.Placements.Where(p => p.Id == placement.Id).Select(p => p.Stage).SingleAsync()));

        var hired = await client.PostFormAsync(detail, detail, new() { ["Move.Stage"] = "Hired", ["Move.On"] = today, ["Move.Contract"] = "Permanent", ["Move.Version"] = "0" });
        Assert.Equal(HttpStatusCode.Redirect, hired.StatusCode);
        var saved = await app.QueryAsync(db => db.Placements.SingleAsync(p => p.Id == placement.Id));
        Assert.Equal(PlacementStage.Hired, saved.Stage);
        Assert.Equal(AeI.Crm.Placements.ContractType.Permanent, saved.HiredContract);
    }

    [Fact]
    public async Task A_mediator_cannot_propose_a_person_of_another_caseload()
    {
        var vacancy = await app.QueryAsync(db => db.Vacancies.OrderBy(v => v.Id).FirstAsync(v => v.Status == VacancyStatus.Open));
        var other = await app.QueryAsync(db => db.Candidates.OrderBy(c => c.Id).FirstAsync(c => c.Caseload!.Code == "SIL" && c.Status == CandidateStatus.Active));
        using var client = await app.SignInAsync(DemoUsers.MediatorNil);
        var url = $"/Vacancies/Details/{vacancy.Id}";
        var response = await client.PostFormAsync(url, url + "?handler=Propose", new() { ["CandidateId"] = other.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(await app.QueryAsync(db => db.Placements.AnyAsync(p => p.VacancyId == vacancy.Id && p.CandidateId == other.Id)));
    }

    [Fact]
    public async Task Two_mediators_saving_the_same_person_the_second_gets_a_conflict()
    {
        var person = await app.QueryAsync(db => db.Candidates.Include(c => c.Residence).OrderByDescending(c => c.Id).FirstAsync(c => c.Caseload!.Code == "CeLAV" && c.Status == CandidateStatus.Active));
        using var first = await app.SignInAsync(DemoUsers.MediatorCelav);
        using var second = await app.SignInAsync("mediatore2.celav@demo.local");
        Dictionary<string, string> Edit(string profile) => new()
        {
            ["Input.CaseloadId"] = person.CaseloadId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.FirstName"] = person.FirstName,
            ["Input.LastName"] = person.LastName,
            ["Input.BirthYear"] = person.BirthYear.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Gender"] = person.Gender,
            ["Input.Residence"] = person.ResidenceIstat!,
            ["Input.Languages"] = "it: B1",
            ["Input.MaxCommuteKm"] = "15",
            ["Input.Profile"] = profile,
            ["Input.Status"] = "Active",
            ["Input.TakenInChargeOn"] = person.TakenInChargeOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Version"] = person.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };

        var url = $"/Candidates/Edit/{person.Id}";
        Assert.Equal(HttpStatusCode.Redirect, (await first.PostFormAsync(url, url, Edit("Profilo della prima mediatrice."))).StatusCode);
        var conflict = await second.PostFormAsync(url, url, Edit("Profilo della seconda."));
        Assert.Contains("data-testid=\"conflict\"", await conflict.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Profilo della prima mediatrice.", await app.QueryAsync(db => db.Candidates.Where(c => c.Id == person.Id).Select(c => c.Profile).SingleAsync()));
    }
}
