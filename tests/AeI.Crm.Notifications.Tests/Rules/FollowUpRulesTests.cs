using AeI.Crm.Activities;
using AeI.Crm.Caseloads;
using AeI.Crm.FollowUps;
using AeI.Crm.FollowUps.Rules;
using AeI.Crm.Notifications.Tests.Infrastructure;
using AeI.Crm.Placements;
using AeI.Crm.Vacancies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AeI.Crm.Notifications.Tests.Rules;

/// <summary>Each rule on a given day (the clock is the day passed in), on a real SQLite file.</summary>
public sealed class FollowUpRulesTests : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 12, 15);
    private World _world = null!;

    public async Task InitializeAsync() => _world = await World.CreateAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private async Task<RuleRunResult> RunAsync(DateOnly? day = null, IEligibleCaseloads? eligible = null)
    {
        await using var db = _world.Db();
        var d = day ?? Today;
        return await new FollowUpRules(db, new FollowUpRuleOptions(), eligible ?? new Eligible([])).RunAsync(d, d.ToDateTime(new TimeOnly(7, 30)), CancellationToken.None);
    }

    private async Task<List<FollowUp>> FollowUpsAsync()
    {
        await using var db = _world.Db();
        return await db.FollowUps.AsNoTracking().OrderBy(f => f.Id).ToListAsync();
    }

    private async Task SetLastContactAsync(DateOnly on)
    {
        await using var db = _world.Db();
        await db.Companies.ExecuteUpdateAsync(s => s.SetProperty(c => c.LastContactOn, on));
    }

    private async Task<Placement> AddPlacementAsync(Action<Placement> setUp)
    {
        var person = await _world.AddPersonAsync();
        await using var db = _world.Db();
        var vacancy = new Vacancy { Title = "Panettiere", CompanyId = _world.Company.Id, OwnerId = "am", OpenedOn = Today.AddDays(-60) };
        db.Vacancies.Add(vacancy);
        await db.SaveChangesAsync();
        var placement = Placement.Propose(person.Id, vacancy.Id, Today.AddDays(-50), "med");
        setUp(placement);
        db.Placements.Add(placement);
        await db.SaveChangesAsync();
        return placement;
    }

    [Fact]
    public async Task An_activity_with_a_next_step_becomes_a_follow_up_for_its_author_once()
    {
        await using (var db = _world.Db())
        {
            db.Activities.Add(new Activity { CompanyId = _world.Company.Id, UserId = "am", Type = ActivityType.OnSiteVisit, OccurredAt = new DateTime(2026, 12, 1, 10, 0, 0), NextStep = "Richiamare il 15", NextStepOn = Today });
            await db.SaveChangesAsync();
        }

        var first = await RunAsync();
        var second = await RunAsync();

        Assert.Equal(1, first.CreatedByRule[FollowUpRules.NextStep]);
        Assert.Equal(0, second.Created);
        var f = Assert.Single(await FollowUpsAsync());
        Assert.Equal(("am", Today, "Richiamare il 15"), (f.OwnerId, f.DueOn, f.Subject));
    }

    [Fact]
    public async Task Logging_an_activity_makes_its_follow_up_at_once_and_the_rule_adds_none()
    {
        await using (var db = _world.Db())
        {
            var activity = new Activity { CompanyId = _world.Company.Id, UserId = "am", Type = ActivityType.OnSiteVisit, OccurredAt = new DateTime(2026, 12, 1, 10, 0, 0), NextStep = "Richiamare il 15", NextStepOn = Today };
            await ActivityLog.LogAsync(db, activity, new DateTime(2026, 12, 1, 10, 5, 0), CancellationToken.None);
        }

        Assert.Equal(0, (await RunAsync()).Created);
        Assert.Single(await FollowUpsAsync());
    }

    [Fact]
    public async Task Next_step_follow_ups_saved_before_they_named_their_activity_are_not_made_again()
    {
        // A database as the previous version left it: next steps' follow-ups without the activity's id.
        // Written in SQL, in that version's columns: today's model may have columns the old schema lacks.
        await using (var db = _world.Db())
        {
            await db.GetService<IMigrator>().MigrateAsync("20261201123959_FollowUpRulesAndMessageLog");
            var company = _world.Company.Id;
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO "Activities" ("CompanyId", "UserId", "Type", "OccurredAt", "Outcome", "NextStep", "NextStepOn")
                VALUES ({company}, 'am', 4, '2026-12-01 10:00:00', 1, 'Richiamare il 15', '2026-12-15'),
                       ({company}, 'am', 1, '2026-12-02 10:00:00', 1, 'Mandare i profili', '2026-12-15');
                INSERT INTO "FollowUps" ("OwnerId", "DueOn", "Subject", "CompanyId", "CreatedAt", "CompletedAt")
                VALUES ('am', '2026-12-15', 'Richiamare il 15', {company}, '2026-12-01 10:05:00', NULL),
                       ('am', '2026-12-15', 'Richiamare il 15', {company}, '2026-12-01 10:06:00', NULL),
                       ('am', '2026-12-15', 'Richiamare il 15', {company}, '2026-12-01 10:07:00', '2026-12-03 09:00:00');
                """);
        }

        await using (var db = _world.Db())
        {
            await db.Database.MigrateAsync();
        }

        var result = await RunAsync();

        Assert.Equal(1, result.CreatedByRule[FollowUpRules.NextStep]);
        var all = await FollowUpsAsync();
        Assert.Equal(4, all.Count);
        Assert.NotNull(all[0].ActivityId);
        Assert.Null(all[1].ActivityId);
        Assert.Null(all[2].ActivityId);
        Assert.Equal("Mandare i profili", all[3].Subject);
    }

    [Fact]
    public async Task A_planned_visit_becomes_a_follow_up_on_its_day()
    {
        await using (var db = _world.Db())
        {
            var activity = new Activity { CompanyId = _world.Company.Id, UserId = "am", Type = ActivityType.OnSiteVisit, OccurredAt = new DateTime(2026, 12, 18, 9, 30, 0) };
            await ActivityLog.LogAsync(db, activity, new DateTime(2026, 12, 1, 10, 5, 0), CancellationToken.None);
        }

        var f = Assert.Single(await FollowUpsAsync());
        Assert.Equal(new DateOnly(2026, 12, 18), f.DueOn);
        Assert.Equal("Visita in azienda pianificata alle 09:30", f.Subject);
        Assert.StartsWith("planned:", f.RuleKey, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_partner_left_alone_for_six_months_is_to_recontact_once_even_after_completion()
    {
        await SetLastContactAsync(Today.AddMonths(-6).AddDays(-1));

        Assert.Equal(1, (await RunAsync()).CreatedByRule[FollowUpRules.DormantCompany]);
        await using (var db = _world.Db())
        {
            await db.FollowUps.ExecuteUpdateAsync(s => s.SetProperty(f => f.CompletedAt, new DateTime(2026, 12, 15, 9, 0, 0)));
        }

        Assert.Equal(0, (await RunAsync(Today.AddDays(1))).Created);
        var f = Assert.Single(await FollowUpsAsync());
        Assert.Equal("am", f.OwnerId);
        Assert.StartsWith("Ricontattare", f.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_partner_contacted_within_six_months_is_left_alone()
    {
        await SetLastContactAsync(Today.AddMonths(-6).AddDays(1));
        Assert.Equal(0, (await RunAsync()).Created);
    }

    [Fact]
    public async Task A_postponed_follow_up_keeps_its_new_date_on_the_next_run()
    {
        await SetLastContactAsync(Today.AddMonths(-7));
        await RunAsync();
        await using (var db = _world.Db())
        {
            var f = await db.FollowUps.SingleAsync();
            Assert.Null(f.Postpone(Today.AddDays(7), Today));
            await db.SaveChangesAsync();
        }

        await RunAsync(Today.AddDays(1));

        Assert.Equal(Today.AddDays(7), Assert.Single(await FollowUpsAsync()).DueOn);
    }

    [Fact]
    public async Task An_open_position_with_no_candidate_after_ten_days_reaches_its_account_manager_and_the_mediators_with_eligible_people()
    {
        await using (var db = _world.Db())
        {
            db.Vacancies.Add(new Vacancy { Title = "Magazziniere", CompanyId = _world.Company.Id, OwnerId = "am", OpenedOn = Today.AddDays(-10) });
            db.Vacancies.Add(new Vacancy { Title = "Cuoco", CompanyId = _world.Company.Id, OwnerId = "am", OpenedOn = Today.AddDays(-9) });
            await db.SaveChangesAsync();
        }

        var run = await RunAsync(eligible: new Eligible([_world.Caseload.Id]));

        Assert.Equal(2, run.CreatedByRule[FollowUpRules.IdleVacancy]);
        var owners = (await FollowUpsAsync()).Select(f => f.OwnerId).Order().ToList();
        Assert.Equal(["am", "med"], owners);
        Assert.Equal(0, (await RunAsync(eligible: new Eligible([_world.Caseload.Id]))).Created);
    }

    [Fact]
    public async Task No_mediator_is_bothered_when_the_matcher_finds_nobody_in_their_caseload()
    {
        await using (var db = _world.Db())
        {
            db.Vacancies.Add(new Vacancy { Title = "Magazziniere", CompanyId = _world.Company.Id, OwnerId = "am", OpenedOn = Today.AddDays(-30) });
            await db.SaveChangesAsync();
        }

        await RunAsync(eligible: new Eligible([]));

        Assert.Equal("am", Assert.Single(await FollowUpsAsync()).OwnerId);
    }

    [Fact]
    public async Task A_cv_with_no_answer_for_seven_days_reminds_the_mediator()
    {
        await AddPlacementAsync(p => p.MoveTo(PlacementStage.CvSent, Today.AddDays(-7)));

        Assert.Equal(1, (await RunAsync()).CreatedByRule[FollowUpRules.AwaitingAnswer]);
        var f = Assert.Single(await FollowUpsAsync());
        Assert.Equal("med", f.OwnerId);
        Assert.Equal(0, (await RunAsync()).Created);
    }

    [Fact]
    public async Task An_internship_ending_within_fifteen_days_reaches_the_mediator_and_the_account_manager()
    {
        await AddPlacementAsync(p =>
        {
            p.MoveTo(PlacementStage.Internship, Today.AddDays(-40));
            p.InternshipEndOn = Today.AddDays(15);
        });

        Assert.Equal(0, (await RunAsync(Today.AddDays(-1))).Created);
        Assert.Equal(2, (await RunAsync()).CreatedByRule[FollowUpRules.InternshipEnding]);
        Assert.Equal(["am", "med"], (await FollowUpsAsync()).Select(f => f.OwnerId).Order().ToList());
        Assert.Equal(0, (await RunAsync(Today.AddDays(1))).Created);
    }

    [Fact]
    public async Task A_hire_is_followed_at_30_90_and_180_days()
    {
        var hired = Today.AddDays(-30);
        await AddPlacementAsync(p => p.MoveTo(PlacementStage.Hired, hired, ContractType.Permanent));

        Assert.Equal(0, (await RunAsync(hired.AddDays(29))).Created);
        Assert.Equal(1, (await RunAsync(hired.AddDays(30))).CreatedByRule[FollowUpRules.RetentionCheck]);
        Assert.Equal(0, (await RunAsync(hired.AddDays(31))).Created);
        Assert.Equal(1, (await RunAsync(hired.AddDays(90))).Created);
        Assert.Equal(1, (await RunAsync(hired.AddDays(185))).Created); // a scheduler stopped for five days catches up

        var dues = (await FollowUpsAsync()).Select(f => f.DueOn).ToList();
        Assert.Equal([hired.AddDays(30), hired.AddDays(90), hired.AddDays(180)], dues);
        Assert.All(await FollowUpsAsync(), f => Assert.Equal("med", f.OwnerId));
    }

    [Fact]
    public async Task Two_runs_at_once_create_each_follow_up_once()
    {
        await SetLastContactAsync(Today.AddMonths(-8));
        await AddPlacementAsync(p => p.MoveTo(PlacementStage.Hired, Today.AddDays(-30), ContractType.FixedTerm));

        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => RunAsync())));

        Assert.Equal(2, runs.Sum(r => r.Created));
        Assert.Equal(2, (await FollowUpsAsync()).Count);
    }

    [Fact]
    public async Task Follow_ups_are_not_made_for_users_who_were_disabled()
    {
        await SetLastContactAsync(Today.AddMonths(-8));
        await using (var db = _world.Db())
        {
            await db.Users.Where(u => u.Id == "am").ExecuteUpdateAsync(s => s.SetProperty(u => u.IsActive, false));
        }

        Assert.Equal(0, (await RunAsync()).Created);
    }

    private sealed class Eligible(IReadOnlyList<int> caseloads) : IEligibleCaseloads
    {
        public IReadOnlyList<int> WithEligiblePeople(Vacancy vacancy, IReadOnlyList<Caseload> all) => caseloads;
    }
}
