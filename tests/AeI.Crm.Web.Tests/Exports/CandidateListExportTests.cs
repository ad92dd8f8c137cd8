using System.Net;
using System.Text;
using AeI.Crm.Audit;
using AeI.Crm.Candidates;
using AeI.Crm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Tests.Exports;

/// <summary>The people's list downloads with the page's scope and columns: a mediator gets their caseload, nobody gets a sensitive field.</summary>
[Collection(SharedApp.Name)]
public class CandidateListExportTests(CrmAppFactory app)
{
    private static async Task<string[]> LinesAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Encoding.UTF8.GetString((await response.Content.ReadAsByteArrayAsync())[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public async Task A_mediator_exports_the_people_of_their_caseload_as_filtered_and_no_sensitive_field()
    {
        using var sil = await app.SignInAsync(DemoUsers.MediatorSil);
        var lines = await LinesAsync(await sil.GetAsync("/Candidates?handler=Export&format=csv&Status=Active"));
        Assert.Equal("Cognome;Nome;Servizio;Mediatore;Comune di residenza;Stato;Presa in carico", lines[0]);
        var rows = lines[1..].Select(l => l.Split(';')).ToList();
        var active = await app.QueryAsync(db => db.Candidates.CountAsync(c => c.Caseload!.Code == "SIL" && c.Status == CandidateStatus.Active));
        Assert.Equal(active, rows.Count);
        Assert.All(rows, r => Assert.Equal("SIL", r[2]));

        // The names the people's special-category data shows under on their pages: none is in the file,
        // though SIL people of those groups are in it.
        Assert.True(await app.QueryAsync(db => db.Candidates.AnyAsync(c => c.Caseload!.Code == "SIL" && c.Status == CandidateStatus.Active && c.TargetGroup != TargetGroup.None)));
        var text = string.Join('\n', lines);
        foreach (var group in Enum.GetValues<TargetGroup>().Where(g => g != TargetGroup.None))
        {
            Assert.DoesNotContain(TargetGroupNames.Of(group), text, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain("L. 68 art.", text, StringComparison.OrdinalIgnoreCase);

        var log = await app.QueryAsync(db => db.AuditEntries.Where(a => a.Action == AuditActions.Export && a.Target == "candidati.csv").Select(a => a.Detail).ToListAsync());
        Assert.Contains($"status=Active; rows={active}", log);
    }

    [Fact]
    public async Task Each_role_exports_exactly_the_people_its_list_shows()
    {
        foreach (var user in new[] { DemoUsers.MediatorCelav, DemoUsers.Coordinator, DemoUsers.Account1 })
        {
            using var client = await app.SignInAsync(user);
            var page = await client.GetAsync("/Candidates?Status=Active");
            var html = await page.Content.ReadAsStringAsync();
            var total = System.Text.RegularExpressions.Regex.Match(html, "data-testid=\"candidate-total\">([0-9.]+)<").Groups[1].Value.Replace(".", "", StringComparison.Ordinal);
            var export = await client.GetAsync("/Candidates?handler=Export&format=csv&Status=Active");
            if (page.StatusCode != HttpStatusCode.OK)
            {
                // A role without the list has no export either.
                Assert.NotEqual(HttpStatusCode.OK, export.StatusCode);
                continue;
            }

            var lines = await LinesAsync(export);
            Assert.Equal(int.Parse(total, System.Globalization.CultureInfo.InvariantCulture), lines.Length - 1);
        }
    }
}
