using System.Globalization;
using System.Net;
using AeI.Crm.Companies;
using AeI.Crm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Tests.Pages.Companies;

/// <summary>Logging an activity never fails because someone else logged on the same company.</summary>
[Collection(SharedApp.Name)]
public class ActivityLogTests(CrmAppFactory app, Xunit.Abstractions.ITestOutputHelper output)
{
    [Fact]
    public async Task Twenty_sessions_logging_the_first_activity_of_the_day_at_once_all_succeed()
    {
        var company = await app.QueryAsync(db => db.Companies.Where(c => c.Status == RelationshipStatus.Prospect).OrderByDescending(c => c.Id).FirstAsync());
        var before = await app.QueryAsync(db => db.Activities.CountAsync(a => a.CompanyId == company.Id));
        var url = $"/Companies/Details/{company.Id}";
        var clients = new List<(SignedInClient Client, string Token)>();
        for (var i = 0; i < 20; i++)
        {
            var client = await app.SignInAsync(i % 2 == 0 ? DemoUsers.Account1 : DemoUsers.Account2);
            clients.Add((client, await client.AntiforgeryTokenAsync()));
        }

        var now = DateTime.Now.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
        // 20 writers, 5 posts each, all at once: every post must be saved exactly once.
        var responses = (await Task.WhenAll(clients.Select(async (c, i) =>
        {
            var mine = new List<HttpResponseMessage>();
            for (var k = 0; k < 5; k++)
            {
                mine.Add(await c.Client.PostRawAsync(url + "?handler=LogActivity", c.Token, new()
                {
                    ["Log.Type"] = (i + k) % 3 == 0 ? "OnSiteVisit" : "Call",
                    ["Log.OccurredAt"] = now,
                    ["Log.Outcome"] = "Positive",
                    ["Log.Notes"] = $"Telefonata concorrente {i}-{k}",
                }));
            }

            return mine;
        }))).SelectMany(r => r).ToList();
        var saved = await app.QueryAsync(db => db.Activities.Where(a => a.CompanyId == company.Id && a.Notes!.StartsWith("Telefonata concorrente")).Select(a => a.Notes!).ToListAsync());
        output.WriteLine($"activity logging: 20 writers, {responses.Count} posts, {responses.Count(r => (int)r.StatusCode >= 500)} server errors, {100 - saved.Distinct().Count()} lost, {saved.Count - saved.Distinct().Count()} duplicated");
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal(before + 100, await app.QueryAsync(db => db.Activities.CountAsync(a => a.CompanyId == company.Id)));
        Assert.Equal(100, saved.Distinct().Count());
        var after = await app.QueryAsync(db => db.Companies.SingleAsync(c => c.Id == company.Id));
        Assert.Equal(RelationshipStatus.Visited, after.Status);
        Assert.Equal(DateOnly.FromDateTime(DateTime.Now), after.LastContactOn);
        clients.ForEach(c => c.Client.Dispose());
    }
}
