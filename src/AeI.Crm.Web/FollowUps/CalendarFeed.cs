using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AeI.Crm.Notifications.Digests;
using AeI.Crm.Persistence;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.FollowUps;

/// <summary>
/// A user's private calendar (iCalendar) of open follow-ups and planned activities, at
/// <c>/calendar/{secret}.ics</c> for Outlook, Google or a phone. The secret is shown once and stored
/// hashed; a new one or a revocation ends the old address. The feed names companies and positions,
/// at most a person's initials, never notes or anything sensitive.
/// </summary>
public static class CalendarFeed
{
    public static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static IEndpointRouteBuilder MapCalendarFeed(this IEndpointRouteBuilder app)
    {
        app.MapGet("/calendar/{secret}.ics", ServeAsync).AllowAnonymous();
        return app;
    }

    private static async Task<IResult> ServeAsync(string secret, CrmDbContext db, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        if (secret.Length is < 20 or > 100)
        {
            return Results.NotFound();
        }

        var hash = Hash(secret);
        var user = await db.Users.AsNoTracking().Where(u => u.CalendarTokenHash == hash && u.IsActive).Select(u => new { u.Id }).SingleOrDefaultAsync(ct);
        if (user is null)
        {
            return Results.NotFound();
        }

        var app = new Uri($"{http.Request.Scheme}://{http.Request.Host}/");
        var now = clock.GetUtcNow();
        var since = DateOnly.FromDateTime(now.UtcDateTime).AddDays(-30);
        var followUps = await db.FollowUps.AsNoTracking()
            .Where(f => f.OwnerId == user.Id && f.CompletedAt == null && f.DueOn >= since && (f.RuleKey == null || !f.RuleKey.StartsWith("planned:")))
            .OrderBy(f => f.DueOn).Take(2000)
            .Select(f => new
            {
                f.Id, f.DueOn, f.Subject, Company = f.Company!.LegalName, f.CompanyId, Vacancy = f.Vacancy!.Title,
                First = f.Candidate != null ? f.Candidate.FirstName : f.Placement!.Candidate!.FirstName,
                Last = f.Candidate != null ? f.Candidate.LastName : f.Placement!.Candidate!.LastName,
            })
            .ToListAsync(ct);
        var from = since.ToDateTime(TimeOnly.MinValue);
        var planned = await db.Activities.AsNoTracking()
            .Where(a => a.UserId == user.Id && a.OccurredAt >= from)
            .Where(a => db.FollowUps.Any(f => f.RuleKey == "planned:" + a.Id))
            .Select(a => new { a.Id, a.OccurredAt, a.Type, Company = a.Company!.LegalName, a.CompanyId })
            .ToListAsync(ct);

        var calendar = new Ical.Net.Calendar();
        calendar.AddProperty("X-WR-CALNAME", "AeI CRM – le mie attività");
        calendar.AddProperty("X-PUBLISHED-TTL", "PT1H");
        foreach (var f in followUps)
        {
            var about = string.Join(" · ", new[] { f.Company, f.Vacancy, f.First is null ? null : Initials.Of(f.First, f.Last ?? "") }.Where(s => !string.IsNullOrEmpty(s)));
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"followup-{f.Id}@aei-crm",
                Summary = about.Length == 0 ? f.Subject : $"{f.Subject} – {about}",
                DtStart = new CalDateTime(f.DueOn),
                DtEnd = new CalDateTime(f.DueOn.AddDays(1)),
                Url = new Uri(app, "FollowUps"),
                DtStamp = new CalDateTime(now.UtcDateTime),
            });
        }

        foreach (var a in planned)
        {
            var start = ItalianStart(a.OccurredAt);
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"activity-{a.Id}@aei-crm",
                Summary = $"{Label(a.Type)}: {a.Company}",
                DtStart = new CalDateTime(start.UtcDateTime, "UTC"),
                DtEnd = new CalDateTime(start.UtcDateTime.AddHours(1), "UTC"),
                Url = new Uri(app, $"Companies/Details/{a.CompanyId.ToString(CultureInfo.InvariantCulture)}"),
                DtStamp = new CalDateTime(now.UtcDateTime),
            });
        }

        http.Response.Headers.CacheControl = "no-store";
        return Results.Text(new CalendarSerializer().SerializeToString(calendar) ?? "", "text/calendar; charset=utf-8");
    }

    /// <summary>Activities are stored in Rome's wall-clock time.</summary>
    private static DateTimeOffset ItalianStart(DateTime local) =>
        new(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Notifications.Scheduling.ItalianCalendar.Rome.GetUtcOffset(local));

    private static string Label(Activities.ActivityType type) => type switch
    {
        Activities.ActivityType.OnSiteVisit => "Visita",
        Activities.ActivityType.Call => "Telefonata",
        Activities.ActivityType.VideoCall => "Videochiamata",
        Activities.ActivityType.Email => "E-mail",
        _ => "Appuntamento",
    };
}
