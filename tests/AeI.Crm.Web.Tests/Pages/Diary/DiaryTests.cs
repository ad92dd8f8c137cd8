using System.Globalization;
using System.Net;
using AeI.Crm.Candidates;
using AeI.Crm.Placements;
using AeI.Crm.Vacancies;
using AeI.Crm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Tests.Pages.Diary;

/// <summary>The diary on people and placements: written by the person's mediators, read by the account manager only from the interview on, and only on the placement.</summary>
[Collection(SharedApp.Name)]
public class DiaryTests(CrmAppFactory app)
{
    private static DateOnly Today => AeI.Crm.Notifications.Scheduling.ItalianCalendar.Today(DateTimeOffset.UtcNow);

    /// <summary>A NIL person proposed for a new position of account1.</summary>
    private async Task<Placement> ProposedAsync()
    {
        return await app.QueryAsync(async db =>
        {
            var am = await db.Users.SingleAsync(u => u.Email == DemoUsers.Account1);
            var company = await db.Companies.OrderBy(c => c.Id).Skip(13).FirstAsync();
            var vacancy = new Vacancy { CompanyId = company.Id, Title = "Posizione per il diario " + Guid.NewGuid().ToString("N")[..6], OpenedOn = Today.AddDays(-10), OwnerId = am.Id };
            db.Vacancies.Add(vacancy);
            var person = await db.Candidates.Where(c => c.Caseload!.Code == "NIL" && c.Status == CandidateStatus.Active && !c.Placements.Any())
                .OrderBy(c => c.Id).Skip(3).FirstAsync();
            var placement = Placement.Propose(person.Id, 0, Today.AddDays(-5), person.MediatorId);
            placement.Vacancy = vacancy;
            db.Placements.Add(placement);
            await db.SaveChangesAsync();
            return placement;
        });
    }

    private static Task<HttpResponseMessage> AddNoteAsync(SignedInClient client, string page, string text) =>
        client.PostFormAsync(page, page + "?handler=Note", new() { ["NoteOn"] = Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["NoteText"] = text });

    [Fact]
    public async Task Notes_are_read_by_the_mediators_and_by_the_account_manager_only_on_a_placement_from_the_interview_on()
    {
        var placement = await ProposedAsync();
        using var mediator = await app.SignInAsync(DemoUsers.MediatorNil);
        using var am = await app.SignInAsync(DemoUsers.Account1);
        using var coordinator = await app.SignInAsync(DemoUsers.Coordinator);
        var personPage = $"/Candidates/Details/{placement.CandidateId}";
        var placementPage = $"/Placements/Details/{placement.Id}";
        var personNote = "Colloquio di orientamento: motivata, preferisce il turno del mattino " + Guid.NewGuid().ToString("N")[..6];
        var placementNote = "Feedback dell'azienda: puntuale, da rivedere l'italiano " + Guid.NewGuid().ToString("N")[..6];

        Assert.Equal(HttpStatusCode.Redirect, (await AddNoteAsync(mediator, personPage, personNote)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await AddNoteAsync(mediator, placementPage, placementNote)).StatusCode);

        var asMediator = WebUtility.HtmlDecode(await mediator.GetPageAsync(personPage));
        Assert.Contains(personNote, asMediator, StringComparison.Ordinal);
        Assert.Contains(placementNote, asMediator, StringComparison.Ordinal);
        var author = await app.QueryAsync(db => db.Users.Where(u => u.Email == DemoUsers.MediatorNil).Select(u => u.FullName).SingleAsync());
        Assert.Contains(author, asMediator, StringComparison.Ordinal);

        // Proposed only: the account manager reads neither note, anywhere.
        foreach (var url in new[] { personPage, placementPage })
        {
            var html = WebUtility.HtmlDecode(await am.GetPageAsync(url));
            Assert.DoesNotContain(personNote, html, StringComparison.Ordinal);
            Assert.DoesNotContain(placementNote, html, StringComparison.Ordinal);
        }

        await app.QueryAsync(async db =>
        {
            var p = await db.Placements.SingleAsync(x => x.Id == placement.Id);
            p.MoveTo(PlacementStage.Interview, Today);
            return await db.SaveChangesAsync();
        });

        var atInterview = WebUtility.HtmlDecode(await am.GetPageAsync(placementPage));
        Assert.Contains(placementNote, atInterview, StringComparison.Ordinal);
        Assert.DoesNotContain(personNote, WebUtility.HtmlDecode(await am.GetPageAsync(personPage)), StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"diary-form\"", atInterview, StringComparison.Ordinal);
        Assert.DoesNotContain(placementNote, WebUtility.HtmlDecode(await coordinator.GetPageAsync(placementPage)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_persons_mediators_write_and_an_empty_note_is_refused()
    {
        var placement = await ProposedAsync();
        var personPage = $"/Candidates/Details/{placement.CandidateId}";
        var before = await app.QueryAsync(db => db.DiaryNotes.CountAsync());
        using var mediator = await app.SignInAsync(DemoUsers.MediatorNil);
        using var other = await app.SignInAsync(DemoUsers.MediatorCelav);
        using var am = await app.SignInAsync(DemoUsers.Account1);

        var empty = await AddNoteAsync(mediator, personPage, "   ");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.Contains("Scrivi la nota.", WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var token = await other.AntiforgeryTokenAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostRawAsync(personPage + "?handler=Note", token, new() { ["NoteText"] = "Non è mia" })).StatusCode);
        var placementPage = $"/Placements/Details/{placement.Id}";
        var byAm = await AddNoteAsync(am, placementPage, "Scritta dall'account manager");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, byAm.StatusCode);

        Assert.Equal(before, await app.QueryAsync(db => db.DiaryNotes.CountAsync()));
    }
}
