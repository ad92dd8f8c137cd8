using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AeI.Crm.Candidates;
using AeI.Crm.Importing;
using AeI.Crm.Matching.Indexing;
using AeI.Crm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AeI.Crm.Web.Tests.Pages.Importing;

/// <summary>A mediator imports people into their own caseload; nobody else learns anything from it.</summary>
public sealed partial class ImportPagesTests
{
    [Fact]
    public async Task A_mediator_imports_people_into_their_caseload_and_no_other_role_learns_anything_from_it()
    {
        var (celav, nil) = await app.QueryAsync(async db => (
            await db.Caseloads.Where(c => c.Code == "CeLAV").Select(c => c.Id).SingleAsync(),
            await db.Caseloads.Where(c => c.Code == "NIL").Select(c => c.Id).SingleAsync()));
        var ours = await app.QueryAsync(db => db.Candidates.AsNoTracking().Where(c => c.CaseloadId == celav && c.Email == null).OrderBy(c => c.Id).FirstAsync());
        // A person followed by NIL only: importing her name into CeLAV must not reveal she is known elsewhere.
        var theirs = await app.QueryAsync(db => db.Candidates.AsNoTracking()
            .Where(c => c.CaseloadId == nil && !db.Candidates.Any(o => o.CaseloadId == celav && o.LastName == c.LastName && o.FirstName == c.FirstName))
            .OrderBy(c => c.Id).FirstAsync());
        await WaitUntilIndexedAsync();
        var indexed = app.Services.GetRequiredService<CandidateIndex>().Count;
        var csv = "Cognome;Nome;Anno di nascita;Sesso;Comune di residenza;Data presa in carico;E-mail;Categoria protetta;Fragilità\r\n" +
            "Importata;Zelinda;1987;F;Milano;03/03/2026;zelinda@example.it;art. 18;donna vittima di violenza\r\n" +
            $"{ours.LastName.ToUpperInvariant()};{ours.FirstName};{ours.BirthYear};{ours.Gender};Milano;{ours.TakenInChargeOn:dd/MM/yyyy};nuova.mail@example.it;;\r\n" +
            $"{theirs.LastName};{theirs.FirstName};{theirs.BirthYear};{theirs.Gender};Rho;03/03/2026;;;\r\n" +
            "Senzanome;;1990;M;Milano;03/03/2026;;46%;\r\n";
        using var mediator = await app.SignInAsync(DemoUsers.MediatorCelav);

        // Only into one's own caseloads.
        var elsewhere = await UploadAsync(mediator, Encoding.UTF8.GetBytes(csv), "persone.csv", "People", nil);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, elsewhere.StatusCode);
        Assert.Contains("Scegli uno dei tuoi servizi aperti", WebUtility.HtmlDecode(await elsewhere.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var runId = RunIdOf(await UploadAsync(mediator, Encoding.UTF8.GetBytes(csv), "persone-celav.csv", "People", celav));
        var map = await mediator.GetPageAsync($"/Imports/Map/{runId}");
        Assert.Contains("value=\"protectedCategory\" selected", map, StringComparison.Ordinal);
        Assert.Contains("value=\"targetGroup\" selected", map, StringComparison.Ordinal);

        var preview = WebUtility.HtmlDecode(await mediator.GetPageAsync($"/Imports/Preview/{runId}"));
        Assert.Equal(("2", "0", "1", "1"), (Count(preview, "count-created"), Count(preview, "count-merged"), Count(preview, "count-skipped"), Count(preview, "count-rejected")));
        Assert.Contains($"Stessi cognome, nome e anno di nascita di «{ours.LastName} {ours.FirstName[0]}.», già nel servizio: saltata.", preview, StringComparison.Ordinal);
        // The NIL person's row is simply new: no reason, no link to a record.
        var theirRow = Regex.Match(preview, "<tr data-line=\"4\">.*?</tr>", RegexOptions.Singleline).Value;
        Assert.Contains("Nuova", theirRow, StringComparison.Ordinal);
        Assert.DoesNotContain("apri la scheda", theirRow, StringComparison.Ordinal);
        Assert.DoesNotContain("Stessi", theirRow, StringComparison.Ordinal);
        Assert.DoesNotContain("46%", preview, StringComparison.Ordinal);

        var confirmed = await PostPreviewAsync(mediator, runId, "Confirm", new() { ["SimilarName"] = "Merge" });
        Assert.Equal($"/Imports/Run/{runId}", confirmed.Headers.Location!.OriginalString);
        var done = await WaitUntilFinishedAsync(mediator, runId);
        Assert.Equal(("Completed", 2, 1, 0, 1), (done.GetProperty("status").GetString(), done.GetProperty("created").GetInt32(), done.GetProperty("merged").GetInt32(), done.GetProperty("skipped").GetInt32(), done.GetProperty("rejected").GetInt32()));

        var zelinda = await app.QueryAsync(db => db.Candidates.AsNoTracking().Include(c => c.Mediator).SingleAsync(c => c.LastName == "Importata"));
        Assert.Equal((celav, DemoUsers.MediatorCelav, ProtectedCategory.Article18, TargetGroup.WomanLeavingViolence, new DateOnly(2026, 3, 3)), (zelinda.CaseloadId, zelinda.Mediator!.Email, zelinda.ProtectedCategory, zelinda.TargetGroup, zelinda.TakenInChargeOn));
        Assert.Equal("nuova.mail@example.it", await app.QueryAsync(db => db.Candidates.Where(c => c.Id == ours.Id).Select(c => c.Email).SingleAsync()));
        Assert.Equal(2, await app.QueryAsync(db => db.Candidates.CountAsync(c => c.LastName == theirs.LastName && c.FirstName == theirs.FirstName && c.BirthYear == theirs.BirthYear)));

        // The report names rows by surname and initial, leads to the record, and never holds a sensitive value.
        var reportCsv = Encoding.UTF8.GetString((await (await mediator.GetAsync($"/Imports/Run/{runId}?handler=Report&format=csv")).Content.ReadAsByteArrayAsync())[3..]);
        Assert.StartsWith("Riga;Esito;Nome;Motivo;Scheda persona\r\n", reportCsv, StringComparison.Ordinal);
        Assert.Contains($"2;Nuova;Importata Z.;;{zelinda.Id}\r\n", reportCsv, StringComparison.Ordinal);
        var rowsAndReasons = string.Join('\n', reportCsv.Split("\r\n")[1..].Select(l => string.Join(';', l.Split(';').Take(4))));
        foreach (var secret in new[] { "donna vittima", "46%", "Zelinda" })
        {
            Assert.DoesNotContain(secret, rowsAndReasons, StringComparison.OrdinalIgnoreCase);
        }

        var details = WebUtility.HtmlDecode(await mediator.GetPageAsync($"/Candidates/Details/{zelinda.Id}"));
        Assert.Matches($"Creata dall'importazione di «persone-celav.csv» \\(riga 2\\)", details);

        // The new people are searchable: the index catches up with the change log after the run.
        await WaitUntilIndexedAsync();
        Assert.Equal(indexed + 2, app.Services.GetRequiredService<CandidateIndex>().Count);

        // Coordinators and administrators: no people's run, no file name, no import mark; other mediators neither.
        using var coordinator = await app.SignInAsync(DemoUsers.Coordinator);
        using var admin = await app.SignInAsync(DemoUsers.Admin);
        using var otherMediator = await app.SignInAsync(DemoUsers.MediatorNil);
        foreach (var client in new[] { coordinator, admin, otherMediator })
        {
            Assert.DoesNotContain("persone-celav.csv", await client.GetPageAsync("/Imports"), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Imports/Run/{runId}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Imports/Run/{runId}?handler=Report&format=csv")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Imports/Run/{runId}?handler=Progress")).StatusCode);
        }

        var seenByCoordinator = await coordinator.GetPageAsync($"/Candidates/Details/{zelinda.Id}");
        Assert.DoesNotContain("persone-celav.csv", seenByCoordinator, StringComparison.Ordinal);
        Assert.DoesNotContain("import-marks", seenByCoordinator, StringComparison.Ordinal);

        // The same file: recognised in CeLAV, where it was imported; in NIL it is a file like any other.
        var againId = RunIdOf(await UploadAsync(mediator, Encoding.UTF8.GetBytes(csv), "persone-celav (1).csv", "People", celav));
        Assert.Contains("data-testid=\"same-file\"", await mediator.GetPageAsync($"/Imports/Preview/{againId}"), StringComparison.Ordinal);
        var nilId = RunIdOf(await UploadAsync(otherMediator, Encoding.UTF8.GetBytes(csv), "persone.csv", "People", nil));
        Assert.DoesNotContain("data-testid=\"same-file\"", await otherMediator.GetPageAsync($"/Imports/Preview/{nilId}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Account_managers_import_no_people_and_a_mediator_who_left_the_caseload_loses_the_run()
    {
        var celav = await app.QueryAsync(db => db.Caseloads.Where(c => c.Code == "CeLAV").Select(c => c.Id).SingleAsync());
        var csv = Encoding.UTF8.GetBytes("Cognome;Nome;Anno di nascita;Sesso;Comune;Presa in carico\r\nProva;Ada;1990;F;Milano;01/02/2026\r\n");
        using var am = await app.SignInAsync(DemoUsers.Account1);

        var refused = await UploadAsync(am, csv, "persone-am.csv", "People", celav);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await am.GetAsync("/Imports?handler=Template&kind=People")).StatusCode);
        Assert.DoesNotContain("data-testid=\"import-caseload\"", await am.GetPageAsync("/Imports"), StringComparison.Ordinal);
        Assert.Equal(0, await app.QueryAsync(db => db.ImportRuns.CountAsync(r => r.FileName == "persone-am.csv")));

        // A second CeLAV mediator uploads, then leaves CeLAV: the draft is no longer theirs to see or run.
        using var mediator = await app.SignInAsync(DemoUsers.MediatorCelav);
        var template = await mediator.GetAsync("/Imports?handler=Template&kind=People");
        Assert.Contains("Categoria protetta", Encoding.UTF8.GetString(await template.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
        var runId = RunIdOf(await UploadAsync(mediator, csv, "persone-uscita.csv", "People", celav));
        var userId = await app.QueryAsync(db => db.Users.Where(u => u.Email == DemoUsers.MediatorCelav).Select(u => u.Id).SingleAsync());
        var membership = await app.QueryAsync(db => db.CaseloadMemberships.AsNoTracking().SingleAsync(m => m.UserId == userId && m.CaseloadId == celav));
        await app.QueryAsync(db => db.CaseloadMemberships.Where(m => m.UserId == userId && m.CaseloadId == celav).ExecuteDeleteAsync());
        try
        {
            Assert.Equal(HttpStatusCode.NotFound, (await mediator.GetAsync($"/Imports/Preview/{runId}")).StatusCode);

            // Had it been confirmed just before, the job would not run it into a caseload its importer left.
            await app.QueryAsync(db => db.ImportRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(u => u.SetProperty(r => r.Status, ImportStatus.Queued)));
            await using (var scope = app.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<AeI.Crm.Web.Importing.ImportJobs>().RunAsync(runId, CancellationToken.None);
            }

            var run = await app.QueryAsync(db => db.ImportRuns.AsNoTracking().SingleAsync(r => r.Id == runId));
            Assert.Equal((ImportStatus.Failed, "L'importazione non è stata eseguita: chi l'ha caricata non segue più il servizio. Le righe già importate restano."), (run.Status, run.Error));
            Assert.False(await app.QueryAsync(db => db.Candidates.AnyAsync(c => c.LastName == "Prova" && c.FirstName == "Ada")));
        }
        finally
        {
            await app.QueryAsync(async db =>
            {
                db.CaseloadMemberships.Add(membership);
                return await db.SaveChangesAsync();
            });
        }
    }

    private async Task WaitUntilIndexedAsync()
    {
        var last = await app.QueryAsync(db => db.SearchIndexChanges.MaxAsync(c => (long?)c.Id)) ?? 0;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (app.Services.GetRequiredService<CandidateIndex>().Cursor < last)
        {
            // The job catches the index up right after the run; read again until it has.
            await Task.Delay(50, timeout.Token);
        }
    }
}
