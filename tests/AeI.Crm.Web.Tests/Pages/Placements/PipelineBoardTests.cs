using System.Globalization;
using System.Net;
using System.Text.Json;
using AeI.Crm.Candidates;
using AeI.Crm.Placements;
using AeI.Crm.Vacancies;
using AeI.Crm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Tests.Pages.Placements;

/// <summary>The board's move handler keeps the placement form's rules; its filters narrow the cards; idle cards are marked.</summary>
[Collection(SharedApp.Name)]
public class PipelineBoardTests(CrmAppFactory app)
{
    private static DateOnly Today => AeI.Crm.Notifications.Scheduling.ItalianCalendar.Today(DateTimeOffset.UtcNow);

    /// <summary>Each placement here goes to a different person, so one test's change of mediator cannot touch another's.</summary>
    private static int nextPerson = 10;

    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<Placement> NilPlacementAsync(PlacementStage stage, int daysAgo, string mediatorEmail = DemoUsers.MediatorNil)
    {
        return await app.QueryAsync(async db =>
        {
            var am = await db.Users.SingleAsync(u => u.Email == DemoUsers.Account2);
            var company = await db.Companies.OrderBy(c => c.Id).Skip(21).FirstAsync();
            var vacancy = new Vacancy { CompanyId = company.Id, Title = "Tavola " + Guid.NewGuid().ToString("N")[..6], OpenedOn = Today.AddDays(-60), OwnerId = am.Id };
            db.Vacancies.Add(vacancy);
            var person = await db.Candidates.Where(c => c.Caseload!.Code == "NIL" && c.Status == CandidateStatus.Active && c.TakenInChargeOn < Today.AddDays(-90))
                .OrderBy(c => c.Id).Skip(Interlocked.Increment(ref nextPerson)).FirstAsync();
            person.MediatorId = await db.Users.Where(u => u.Email == mediatorEmail).Select(u => u.Id).SingleAsync();
            var placement = Placement.Propose(person.Id, 0, Today.AddDays(-daysAgo), person.MediatorId);
            placement.Vacancy = vacancy;
            if (stage != PlacementStage.Proposed)
            {
                placement.MoveTo(stage, Today.AddDays(-daysAgo));
            }

            db.Placements.Add(placement);
            await db.SaveChangesAsync();
            return placement;
        });
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task A_move_from_the_board_answers_in_json_with_the_forms_rules_and_italian_messages()
    {
        var placement = await NilPlacementAsync(PlacementStage.CvSent, 3);
        using var mediator = await app.SignInAsync(DemoUsers.MediatorNil);
        var token = await mediator.AntiforgeryTokenAsync("/Placements");
        var v0 = (await app.QueryAsync(db => db.Placements.Where(p => p.Id == placement.Id).Select(p => p.Version).SingleAsync())).ToString(CultureInfo.InvariantCulture);
        Dictionary<string, string> Move(string stage, string version, string? reason = null)
        {
            var fields = new Dictionary<string, string> { ["id"] = placement.Id.ToString(CultureInfo.InvariantCulture), ["Stage"] = stage, ["On"] = D(Today), ["Version"] = version };
            if (reason is not null)
            {
                fields["Reason"] = reason;
            }

            return fields;
        }

        var backwards = await mediator.PostRawAsync("/Placements?handler=Move", token, Move("Proposed", v0));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, backwards.StatusCode);
        Assert.Equal("Una candidatura non torna indietro: da «CV inviato» non si passa a «Proposto».", (await JsonAsync(backwards)).GetProperty("errors").GetProperty("Stage")[0].GetString());

        var noReason = await mediator.PostRawAsync("/Placements?handler=Move", token, Move("NotSelected", v0));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        Assert.StartsWith("Indica il motivo", (await JsonAsync(noReason)).GetProperty("errors").GetProperty("Reason")[0].GetString(), StringComparison.Ordinal);

        var noContract = await mediator.PostRawAsync("/Placements?handler=Move", token, Move("Hired", v0));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noContract.StatusCode);
        Assert.True((await JsonAsync(noContract)).GetProperty("errors").TryGetProperty("Contract", out _));

        var moved = await mediator.PostRawAsync("/Placements?handler=Move", token, Move("Interview", v0));
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var body = await JsonAsync(moved);
        Assert.Equal("Interview", body.GetProperty("stage").GetString());
        Assert.True(body.GetProperty("open").GetBoolean());
        Assert.Equal(int.Parse(v0, CultureInfo.InvariantCulture) + 1, body.GetProperty("version").GetInt32());

        var stale = await mediator.PostRawAsync("/Placements?handler=Move", token, Move("Internship", v0));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(PlacementStage.Interview, await app.QueryAsync(db => db.Placements.Where(p => p.Id == placement.Id).Select(p => p.Stage).SingleAsync()));
    }

    [Fact]
    public async Task Only_mediators_of_the_persons_caseload_may_move_a_card()
    {
        var placement = await NilPlacementAsync(PlacementStage.Proposed, 2);
        var fields = new Dictionary<string, string> { ["id"] = placement.Id.ToString(CultureInfo.InvariantCulture), ["Stage"] = "CvSent", ["On"] = D(Today), ["Version"] = "0" };
        using var coordinator = await app.SignInAsync(DemoUsers.Coordinator);
        var asCoordinator = await coordinator.PostRawAsync("/Placements?handler=Move", await coordinator.AntiforgeryTokenAsync(), new(fields));
        Assert.Equal(HttpStatusCode.Forbidden, asCoordinator.StatusCode);
        var board = await coordinator.GetPageAsync("/Placements");
        Assert.Contains($"data-testid=\"card-{placement.Id}\" draggable=\"false\"", board, StringComparison.Ordinal);

        using var otherMediator = await app.SignInAsync(DemoUsers.MediatorSil);
        var asOther = await otherMediator.PostRawAsync("/Placements?handler=Move", await otherMediator.AntiforgeryTokenAsync(), new(fields));
        Assert.Equal(HttpStatusCode.NotFound, asOther.StatusCode);
        Assert.Equal(PlacementStage.Proposed, await app.QueryAsync(db => db.Placements.Where(p => p.Id == placement.Id).Select(p => p.Stage).SingleAsync()));
    }

    [Fact]
    public async Task Filters_narrow_the_cards_and_idle_cards_are_marked()
    {
        var idle = await NilPlacementAsync(PlacementStage.Proposed, 40);
        var fresh = await NilPlacementAsync(PlacementStage.Proposed, 1, DemoUsers.Admin);
        var amId = await app.QueryAsync(db => db.Users.Where(u => u.Email == DemoUsers.Account2).Select(u => u.Id).SingleAsync());
        using var mediator = await app.SignInAsync(DemoUsers.MediatorNil);
        var all = await mediator.GetPageAsync("/Placements");
        var idleCard = System.Text.RegularExpressions.Regex.Match(all, $"<li [^>]*data-testid=\"card-{idle.Id}\".*?</li>", System.Text.RegularExpressions.RegexOptions.Singleline).Value;
        Assert.Contains("board-card-idle", idleCard, StringComparison.Ordinal);
        Assert.Contains("ferma da 40 giorni", idleCard, StringComparison.Ordinal);
        var freshCard = System.Text.RegularExpressions.Regex.Match(all, $"<li [^>]*data-testid=\"card-{fresh.Id}\".*?</li>", System.Text.RegularExpressions.RegexOptions.Singleline).Value;
        Assert.DoesNotContain("board-card-idle", freshCard, StringComparison.Ordinal);

        var nilId = await app.QueryAsync(db => db.Caseloads.Where(c => c.Code == "NIL").Select(c => c.Id).SingleAsync());
        var byAm = await mediator.GetPageAsync($"/Placements?Am={amId}&Caseload={nilId}");
        Assert.Contains($"card-{idle.Id}\"", byAm, StringComparison.Ordinal);
        var otherAm = await app.QueryAsync(db => db.Users.Where(u => u.Email == DemoUsers.Account1).Select(u => u.Id).SingleAsync());
        var byOtherAm = await mediator.GetPageAsync($"/Placements?Am={otherAm}");
        Assert.DoesNotContain($"card-{idle.Id}\"", byOtherAm, StringComparison.Ordinal);

        var mine = await mediator.GetPageAsync("/Placements?Mine=true");
        Assert.Contains($"card-{idle.Id}\"", mine, StringComparison.Ordinal);
        Assert.DoesNotContain($"card-{fresh.Id}\"", mine, StringComparison.Ordinal);
        Assert.Contains($"card-{fresh.Id}\"", all, StringComparison.Ordinal);
    }
}
