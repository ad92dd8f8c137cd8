using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using AeI.Crm.Candidates;
using AeI.Crm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Tests.Pages.Search;

/// <summary>The header's search and the lists' search boxes: case- and accent-insensitive, people only where the user may see them.</summary>
[Collection(SharedApp.Name)]
public partial class GlobalSearchTests(CrmAppFactory app)
{
    private static int Total(string html, string testId)
    {
        var m = Regex.Match(html, $"data-testid=\"{testId}\">([0-9.]+)<");
        Assert.True(m.Success, $"{testId} not found");
        return int.Parse(m.Groups[1].Value.Replace(".", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<JsonElement[]> SuggestAsync(SignedInClient client, string q)
    {
        var response = await client.GetAsync("/Search?handler=Suggest&q=" + Uri.EscapeDataString(q));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonSerializer.Deserialize<JsonElement[]>(await response.Content.ReadAsStringAsync())!;
    }

    [Fact]
    public async Task The_vacancy_list_finds_a_title_whatever_its_case()
    {
        using var client = await app.SignInAsync(DemoUsers.Account1);
        var counts = new List<int>();
        foreach (var q in new[] { "magazziniere", "Magazziniere", "MAGAZZINIERE" })
        {
            var html = await client.GetPageAsync("/Vacancies?Q=" + q);
            counts.Add(Regex.Count(html, "href=\"/Vacancies/Details/"));
        }

        Assert.True(counts[0] > 0, "no vacancy found for 'magazziniere'");
        Assert.All(counts, c => Assert.Equal(counts[0], c));
    }

    [Fact]
    public async Task The_people_list_finds_a_name_without_its_accent_and_in_either_order()
    {
        var person = await app.QueryAsync(db => db.Candidates.Where(c => c.Caseload!.Code == "CeLAV" && c.Status == CandidateStatus.Active).OrderBy(c => c.Id).Select(c => new { c.Id, c.FirstName, c.LastName }).FirstAsync());
        await app.QueryAsync(db => db.Candidates.Where(c => c.Id == person.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.LastName, "Niccolò").SetProperty(c => c.SearchName, AeI.Crm.Common.SearchText.Fold(person.FirstName + " Niccolò"))));
        using var client = await app.SignInAsync(DemoUsers.MediatorCelav);

        var plain = await client.GetPageAsync("/Candidates?Q=niccolo " + Uri.EscapeDataString(person.FirstName.ToLowerInvariant()));

        Assert.Contains($"/Candidates/Details/{person.Id}\"", plain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_finds_a_company_by_folded_name_by_vat_number_and_by_comune()
    {
        var company = await app.QueryAsync(db => db.Companies.Where(c => c.VatNumber != null && c.MunicipalityIstat != null)
            .OrderBy(c => c.Id).Select(c => new { c.Id, c.LegalName, c.VatNumber, Comune = c.Municipality!.Name }).FirstAsync());
        using var client = await app.SignInAsync(DemoUsers.Account1);
        var link = $"href=\"/Companies/Details/{company.Id}\"";

        var byName = await client.GetPageAsync("/Search?q=" + Uri.EscapeDataString(company.LegalName.Split(' ')[0].ToLowerInvariant()));
        var byVat = await client.GetPageAsync("/Search?q=" + company.VatNumber);
        var suggest = await SuggestAsync(client, company.VatNumber![..7]);

        Assert.Contains(link, byName, StringComparison.Ordinal);
        Assert.Contains(link, byVat, StringComparison.Ordinal);
        Assert.Contains(suggest, h => h.GetProperty("url").GetString() == $"/Companies/Details/{company.Id}" && h.GetProperty("kind").GetString() == "company");
        var byComune = await SuggestAsync(client, company.Comune);
        Assert.Contains(byComune, h => h.GetProperty("kind").GetString() == "company");
    }

    [Fact]
    public async Task Part_of_a_word_finds_a_company_and_names_that_start_with_it_come_first()
    {
        var tag = "Qz" + Guid.NewGuid().ToString("N")[..5];
        await app.QueryAsync(async db =>
        {
            db.Companies.AddRange(
                new AeI.Crm.Companies.Company { LegalName = $"Grossi {tag} S.r.l.", CreatedAt = DateTime.Now },
                new AeI.Crm.Companies.Company { LegalName = $"Rossi {tag} S.n.c.", CreatedAt = DateTime.Now });
            return await db.SaveChangesAsync();
        });
        using var client = await app.SignInAsync(DemoUsers.Account1);
        var hits = (await SuggestAsync(client, $"rossi {tag.ToLowerInvariant()}")).Where(h => h.GetProperty("kind").GetString() == "company")
            .Select(h => h.GetProperty("label").GetString()).ToList();
        Assert.Equal([$"Rossi {tag} S.n.c.", $"Grossi {tag} S.r.l."], hits);
        // The company list searches the same way.
        var list = await client.GetPageAsync("/Companies?Q=" + Uri.EscapeDataString($"ossi {tag}"));
        Assert.Equal(2, Total(list, "company-total"));
    }

    [Fact]
    public async Task A_person_is_found_only_by_those_who_may_see_the_person()
    {
        var person = await app.QueryAsync(db => db.Candidates
            .Where(c => c.Caseload!.Code == "NIL" && !c.Placements.Any())
            .OrderBy(c => c.Id).Select(c => new { c.Id, c.FirstName, c.LastName }).FirstAsync());
        var q = $"{person.LastName} {person.FirstName}";
        using var mediator = await app.SignInAsync(DemoUsers.MediatorNil);
        using var other = await app.SignInAsync(DemoUsers.MediatorCelav);
        using var am = await app.SignInAsync(DemoUsers.Account1);

        Assert.Contains(await SuggestAsync(mediator, q), h => h.GetProperty("url").GetString() == $"/Candidates/Details/{person.Id}");
        foreach (var client in new[] { other, am })
        {
            Assert.DoesNotContain(await SuggestAsync(client, q), h => h.GetProperty("kind").GetString() == "person");
            Assert.DoesNotContain($"/Candidates/Details/{person.Id}\"", await client.GetPageAsync("/Search?q=" + Uri.EscapeDataString(q)), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Every_page_has_the_search_box_and_a_short_query_says_so()
    {
        using var client = await app.SignInAsync(DemoUsers.Coordinator);

        Assert.Contains("id=\"global-search\"", await client.GetPageAsync("/Reports"), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"search-too-short\"", await client.GetPageAsync("/Search?q=a"), StringComparison.Ordinal);
        Assert.Empty(await SuggestAsync(client, "a"));
        Assert.Contains("data-testid=\"search-nothing\"", await client.GetPageAsync("/Search?q=zzqqxxnessuno"), StringComparison.Ordinal);
    }
}
