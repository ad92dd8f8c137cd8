using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using AeI.Crm.FollowUps;
using AeI.Crm.Mail;
using AeI.Crm.Users;
using AeI.Crm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Tests.Pages.FollowUps;

/// <summary>"Le mie attività", the profile's calendar feed, planned activities and the scheduler's pages, on the shared demo app.</summary>
[Collection(SharedApp.Name)]
public partial class FollowUpPagesTests(CrmAppFactory app)
{
    private static string S(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static DateOnly Today => AeI.Crm.Notifications.Scheduling.ItalianCalendar.Today(DateTimeOffset.UtcNow);

    private async Task<(string Email, string Id)> NewUserAsync(string role)
    {
        var email = await app.CreateUserAsync(role);
        var id = await app.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        return (email, id);
    }

    private async Task<FollowUp> AddAsync(string ownerId, DateOnly due, string subject, int? companyId = null, int? candidateId = null)
    {
        var followUp = new FollowUp { OwnerId = ownerId, DueOn = due, Subject = subject, CompanyId = companyId, CandidateId = candidateId, CreatedAt = DateTime.Now };
        await app.QueryAsync(async db =>
        {
            db.FollowUps.Add(followUp);
            return await db.SaveChangesAsync();
        });
        return followUp;
    }

    private Task<FollowUp> ReloadAsync(int id) => app.QueryAsync(db => db.FollowUps.AsNoTracking().SingleAsync(f => f.Id == id));

    [Fact]
    public async Task The_list_groups_by_when_and_names_what_each_is_about()
    {
        var (email, id) = await NewUserAsync(Roles.AccountManager);
        var company = await app.QueryAsync(db => db.Companies.OrderBy(c => c.Id).Select(c => new { c.Id, c.LegalName }).FirstAsync());
        await AddAsync(id, Today.AddDays(-2), "Scaduta da due giorni", company.Id);
        await AddAsync(id, Today, "Per oggi", company.Id);
        await AddAsync(id, Today.AddDays(30), "Fra un mese");
        using var user = await app.SignInAsync(email, CrmAppFactory.TestPassword);

        var page = await user.GetPageAsync("/FollowUps");

        Assert.Matches(new Regex("followup-group-overdue.*Scaduta da due giorni.*followup-group-today.*Per oggi.*followup-group-later.*Fra un mese", RegexOptions.Singleline), page);
        Assert.Contains(WebUtility.HtmlEncode(company.LegalName), page, StringComparison.Ordinal);
        Assert.Matches("data-testid=\"followup-badge\"[^>]*>2<", page);
    }

    [Fact]
    public async Task Postpone_by_a_week_then_to_a_date_then_complete()
    {
        var (email, id) = await NewUserAsync(Roles.Mediator);
        var f = await AddAsync(id, Today.AddDays(-1), "Chiamare per esito colloquio");
        using var user = await app.SignInAsync(email, CrmAppFactory.TestPassword);

        var week = await user.PostFormAsync("/FollowUps", $"/FollowUps?handler=Postpone&id={S(f.Id)}", new() { ["days"] = "7" });
        Assert.Equal(HttpStatusCode.Redirect, week.StatusCode);
        Assert.Equal(Today.AddDays(7), (await ReloadAsync(f.Id)).DueOn);

        var date = Today.AddDays(20).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await user.PostFormAsync("/FollowUps", $"/FollowUps?handler=Postpone&id={S(f.Id)}", new() { ["to"] = date });
        Assert.Equal(Today.AddDays(20), (await ReloadAsync(f.Id)).DueOn);

        var past = Today.AddDays(-3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await user.PostFormAsync("/FollowUps", $"/FollowUps?handler=Postpone&id={S(f.Id)}", new() { ["to"] = past });
        Assert.Contains("non può essere nel passato", WebUtility.HtmlDecode(await user.GetPageAsync("/FollowUps")), StringComparison.Ordinal);
        Assert.Equal(Today.AddDays(20), (await ReloadAsync(f.Id)).DueOn);

        await user.PostFormAsync("/FollowUps", $"/FollowUps?handler=Complete&id={S(f.Id)}", []);
        Assert.NotNull((await ReloadAsync(f.Id)).CompletedAt);
    }

    [Fact]
    public async Task Nobody_acts_on_someone_elses_follow_up()
    {
        var (_, ownerId) = await NewUserAsync(Roles.AccountManager);
        var (otherEmail, _) = await NewUserAsync(Roles.AccountManager);
        var f = await AddAsync(ownerId, Today, "Non tua");
        using var other = await app.SignInAsync(otherEmail, CrmAppFactory.TestPassword);

        var complete = await other.PostFormAsync("/FollowUps", $"/FollowUps?handler=Complete&id={S(f.Id)}", []);
        var postpone = await other.PostFormAsync("/FollowUps", $"/FollowUps?handler=Postpone&id={S(f.Id)}", new() { ["days"] = "1" });

        Assert.Equal(HttpStatusCode.NotFound, complete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, postpone.StatusCode);
        var after = await ReloadAsync(f.Id);
        Assert.Null(after.CompletedAt);
        Assert.Equal(Today, after.DueOn);
    }

    [Fact]
    public async Task Reassigning_gives_the_follow_up_to_the_colleague_and_remembers_who_gave_it()
    {
        var (email, id) = await NewUserAsync(Roles.AccountManager);
        var (_, colleagueId) = await NewUserAsync(Roles.Coordinator);
        var f = await AddAsync(id, Today, "Passala a un collega");
        using var user = await app.SignInAsync(email, CrmAppFactory.TestPassword);

        var response = await user.PostFormAsync("/FollowUps", $"/FollowUps?handler=Reassign&id={S(f.Id)}", new() { ["ownerId"] = colleagueId });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await ReloadAsync(f.Id);
        Assert.Equal((colleagueId, id), (after.OwnerId, after.AssignedById));
        // E-mail is off in this app: nothing is queued.
        Assert.False(await app.QueryAsync(db => db.OutboundMessages.AnyAsync(m => m.RecipientUserId == colleagueId)));
    }

    [Fact]
    public async Task Reassigning_to_an_admin_or_a_disabled_user_is_refused()
    {
        var (email, id) = await NewUserAsync(Roles.AccountManager);
        var adminId = await app.QueryAsync(db => db.Users.Where(u => u.Email == DemoUsers.Admin).Select(u => u.Id).SingleAsync());
        var f = await AddAsync(id, Today, "Resta mia");
        using var user = await app.SignInAsync(email, CrmAppFactory.TestPassword);

        await user.PostFormAsync("/FollowUps", $"/FollowUps?handler=Reassign&id={S(f.Id)}", new() { ["ownerId"] = adminId });

        Assert.Equal(id, (await ReloadAsync(f.Id)).OwnerId);
        Assert.Contains("Scegli un collega attivo", await user.GetPageAsync("/FollowUps"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_visit_logged_in_the_future_is_planned_for_its_author_and_leaves_the_last_contact_alone()
    {
        var (email, id) = await NewUserAsync(Roles.AccountManager);
        var company = await app.QueryAsync(db => db.Companies.OrderByDescending(c => c.Id).Select(c => new { c.Id, c.LastContactOn, c.Status }).FirstAsync());
        var when = Today.AddDays(10).ToDateTime(new TimeOnly(9, 30));
        using var user = await app.SignInAsync(email, CrmAppFactory.TestPassword);

        var response = await user.PostFormAsync($"/Companies/Details/{S(company.Id)}", $"/Companies/Details/{S(company.Id)}?handler=LogActivity", new()
        {
            ["Log.Type"] = "OnSiteVisit",
            ["Log.OccurredAt"] = when.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
            ["Log.Outcome"] = "Neutral",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var planned = await app.QueryAsync(db => db.FollowUps.AsNoTracking().SingleAsync(f => f.OwnerId == id));
        Assert.Equal((Today.AddDays(10), company.Id), (planned.DueOn, planned.CompanyId!.Value));
        Assert.Equal("Visita in azienda pianificata alle 09:30", planned.Subject);
        var after = await app.QueryAsync(db => db.Companies.AsNoTracking().Where(c => c.Id == company.Id).Select(c => new { c.LastContactOn, c.Status }).SingleAsync());
        Assert.Equal((company.LastContactOn, company.Status), (after.LastContactOn, after.Status));
        Assert.Contains("Visita in azienda pianificata", await user.GetPageAsync($"/Companies/Details/{S(company.Id)}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_calendar_feed_is_private_has_no_names_of_people_and_stops_when_revoked()
    {
        var (email, id) = await NewUserAsync(Roles.Mediator);
        var person = await app.QueryAsync(db => db.Candidates.OrderBy(c => c.Id).Select(c => new { c.Id, c.FirstName, c.LastName }).FirstAsync());
        await AddAsync(id, Today.AddDays(3), "Colloquio di monitoraggio", candidateId: person.Id);
        using var user = await app.SignInAsync(email, CrmAppFactory.TestPassword);

        await user.PostFormAsync("/Account/Profile", "/Account/Profile?handler=Calendar", []);
        var profile = await user.GetPageAsync("/Account/Profile");
        var url = FeedUrl().Match(profile);
        Assert.True(url.Success, "The new feed address is shown once");
        Assert.DoesNotMatch(FeedUrl(), await user.GetPageAsync("/Account/Profile"));
        var path = new Uri(WebUtility.HtmlDecode(url.Groups[url.Groups[1].Success ? 1 : 2].Value)).PathAndQuery;

        using var anonymous = app.CreateClient();
        var feed = await anonymous.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Equal("text/calendar", feed.Content.Headers.ContentType!.MediaType);
        var ics = await feed.Content.ReadAsStringAsync();
        Assert.Contains("BEGIN:VCALENDAR", ics, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Colloquio di monitoraggio", ics, StringComparison.Ordinal);
        Assert.Contains($"DTSTART;VALUE=DATE:{Today.AddDays(3):yyyyMMdd}", ics, StringComparison.Ordinal);
        Assert.DoesNotContain(person.LastName, ics, StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"{person.FirstName[0]}.{person.LastName[0]}.", ics, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(new Uri(path.Replace(".ics", "x.ics", StringComparison.Ordinal), UriKind.Relative))).StatusCode);

        await user.PostFormAsync("/Account/Profile", "/Account/Profile?handler=RevokeCalendar", []);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(new Uri(path, UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task The_notification_choice_is_saved()
    {
        var (email, id) = await NewUserAsync(Roles.AccountManager);
        using var user = await app.SignInAsync(email, CrmAppFactory.TestPassword);

        await user.PostFormAsync("/Account/Profile", "/Account/Profile?handler=Notifications", new() { ["Notifications"] = "DigestOnly" });

        Assert.Equal(NotificationPreference.DigestOnly, await app.QueryAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.Notifications).SingleAsync()));
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Redirect)]
    [InlineData(DemoUsers.Account1, HttpStatusCode.Forbidden)]
    [InlineData(DemoUsers.MediatorCelav, HttpStatusCode.Forbidden)]
    [InlineData(DemoUsers.Coordinator, HttpStatusCode.Forbidden)]
    [InlineData(DemoUsers.Admin, HttpStatusCode.OK)]
    public async Task The_hangfire_dashboard_is_for_admins_only(string? email, HttpStatusCode expected)
    {
        using var client = email is null ? new SignedInClient(app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false })) : await app.SignInAsync(email);

        var response = await client.GetAsync("/hangfire");

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Redirect)
        {
            Assert.Contains("/Account/Login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(DemoUsers.Admin)]
    [InlineData(DemoUsers.Coordinator)]
    [InlineData(DemoUsers.MediatorNil)]
    public async Task Every_role_opens_its_list(string email)
    {
        using var user = await app.SignInAsync(email);
        var response = await user.GetAsync("/FollowUps");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_notifications_page_says_e_mail_is_off_and_is_for_admins_only()
    {
        using var admin = await app.SignInAsync(DemoUsers.Admin);
        using var coordinator = await app.SignInAsync(DemoUsers.Coordinator);

        var page = await admin.GetPageAsync("/Admin/Notifications");

        Assert.Contains("data-testid=\"mail-off\"", page, StringComparison.Ordinal);
        var refused = await coordinator.GetAsync("/Admin/Notifications");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/Account/AccessDenied", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_uncertain_message_is_resent_only_when_an_admin_requeues_it()
    {
        var message = new OutboundMessage { Key = $"test:{Guid.NewGuid():N}", Kind = MessageKind.Digest, ToAddress = "x@prova.local", Subject = "Prova", HtmlBody = "<p>x</p>", TextBody = "x", MessageId = "<x@prova.local>", Status = MessageStatus.Uncertain, Attempts = 1, CreatedUtc = DateTime.UtcNow, NextAttemptUtc = DateTime.UtcNow };
        await app.QueryAsync(async db =>
        {
            db.OutboundMessages.Add(message);
            return await db.SaveChangesAsync();
        });
        using var admin = await app.SignInAsync(DemoUsers.Admin);

        Assert.Contains("Esito incerto", await admin.GetPageAsync("/Admin/Notifications?status=Uncertain"), StringComparison.Ordinal);
        var response = await admin.PostFormAsync("/Admin/Notifications", $"/Admin/Notifications?handler=Requeue&id={S(message.Id)}", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(MessageStatus.Queued, await app.QueryAsync(db => db.OutboundMessages.Where(m => m.Id == message.Id).Select(m => m.Status).SingleAsync()));
    }

    [GeneratedRegex("data-testid=\"calendar-url\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*data-testid=\"calendar-url\"")]
    private static partial Regex FeedUrl();
}
