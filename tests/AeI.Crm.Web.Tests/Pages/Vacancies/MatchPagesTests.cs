using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using AeI.Crm.Candidates;
using AeI.Crm.Common;
using AeI.Crm.Placements;
using AeI.Crm.Vacancies;
using AeI.Crm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AeI.Crm.Web.Tests.Pages.Vacancies;

[Collection(SharedApp.Name)]
public partial class MatchPagesTests(CrmAppFactory app)
{
    private static IEnumerable<int> CandidateLinks(string html, string testId)
    {
        var start = html.IndexOf($"data-testid=\"{testId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, testId);
        var end = html.IndexOf("</ol>", start, StringComparison.Ordinal) is var e and > 0 ? e : html.IndexOf("</ul>", start, StringComparison.Ordinal);
        return CandidateLink().Matches(html[start..end]).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct();
    }

    private Task<Vacancy> OpenVacancyAsync() =>
        app.QueryAsync(db => db.Vacancies.OrderBy(v => v.Id).FirstAsync(v => v.Status == VacancyStatus.Open && v.Law68Reservation == Law68Reservation.None));

    [Fact]
    public async Task Trova_candidati_lists_only_people_of_the_mediators_caseloads()
    {
        var vacancy = await OpenVacancyAsync();
        using var client = await app.SignInAsync(DemoUsers.MediatorNil);
        var html = await client.GetPageAsync($"/Vacancies/Match/{vacancy.Id}");
        var shown = CandidateLinks(html, "match-results").Concat(CandidateLinks(html, "near-misses")).ToList();
        Assert.NotEmpty(shown);
        var caseloads = await app.QueryAsync(db => db.Candidates.Where(c => shown.Contains(c.Id)).Select(c => c.Caseload!.Code).Distinct().ToListAsync());
        Assert.Equal(["NIL"], caseloads);
    }

    [Theory]
    [InlineData(DemoUsers.Coordinator)]
    [InlineData(DemoUsers.Account1)]
    [InlineData(DemoUsers.Admin)]
    public async Task Only_mediators_search_candidates(string user)
    {
        var vacancy = await OpenVacancyAsync();
        using var client = await app.SignInAsync(user);
        var response = await client.GetAsync($"/Vacancies/Match/{vacancy.Id}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_saved_through_the_form_is_found_by_the_next_search_and_can_be_proposed()
    {
        var vacancy = await OpenVacancyAsync();
        var celav = await app.QueryAsync(db => db.Caseloads.SingleAsync(c => c.Code == "CeLAV"));
        using var client = await app.SignInAsync(DemoUsers.MediatorCelav);
        var form = new Dictionary<string, string>
        {
            ["Input.CaseloadId"] = celav.Id.ToString(CultureInfo.InvariantCulture),
            ["Input.FirstName"] = "Zenobia",
            ["Input.LastName"] = "Trovabile",
            ["Input.BirthYear"] = "1988",
            ["Input.Gender"] = "F",
            ["Input.Residence"] = vacancy.WorkMunicipalityIstat!,
            ["Input.Languages"] = "it: madrelingua",
            ["Input.DrivingLicences"] = "B, C, CQC",
            ["Input.MaxCommuteKm"] = "30",
            ["Input.Availability"] = "Any",
            ["Input.ShiftsOk"] = "true",
            ["Input.Certificates"] = string.Join('\n', vacancy.RequiredCertificates),
            ["Input.Skills"] = string.Join('\n', vacancy.RequiredSkills.Concat(vacancy.PreferredSkills)),
            ["Input.ExperienceRows[0].Role"] = vacancy.Title,
            ["Input.ExperienceRows[0].Sector"] = "settore",
            ["Input.ExperienceRows[0].Years"] = "6",
            ["Input.ExperienceRows[0].Description"] = string.Join(", ", vacancy.RequiredSkills),
            ["Input.ExperienceRows[1].Role"] = "",
            ["Input.Status"] = "Active",
            ["Input.TakenInChargeOn"] = "2026-01-15",
        };
        var saved = await client.PostFormAsync("/Candidates/Edit", "/Candidates/Edit", form);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var person = await app.QueryAsync(db => db.Candidates.SingleAsync(c => c.LastName == "Trovabile"));

        var html = await client.GetPageAsync($"/Vacancies/Match/{vacancy.Id}?Top=50");
        Assert.Contains(person.Id, CandidateLinks(html, "match-results"));
        Assert.Equal(6m, Assert.Single(person.Experiences).Years);

        var url = $"/Vacancies/Match/{vacancy.Id}";
        var proposed = await client.PostFormAsync(url, url + $"?handler=Propose&candidateId={person.Id}", []);
        Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);
        Assert.True(await app.QueryAsync(db => db.Placements.AnyAsync(p => p.CandidateId == person.Id && p.VacancyId == vacancy.Id)));

        // Closing the path takes the person out of the index.
        form["Input.Status"] = "Closed";
        form["Input.ClosedOn"] = "2026-02-01";
        form["Input.ClosureOutcome"] = "Moved";
        form["Input.Version"] = person.Version.ToString(CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"/Candidates/Edit/{person.Id}", $"/Candidates/Edit/{person.Id}", form)).StatusCode);
        var after = await client.GetPageAsync($"/Vacancies/Match/{vacancy.Id}?Top=50");
        Assert.DoesNotContain(person.Id, CandidateLinks(after, "match-results"));
    }

    [Fact]
    public async Task Trova_offerte_opens_for_own_people_only()
    {
        var own = await app.QueryAsync(db => db.Candidates.OrderBy(c => c.Id).FirstAsync(c => c.Caseload!.Code == "SIL" && c.Status == CandidateStatus.Active));
        var other = await app.QueryAsync(db => db.Candidates.OrderBy(c => c.Id).FirstAsync(c => c.Caseload!.Code == "CeLAV" && c.Status == CandidateStatus.Active));
        using var client = await app.SignInAsync(DemoUsers.MediatorSil);
        var html = await client.GetPageAsync($"/Candidates/Match/{own.Id}");
        Assert.Contains("data-testid=\"vacancy-results\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Candidates/Match/{other.Id}")).StatusCode);
    }

    [Fact]
    public async Task A_position_opened_through_the_form_is_offered_to_a_fitting_person_until_it_is_closed()
    {
        var person = await app.QueryAsync(db => db.Candidates.Include(c => c.Caseload).OrderBy(c => c.Id)
            .FirstAsync(c => c.Caseload!.Code == "SIL" && c.Status == CandidateStatus.Active && c.ResidenceIstat != null));
        var company = await app.QueryAsync(db => db.Companies.OrderBy(c => c.Id).FirstAsync());
        var form = new Dictionary<string, string>
        {
            ["Input.CompanyId"] = company.Id.ToString(CultureInfo.InvariantCulture),
            ["Input.Title"] = "Ceramista decoratore di maioliche",
            ["Input.Description"] = "Decorazione a mano di maioliche e ceramiche artistiche",
            ["Input.RequiredSkills"] = "decorazione maioliche",
            ["Input.Contract"] = "FixedTerm",
            ["Input.Hours"] = "FullTime",
            ["Input.Municipality"] = person.ResidenceIstat!,
            ["Input.Openings"] = "1",
            ["Input.Law68Reservation"] = "None",
            ["Input.Status"] = "Open",
            ["Input.OpenedOn"] = "2026-11-20",
        };
        using (var account = await app.SignInAsync(DemoUsers.Account1))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await account.PostFormAsync($"/Vacancies/Edit?companyId={company.Id}", $"/Vacancies/Edit?companyId={company.Id}", form)).StatusCode);
        }

        var vacancy = await app.QueryAsync(db => db.Vacancies.SingleAsync(v => v.Title == "Ceramista decoratore di maioliche"));
        await app.QueryAsync(async db =>
        {
            // The person's record now tells of that very work.
            var p = await db.Candidates.SingleAsync(c => c.Id == person.Id);
            p.Skills = [.. p.Skills, "decorazione di maioliche e ceramiche artistiche"];
            p.Availability = Availability.Any;
            p.MaxCommuteKm = Math.Max(p.MaxCommuteKm, 10);
            return await db.SaveChangesAsync();
        });
        await app.Services.GetRequiredService<AeI.Crm.Web.SearchIndex.SearchIndexSync>().CatchUpAsync(CancellationToken.None);

        using var mediator = await app.SignInAsync(DemoUsers.MediatorSil);
        var html = await mediator.GetPageAsync($"/Candidates/Match/{person.Id}");
        Assert.Contains($"href=\"/Vacancies/Details/{vacancy.Id}\"", html, StringComparison.Ordinal);

        using (var account = await app.SignInAsync(DemoUsers.Account1))
        {
            form["Input.Status"] = "Closed";
            form["Input.ClosedOn"] = "2026-11-30";
            form["Input.Version"] = vacancy.Version.ToString(CultureInfo.InvariantCulture);
            Assert.Equal(HttpStatusCode.Redirect, (await account.PostFormAsync($"/Vacancies/Edit/{vacancy.Id}", $"/Vacancies/Edit/{vacancy.Id}", form)).StatusCode);
        }

        var after = await mediator.GetPageAsync($"/Candidates/Match/{person.Id}");
        Assert.DoesNotContain($"href=\"/Vacancies/Details/{vacancy.Id}\"", after, StringComparison.Ordinal);
    }

    [GeneratedRegex("href=\"/Candidates/Details/(\\d+)\"")]
    private static partial Regex CandidateLink();
}
