using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using AeI.Crm.Candidates;
using AeI.Crm.Placements;
using AeI.Crm.Vacancies;
using AeI.Crm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Tests.Pages.Placements;

/// <summary>A hire updates the person, the position and the numbers; an end without hire says why; an interview can be set ahead.</summary>
[Collection(SharedApp.Name)]
public partial class HireLoopTests(CrmAppFactory app)
{
    private static DateOnly Today => AeI.Crm.Notifications.Scheduling.ItalianCalendar.Today(DateTimeOffset.UtcNow);

    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A new position (two openings, account1's) and <paramref name="people"/> NIL people at interview on it.</summary>
    private async Task<(Vacancy Vacancy, List<Placement> Placements)> PositionWithInterviewsAsync(int people, int openings = 2)
    {
        return await app.QueryAsync(async db =>
        {
            var am = await db.Users.SingleAsync(u => u.Email == DemoUsers.Account1);
            var company = await db.Companies.OrderBy(c => c.Id).Skip(11).FirstAsync();
            var vacancy = new Vacancy { CompanyId = company.Id, Title = "Addetto di prova " + Guid.NewGuid().ToString("N")[..6], Openings = openings, OpenedOn = Today.AddDays(-20), OwnerId = am.Id };
            db.Vacancies.Add(vacancy);
            var chosen = await db.Candidates.Where(c => c.Caseload!.Code == "NIL" && c.Status == CandidateStatus.Active && c.TakenInChargeOn < Today.AddDays(-30))
                .OrderByDescending(c => c.Id).Take(people).ToListAsync();
            var placements = chosen.Select(c =>
            {
                var p = Placement.Propose(c.Id, 0, Today.AddDays(-15), c.MediatorId);
                p.Vacancy = vacancy;
                p.MoveTo(PlacementStage.Interview, Today.AddDays(-5));
                return p;
            }).ToList();
            db.Placements.AddRange(placements);
            await db.SaveChangesAsync();
            return (vacancy, placements);
        });
    }

    private async Task<string> VersionAsync(int placementId) =>
        (await app.QueryAsync(db => db.Placements.Where(p => p.Id == placementId).Select(p => p.Version).SingleAsync())).ToString(CultureInfo.InvariantCulture);

    private static int Read(string html, string testId, string caseload)
    {
        return AeI.Crm.Web.Tests.OData.ReportPage.Cell(html, "people-by-caseload", caseload, testId);
    }

    [Fact]
    public async Task A_hire_closes_the_loop_for_the_person_the_position_the_account_manager_and_the_numbers()
    {
        var (vacancy, placements) = await PositionWithInterviewsAsync(2);
        using var coordinator = await app.SignInAsync(DemoUsers.Coordinator);
        var before = await coordinator.GetPageAsync("/Reports");
        using var mediator = await app.SignInAsync(DemoUsers.MediatorNil);

        var first = $"/Placements/Details/{placements[0].Id}";
        var hired = await mediator.PostFormAsync(first, first, new() { ["Move.Stage"] = "Hired", ["Move.On"] = D(Today), ["Move.Contract"] = "FixedTerm", ["Move.Version"] = await VersionAsync(placements[0].Id) });
        Assert.Equal(HttpStatusCode.Redirect, hired.StatusCode);
        var message = WebUtility.HtmlDecode(await mediator.GetPageAsync(first));
        Assert.Contains("Posti coperti: 1 di 2", message, StringComparison.Ordinal);

        var person = await app.QueryAsync(db => db.Candidates.AsNoTracking().SingleAsync(c => c.Id == placements[0].CandidateId));
        Assert.Equal((CandidateStatus.Placed, ClosureOutcome.Hired, Today), (person.Status, person.ClosureOutcome, person.ClosedOn));
        Assert.Equal(VacancyStatus.Open, await app.QueryAsync(db => db.Vacancies.Where(v => v.Id == vacancy.Id).Select(v => v.Status).SingleAsync()));
        var followUp = await app.QueryAsync(db => db.FollowUps.AsNoTracking().SingleAsync(f => f.RuleKey == $"hired:{placements[0].Id}"));
        Assert.Equal((vacancy.OwnerId, Today.AddDays(7), vacancy.Id), (followUp.OwnerId, followUp.DueOn, followUp.VacancyId));

        var second = $"/Placements/Details/{placements[1].Id}";
        await mediator.PostFormAsync(second, second, new() { ["Move.Stage"] = "Hired", ["Move.On"] = D(Today), ["Move.Contract"] = "Permanent", ["Move.Version"] = await VersionAsync(placements[1].Id) });
        Assert.Equal(VacancyStatus.Filled, await app.QueryAsync(db => db.Vacancies.Where(v => v.Id == vacancy.Id).Select(v => v.Status).SingleAsync()));
        Assert.Contains("data-testid=\"openings-filled\">2 di 2<", await mediator.GetPageAsync($"/Vacancies/Details/{vacancy.Id}"), StringComparison.Ordinal);

        var after = await coordinator.GetPageAsync("/Reports");
        Assert.Equal(Read(before, "hires", "NIL") + 2, Read(after, "hires", "NIL"));
        Assert.Equal(Read(before, "closed-hired", "NIL") + 2, Read(after, "closed-hired", "NIL"));
    }

    [Fact]
    public async Task Not_selected_needs_the_reason_and_shows_it()
    {
        var (_, placements) = await PositionWithInterviewsAsync(1, openings: 1);
        using var mediator = await app.SignInAsync(DemoUsers.MediatorNil);
        var url = $"/Placements/Details/{placements[0].Id}";

        var refused = await mediator.PostFormAsync(url, url, new() { ["Move.Stage"] = "NotSelected", ["Move.On"] = D(Today), ["Move.Version"] = await VersionAsync(placements[0].Id) });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Indica il motivo", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(PlacementStage.Interview, await app.QueryAsync(db => db.Placements.Where(p => p.Id == placements[0].Id).Select(p => p.Stage).SingleAsync()));

        var saved = await mediator.PostFormAsync(url, url, new() { ["Move.Stage"] = "NotSelected", ["Move.On"] = D(Today), ["Move.Reason"] = "L'azienda cerca qualcuno con la patente C", ["Move.Version"] = await VersionAsync(placements[0].Id) });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("L&#x27;azienda cerca qualcuno con la patente C", await mediator.GetPageAsync(url), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_interview_can_be_set_ahead_and_becomes_a_follow_up_other_steps_cannot()
    {
        var (_, placements) = await PositionWithInterviewsAsync(1, openings: 1);
        var proposed = await app.QueryAsync(async db =>
        {
            var p = await db.Placements.SingleAsync(x => x.Id == placements[0].Id);
            p.Stage = PlacementStage.CvSent;
            p.InterviewOn = null;
            await db.SaveChangesAsync();
            return p;
        });
        using var mediator = await app.SignInAsync(DemoUsers.MediatorNil);
        var url = $"/Placements/Details/{proposed.Id}";

        var internship = await mediator.PostFormAsync(url, url, new() { ["Move.Stage"] = "Internship", ["Move.On"] = D(Today.AddDays(3)), ["Move.Version"] = await VersionAsync(proposed.Id) });
        Assert.Contains("non può essere nel futuro", WebUtility.HtmlDecode(await internship.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var interview = await mediator.PostFormAsync(url, url, new() { ["Move.Stage"] = "Interview", ["Move.On"] = D(Today.AddDays(3)), ["Move.Version"] = await VersionAsync(proposed.Id) });
        Assert.Equal(HttpStatusCode.Redirect, interview.StatusCode);
        var followUp = await app.QueryAsync(db => db.FollowUps.AsNoTracking().SingleAsync(f => f.PlacementId == proposed.Id && f.RuleKey!.StartsWith("interview:")));
        Assert.Equal(Today.AddDays(3), followUp.DueOn);
        Assert.StartsWith("Colloquio per «", followUp.Subject, StringComparison.Ordinal);
    }
}
