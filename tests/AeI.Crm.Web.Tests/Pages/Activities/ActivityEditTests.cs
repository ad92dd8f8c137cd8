using System.Globalization;
using System.Net;
using AeI.Crm.Activities;
using AeI.Crm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Tests.Pages.Activities;

/// <summary>Authors change or remove their own activities; the company's history keeps them, marked.</summary>
[Collection(SharedApp.Name)]
public class ActivityEditTests(CrmAppFactory app)
{
    private static DateTime Now => AeI.Crm.Notifications.Scheduling.ItalianCalendar.LocalTime(DateTimeOffset.UtcNow);

    private static DateOnly Today => DateOnly.FromDateTime(Now);

    private async Task<(int CompanyId, int ActivityId)> LoggedByAccount1Async(int skip)
    {
        return await app.QueryAsync(async db =>
        {
            var am = await db.Users.SingleAsync(u => u.Email == DemoUsers.Account1);
            var companyId = await db.Companies.Where(c => !c.Activities.Any()).OrderBy(c => c.Id).Skip(skip).Select(c => c.Id).FirstAsync();
            var activity = new Activity
            {
                CompanyId = companyId, UserId = am.Id, Type = ActivityType.Call, OccurredAt = Now.AddHours(-2), Outcome = ActivityOutcome.Neutral,
                Notes = "Prima versione", NextStep = "Richiamare", NextStepOn = Today.AddDays(3),
            };
            await ActivityLog.LogAsync(db, activity, Now, CancellationToken.None);
            return (companyId, activity.Id);
        });
    }

    [Fact]
    public async Task The_author_edits_an_activity_its_follow_up_follows_and_the_history_says_modified()
    {
        var (companyId, id) = await LoggedByAccount1Async(0);
        using var client = await app.SignInAsync(DemoUsers.Account1);
        var url = $"/Activities/Edit/{id}";

        var response = await client.PostFormAsync(url, url, new()
        {
            ["Input.Type"] = "Email", ["Input.OccurredAt"] = Now.AddHours(-2).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture), ["Input.Outcome"] = "Positive",
            ["Input.Notes"] = "Seconda versione", ["Input.NextStep"] = "Mandare la convenzione", ["Input.NextStepOn"] = Today.AddDays(9).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Input.ConfirmNoConsent"] = "true",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await app.QueryAsync(db => db.Activities.AsNoTracking().SingleAsync(a => a.Id == id));
        Assert.Equal(("Seconda versione", ActivityType.Email, ActivityOutcome.Positive), (saved.Notes, saved.Type, saved.Outcome));
        Assert.NotNull(saved.EditedAt);
        var followUp = await app.QueryAsync(db => db.FollowUps.AsNoTracking().SingleAsync(f => f.ActivityId == id));
        Assert.Equal(("Mandare la convenzione", Today.AddDays(9)), (followUp.Subject, followUp.DueOn));
        Assert.Contains("data-testid=\"activity-edited\"", await client.GetPageAsync($"/Companies/Details/{companyId}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_removed_activity_stays_in_the_history_marked_and_counts_no_more()
    {
        var (companyId, id) = await LoggedByAccount1Async(1);
        using var client = await app.SignInAsync(DemoUsers.Account1);
        var url = $"/Activities/Edit/{id}";

        var response = await client.PostFormAsync(url, url + "?handler=Remove", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await app.QueryAsync(db => db.Activities.AnyAsync(a => a.Id == id)));
        Assert.NotNull(await app.QueryAsync(db => db.Activities.IgnoreQueryFilters().Where(a => a.Id == id).Select(a => a.RemovedAt).SingleAsync()));
        Assert.False(await app.QueryAsync(db => db.FollowUps.AnyAsync(f => f.ActivityId == id)));
        Assert.Null(await app.QueryAsync(db => db.Companies.Where(c => c.Id == companyId).Select(c => c.LastContactOn).SingleAsync()));
        var page = await client.GetPageAsync($"/Companies/Details/{companyId}");
        Assert.Contains("data-testid=\"activity-removed\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/Activities/Edit/{id}\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nobody_edits_or_removes_someone_elses_activity()
    {
        var (_, id) = await LoggedByAccount1Async(2);
        using var other = await app.SignInAsync(DemoUsers.Account2);
        var token = await other.AntiforgeryTokenAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Activities/Edit/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostRawAsync($"/Activities/Edit/{id}?handler=Remove", token, [])).StatusCode);
        Assert.True(await app.QueryAsync(db => db.Activities.AnyAsync(a => a.Id == id)));
    }
}
