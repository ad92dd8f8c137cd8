using System.Net;
using AeI.Crm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace AeI.Crm.Web.Tests.Security;

/// <summary>
/// Every bound value of every page handler, malformed, as every role: never a server error. A
/// malformed value is a 400 or an Italian message beside the field; a missing record is the Italian 404 page.
/// </summary>
[Collection(SharedApp.Name)]
public class MalformedValueTests(CrmAppFactory app, ITestOutputHelper output)
{
    /// <summary>Each kind of bad input the review used: a word for a number or flag, overflow, an impossible date, control characters, very long text.</summary>
    private static readonly string[] BadValues = ["", "maybe", "2147483647", "-99999999999999999999", "2026-02-30", "\u0000\u001b<x>", new string('x', 20_000)];

    private static readonly string[] Users = [DemoUsers.Account1, DemoUsers.MediatorCelav, DemoUsers.Coordinator, DemoUsers.Admin];

    [Fact]
    public async Task No_malformed_value_gets_a_server_error()
    {
        var ids = new Dictionary<string, string>
        {
            ["/Companies/Details"] = (await app.QueryAsync(db => db.Companies.Where(c => c.AccountManager!.Email == DemoUsers.Account1).Select(c => c.Id).FirstAsync())).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var celavPerson = await app.QueryAsync(db => db.Candidates.Where(c => c.Caseload!.Code == "CeLAV" && c.ClosedOn == null).Select(c => c.Id).FirstAsync());
        var vacancy = await app.QueryAsync(db => db.Vacancies.Where(v => v.Status == AeI.Crm.Vacancies.VacancyStatus.Open).Select(v => v.Id).FirstAsync());
        var placement = await app.QueryAsync(db => db.Placements.Where(p => p.Candidate!.Caseload!.Code == "CeLAV").Select(p => p.Id).FirstAsync());
        string IdFor(PageHandler h) => h.Page switch
        {
            "/Candidates/Details" or "/Candidates/Edit" or "/Candidates/Match" => celavPerson.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "/Vacancies/Details" or "/Vacancies/Edit" or "/Vacancies/Match" => vacancy.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "/Placements/Details" => placement.ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => ids.GetValueOrDefault(h.Page, "1"),
        };

        var requests = 0;
        var failures = new List<string>();
        foreach (var user in Users)
        {
            using var client = await app.SignInAsync(user);
            var token = await client.AntiforgeryTokenAsync();
            foreach (var handler in PageHandlers.All.Where(h => h.Page is not "/Account/Logout" and not "/Account/Password"))
            {
                foreach (var name in handler.BoundNames)
                {
                    foreach (var bad in BadValues)
                    {
                        requests++;
                        var url = handler.Url(handler.HasIdRoute ? IdFor(handler) : null);
                        var response = handler.Verb == "GET"
                            ? await client.GetAsync(url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + Uri.EscapeDataString(name) + "=" + Uri.EscapeDataString(bad[..Math.Min(bad.Length, 2000)]))
                            : await client.PostRawAsync(url, token, new() { [name] = bad });
                        if ((int)response.StatusCode >= 500)
                        {
                            failures.Add($"{user} {handler} {name}={bad[..Math.Min(bad.Length, 20)]} → {(int)response.StatusCode}");
                        }
                    }
                }
            }
        }

        output.WriteLine($"malformed-value sweep: {PageHandlers.All.Count} handlers, {requests} requests, {failures.Count} server errors");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(40)));
    }

    [Fact]
    public async Task A_missing_record_is_the_italian_404_page_on_get_and_post()
    {
        var requests = 0;
        foreach (var user in Users)
        {
            using var client = await app.SignInAsync(user);
            var token = await client.AntiforgeryTokenAsync();
            foreach (var handler in PageHandlers.All.Where(h => h.HasIdRoute))
            {
                requests++;
                var url = handler.Url("987654321");
                var response = handler.Verb == "GET" ? await client.GetAsync(url) : await client.PostRawAsync(url, token, ValidLookingForm(handler));
                Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Redirect, $"{user} {handler}: {(int)response.StatusCode}");
                if (response.StatusCode == HttpStatusCode.NotFound)
                {
                    Assert.Contains("Pagina non trovata", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
                }
            }
        }

        output.WriteLine($"missing-record sweep: {requests} requests");
    }

    /// <summary>A form that passes validation where it can, so the handler reaches the point where it loads the record.</summary>
    private static Dictionary<string, string> ValidLookingForm(PageHandler handler) => handler.Page switch
    {
        "/Companies/Edit" => new() { ["Input.LegalName"] = "Prova S.r.l.", ["Input.Status"] = "Prospect" },
        "/Contacts/Edit" => new() { ["Input.FullName"] = "Mario Rossi", ["companyId"] = "1" },
        _ => [],
    };
}
