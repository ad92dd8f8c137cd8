using System.Text.RegularExpressions;
using AeI.Crm.Activities;
using Microsoft.EntityFrameworkCore;
using AeI.Crm.Demo;
using AeI.Crm.Web.Tests.Infrastructure;

namespace AeI.Crm.Web.Tests.Pages.Reports;

/// <summary>The demo read back through the coordinators' page gives the 2020 social report, figure by figure.</summary>
[Collection(SharedApp.Name)]
public partial class DemoFiguresTests(CrmAppFactory app)
{
    private static int Read(string html, string testId, string? caseload = null)
    {
        var table = Regex.Match(html, "<table[^>]*data-table=\"people-by-caseload\".*?</table>", RegexOptions.Singleline).Value;
        var scope = caseload is null ? html : Row().Matches(table).Single(m => m.Groups["code"].Value == caseload).Value;
        var match = Regex.Match(scope, $"data-testid=\"{testId}\">(?:<a [^>]*>)?([0-9.]+)<");
        Assert.True(match.Success, $"{testId} not found");
        return int.Parse(match.Groups[1].Value.Replace(".", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task The_2020_page_reproduces_the_social_report()
    {
        using var client = await app.SignInAsync(DemoUsers.Coordinator);
        var html = await client.GetPageAsync("/Reports?Year=2020");

        Assert.Equal(Demo2020Figures.CompaniesContacted, Read(html, "contacted"));
        Assert.Equal(3535, Read(html, "contacted"));
        Assert.Equal(231, Read(html, "visited"));
        Assert.Equal(894, Read(html, "positions"));

        Assert.Equal(1392, Read(html, "handled", "CeLAV"));
        Assert.Equal(553, Read(html, "closed", "CeLAV"));
        Assert.Equal(141, Read(html, "closed-hired", "CeLAV"));
        Assert.Equal(47, Read(html, "permanent", "CeLAV"));
        Assert.Equal(66, Read(html, "fixed-term", "CeLAV"));
        Assert.Equal(28, Read(html, "other", "CeLAV"));

        Assert.Equal(333, Read(html, "handled", "NIL"));
        Assert.Equal(161, Read(html, "internships", "NIL"));
        Assert.Equal(43, Read(html, "hires", "NIL"));

        Assert.Equal(191, Read(html, "handled", "SIL"));
        Assert.Equal(41, Read(html, "internships", "SIL"));
        Assert.Equal(17, Read(html, "hires", "SIL"));
    }

    [Fact]
    public async Task A_year_without_data_reads_zero()
    {
        using var client = await app.SignInAsync(DemoUsers.Coordinator);
        var html = await client.GetPageAsync("/Reports?Year=2015");
        Assert.Equal(0, Read(html, "contacted"));
        Assert.Equal(0, Read(html, "handled", "CeLAV"));
    }

    [Fact]
    public async Task A_planned_visit_is_not_counted_until_it_happens()
    {
        var now = AeI.Crm.Notifications.Scheduling.ItalianCalendar.LocalTime(DateTimeOffset.UtcNow);
        var yearStart = new DateTime(now.Year, 1, 1);
        var company = await app.QueryAsync(db => db.Companies
            .Where(c => c.AccountManagerId != null && !db.Activities.Any(a => a.CompanyId == c.Id && a.OccurredAt >= yearStart))
            .OrderBy(c => c.Id).Select(c => new { c.Id, c.AccountManagerId }).FirstAsync());
        using var client = await app.SignInAsync(DemoUsers.Coordinator);
        var before = await client.GetPageAsync("/Reports");

        // Planned later this year, or, in the last days of December, early next year: either way not yet happened.
        await app.QueryAsync(async db =>
        {
            await ActivityLog.LogAsync(db, new Activity
            {
                CompanyId = company.Id, Type = ActivityType.OnSiteVisit, OccurredAt = now.AddDays(3), UserId = company.AccountManagerId!,
                Outcome = ActivityOutcome.Neutral, Notes = "Visita in programma",
            }, now, CancellationToken.None);
            return 0;
        });
        var after = await client.GetPageAsync("/Reports");

        Assert.Equal(Read(before, "contacted"), Read(after, "contacted"));
        Assert.Equal(Read(before, "visited"), Read(after, "visited"));
    }

    [GeneratedRegex("<tr data-row=\"(?<code>[^\"]+)\"[^>]*>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex Row();
}
