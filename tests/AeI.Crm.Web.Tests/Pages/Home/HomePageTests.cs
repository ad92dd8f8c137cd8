using System.Net;
using System.Text.RegularExpressions;
using AeI.Crm.Activities;
using AeI.Crm.FollowUps;
using AeI.Crm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Tests.Pages.Home;

/// <summary>The home page shows each role what is due today and its own numbers for the current year.</summary>
[Collection(SharedApp.Name)]
public partial class HomePageTests(CrmAppFactory app)
{
    private static DateOnly Today => AeI.Crm.Notifications.Scheduling.ItalianCalendar.Today(DateTimeOffset.UtcNow);

    private static int Figure(string html, string testId) =>
        int.Parse(Regex.Match(html, $"data-testid=\"{testId}\"><span class=\"fs-3 fw-semibold\">([0-9.]+)<").Groups[1].Value.Replace(".", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task An_account_manager_sees_todays_follow_ups_and_their_own_numbers_for_this_year()
    {
        using var am = await app.SignInAsync(DemoUsers.Account2);
        var before = await am.GetPageAsync("/");
        var visitsBefore = Figure(before, "fig-visits");
        var subject = "Richiamare per l'offerta " + Guid.NewGuid().ToString("N")[..6];
        await app.QueryAsync(async db =>
        {
            var me = await db.Users.SingleAsync(u => u.Email == DemoUsers.Account2);
            var company = await db.Companies.OrderBy(c => c.Id).Skip(31).FirstAsync();
            db.FollowUps.Add(new FollowUp { OwnerId = me.Id, DueOn = Today.AddDays(-2), Subject = subject, CompanyId = company.Id, CreatedAt = DateTime.Now });
            db.Activities.Add(new Activity { CompanyId = company.Id, UserId = me.Id, Type = ActivityType.OnSiteVisit, OccurredAt = DateTime.Now.AddHours(-1), Outcome = ActivityOutcome.Positive });
            return await db.SaveChangesAsync();
        });

        var after = WebUtility.HtmlDecode(await am.GetPageAsync("/"));
        Assert.Contains(subject, after, StringComparison.Ordinal);
        Assert.Matches("scaduta il \\d\\d/\\d\\d", after);
        Assert.Equal(visitsBefore + 1, Figure(after, "fig-visits"));
        Assert.Contains($"I miei numeri del {Today.Year}", after, StringComparison.Ordinal);
        Assert.DoesNotContain("I numeri del 2020", after, StringComparison.Ordinal);

        // A colleague's home shows neither the follow-up nor the visit.
        using var other = await app.SignInAsync(DemoUsers.Account1);
        Assert.DoesNotContain(subject, WebUtility.HtmlDecode(await other.GetPageAsync("/")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DemoUsers.MediatorNil, "fig-people", "fig-contacted")]
    [InlineData(DemoUsers.Coordinator, "fig-contacted", "fig-people")]
    public async Task Each_role_sees_its_own_figures(string user, string shown, string notShown)
    {
        using var client = await app.SignInAsync(user);
        var html = await client.GetPageAsync("/");
        Assert.True(Figure(html, shown) >= 0);
        Assert.DoesNotContain($"data-testid=\"{notShown}\"", html, StringComparison.Ordinal);
    }
}
