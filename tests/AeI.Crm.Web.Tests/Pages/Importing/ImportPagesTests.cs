using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AeI.Crm.Companies;
using AeI.Crm.Importing;
using AeI.Crm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AeI.Crm.Web.Tests.Pages.Importing;

/// <summary>
/// The import through the pages, on an app of its own: upload, columns, preview, the background
/// run with its progress, the report, the company's history, a second run that changes nothing;
/// limits and who may see what.
/// </summary>
public sealed partial class ImportPagesTests(CrmAppFactory app) : IClassFixture<CrmAppFactory>
{
    private static string Vat(long start) =>
        start.ToString("D10", CultureInfo.InvariantCulture) + PartitaIva.ComputeCheckDigit(start.ToString("D10", CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture);

    /// <summary>Posts a file to the upload form as a browser does; returns the response (a redirect to the columns when accepted).</summary>
    private static async Task<HttpResponseMessage> UploadAsync(SignedInClient client, byte[] content, string fileName, string kind = "Companies", int? caseloadId = null)
    {
        var token = await client.AntiforgeryTokenAsync("/Imports");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(kind), "Kind" },
            { new StringContent(token), "__RequestVerificationToken" },
        };
        if (caseloadId is { } caseload)
        {
            form.Add(new StringContent(caseload.ToString(CultureInfo.InvariantCulture)), "CaseloadId");
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", fileName);
        return await client.Http.PostAsync(new Uri("/Imports", UriKind.Relative), form);
    }

    private static int RunIdOf(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(RunId().Match(response.Headers.Location!.OriginalString).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private async Task<JsonElement> WaitUntilFinishedAsync(SignedInClient client, int runId)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            var progress = JsonDocument.Parse(await client.Http.GetStringAsync(new Uri($"/Imports/Run/{runId}?handler=Progress", UriKind.Relative))).RootElement;
            if (progress.GetProperty("finished").GetBoolean())
            {
                return progress;
            }

            // The run is a background job: its progress is read again until it ends.
            await Task.Delay(50);
        }

        // Say why: the run as the database has it, and what Hangfire knows of the job.
        var run = await app.QueryAsync(db => db.ImportRuns.AsNoTracking().SingleAsync(r => r.Id == runId));
        var monitoring = app.Services.GetRequiredService<Hangfire.JobStorage>().GetMonitoringApi();
        var failed = string.Join(" | ", monitoring.FailedJobs(0, 5).Select(j => $"{j.Key}: {j.Value.ExceptionType} {j.Value.ExceptionMessage} {j.Value.ExceptionDetails}"));
        var processing = string.Join(" | ", monitoring.ProcessingJobs(0, 5).Select(j => $"{j.Key} on {j.Value.ServerId} since {j.Value.StartedAt:O}"));
        throw new TimeoutException($"Import {runId} did not finish in 2 minutes: {run.Status}, {run.ProcessedRows}/{run.TotalRows} rows, error {run.Error}; enqueued in imports: {monitoring.EnqueuedCount(AeI.Crm.Web.Importing.ImportJobs.Queue)}; processing: {processing}; failed: {failed}");
    }

    private static async Task<HttpResponseMessage> PostPreviewAsync(SignedInClient client, int runId, string handler, Dictionary<string, string>? fields = null)
    {
        var token = await client.AntiforgeryTokenAsync($"/Imports/Preview/{runId}");
        return await client.PostRawAsync($"/Imports/Preview/{runId}?handler={handler}", token, fields ?? new() { ["SameVat"] = "Merge", ["SimilarName"] = "Skip" });
    }

    [Fact]
    public async Task An_account_manager_imports_a_messy_file_sees_why_and_the_same_file_again_changes_nothing()
    {
        var existing = await app.QueryAsync(db => db.Companies.AsNoTracking().Where(c => c.VatNumber != null && c.MunicipalityIstat == "015146").OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.LegalName, c.VatNumber, Contacts = c.Contacts.Count }).FirstAsync());
        var newVat = Vat(9_876_543_210);
        var csv = "Ragione sociale;P.IVA;Comune;Prov.;Referente;Telefono;E-mail\r\n" +
            $"Officine Brambilla Import Srl;{newVat};Milano;MI;Carla Brambilla;02 1234 5678;carla@brambilla.it\r\n" +
            $"{existing.LegalName.ToUpperInvariant()};{existing.VatNumber};Milano;;Nuovo Referente Import;;\r\n" +
            $"{existing.LegalName} di prova;;Milano;;;;\r\n" +
            "Ditta Sbagliata;12345678901;Milano;;;;\r\n" +
            "Altra Ditta;;Cantù;MI;;;\r\n";
        var bytes = Encoding.GetEncoding(28591).GetBytes(csv);
        using var am = await app.SignInAsync(DemoUsers.Account1);

        var runId = RunIdOf(await UploadAsync(am, bytes, "aziende-anna.csv"));
        var map = WebUtility.HtmlDecode(await am.GetPageAsync($"/Imports/Map/{runId}"));
        Assert.Contains("CSV, separatore «;», Windows-1252", map, StringComparison.Ordinal);
        Assert.Matches("name=\"Choice\\[0\\]\"[^>]*>.*?value=\"legalName\" selected", Regex.Replace(map, "\\s+", " "));
        var mapToken = await am.AntiforgeryTokenAsync($"/Imports/Map/{runId}");
        var mapped = await am.PostRawAsync($"/Imports/Map/{runId}", mapToken, new()
        {
            ["Choice[0]"] = "legalName", ["Choice[1]"] = "vat", ["Choice[2]"] = "municipality", ["Choice[3]"] = "province", ["Choice[4]"] = "contactName", ["Choice[5]"] = "phone", ["Choice[6]"] = "email",
        });
        Assert.Equal($"/Imports/Preview/{runId}", mapped.Headers.Location!.OriginalString);

        var preview = await am.GetPageAsync($"/Imports/Preview/{runId}");
        Assert.Equal(("1", "1", "1", "2"), (Count(preview, "count-created"), Count(preview, "count-merged"), Count(preview, "count-skipped"), Count(preview, "count-rejected")));
        Assert.Contains("La partita IVA «12345678901» non è valida: la cifra di controllo non torna.", WebUtility.HtmlDecode(preview), StringComparison.Ordinal);
        Assert.Contains("Il comune «Cantù» non è in provincia di MI (è in provincia di CO).", WebUtility.HtmlDecode(preview), StringComparison.Ordinal);
        Assert.DoesNotContain("same-file", preview, StringComparison.Ordinal);
        Assert.Equal(0, await app.QueryAsync(db => db.Companies.CountAsync(c => c.VatNumber == newVat)));

        var confirmed = await PostPreviewAsync(am, runId, "Confirm");
        Assert.Equal($"/Imports/Run/{runId}", confirmed.Headers.Location!.OriginalString);
        var done = await WaitUntilFinishedAsync(am, runId);
        Assert.Equal(("Completed", 5, 1, 1, 1, 2), (done.GetProperty("status").GetString(), done.GetProperty("processed").GetInt32(), done.GetProperty("created").GetInt32(), done.GetProperty("merged").GetInt32(), done.GetProperty("skipped").GetInt32(), done.GetProperty("rejected").GetInt32()));

        var report = WebUtility.HtmlDecode(await am.GetPageAsync($"/Imports/Run/{runId}"));
        Assert.Contains($"Stessa partita IVA di «{existing.LegalName}»: unita. Aggiunti: referente Nuovo Referente Import.", report, StringComparison.Ordinal);
        var reportCsv = Encoding.UTF8.GetString((await (await am.GetAsync($"/Imports/Run/{runId}?handler=Report&format=csv")).Content.ReadAsByteArrayAsync())[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Riga;Esito;Nome;Motivo;Scheda azienda", reportCsv[0]);
        Assert.Equal(6, reportCsv.Length);
        Assert.StartsWith("5;Scartata;Ditta Sbagliata;", reportCsv[4], StringComparison.Ordinal);

        var created = await app.QueryAsync(db => db.Companies.AsNoTracking().Include(c => c.Contacts).Include(c => c.AccountManager).SingleAsync(c => c.VatNumber == newVat));
        Assert.Equal(("Officine Brambilla Import Srl", "015146", DemoUsers.Account1), (created.LegalName, created.MunicipalityIstat, created.AccountManager!.Email));
        Assert.Equal(("Carla Brambilla", "+390212345678", "carla@brambilla.it"), (created.Contacts.Single().FullName, created.Contacts.Single().Phone, created.Contacts.Single().Email));
        Assert.Equal(existing.Contacts + 1, await app.QueryAsync(db => db.Contacts.CountAsync(c => c.CompanyId == existing.Id)));
        var details = WebUtility.HtmlDecode(await am.GetPageAsync($"/Companies/Details/{created.Id}"));
        Assert.Matches($"Creata dall'importazione di «aziende-anna.csv» \\(riga 2\\) di {created.AccountManager.FullName}, \\d\\d/\\d\\d/\\d{{4}}", details);

        // The same file again: recognised, and nothing left to import.
        var againId = RunIdOf(await UploadAsync(am, bytes, "aziende-anna (1).csv"));
        var again = await am.GetPageAsync($"/Imports/Preview/{againId}");
        Assert.Contains("data-testid=\"same-file\"", again, StringComparison.Ordinal);
        Assert.Equal(("0", "0", "3", "2"), (Count(again, "count-created"), Count(again, "count-merged"), Count(again, "count-skipped"), Count(again, "count-rejected")));
        Assert.Matches("data-testid=\"confirm-import\" disabled", again);

        // The history of past activities joins the company's timeline, marked with its file.
        var activities = Encoding.UTF8.GetBytes($"Data;Tipo;P.IVA;Esito;Note\n12/03/2020;Visita;{newVat};Positivo;Visita in sede\n");
        var activitiesRun = RunIdOf(await UploadAsync(am, activities, "storico.csv", "Activities"));
        Assert.Equal(HttpStatusCode.OK, (await am.GetAsync($"/Imports/Map/{activitiesRun}")).StatusCode);
        await PostPreviewAsync(am, activitiesRun, "Confirm");
        Assert.Equal(1, (await WaitUntilFinishedAsync(am, activitiesRun)).GetProperty("created").GetInt32());
        var timeline = WebUtility.HtmlDecode(await am.GetPageAsync($"/Companies/Details/{created.Id}"));
        Assert.Contains("importata da «storico.csv»", timeline, StringComparison.Ordinal);
        Assert.Equal(RelationshipStatus.Visited, await app.QueryAsync(db => db.Companies.Where(c => c.Id == created.Id).Select(c => c.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_file_that_cannot_be_imported_gets_a_message_and_leaves_nothing_behind()
    {
        using var am = await app.SignInAsync(DemoUsers.Account2);
        var before = await app.QueryAsync(db => db.ImportRuns.CountAsync());

        var tooLarge = await UploadAsync(am, new byte[(20 * 1024 * 1024) + 1], "enorme.csv");
        var xls = await UploadAsync(am, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "vecchio.xls");
        var headerOnly = await UploadAsync(am, Encoding.UTF8.GetBytes("Ragione sociale;P.IVA\n"), "vuoto.csv");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLarge.StatusCode);
        Assert.Contains("Il file supera 20 MB: dividilo in più file.", WebUtility.HtmlDecode(await tooLarge.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Contains("I file .xls (Excel 97-2003) non sono supportati", WebUtility.HtmlDecode(await xls.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Contains("Il file non ha righe da importare sotto l'intestazione.", WebUtility.HtmlDecode(await headerOnly.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(before, await app.QueryAsync(db => db.ImportRuns.CountAsync()));

        // A draft abandoned at the preview is cancelled and its file removed.
        var runId = RunIdOf(await UploadAsync(am, Encoding.UTF8.GetBytes("Ragione sociale\nAbbandonata Srl\n"), "bozza.csv"));
        Assert.Equal($"/Imports", (await PostPreviewAsync(am, runId, "Cancel")).Headers.Location!.OriginalString);
        Assert.Equal(ImportStatus.Cancelled, await app.QueryAsync(db => db.ImportRuns.Where(r => r.Id == runId).Select(r => r.Status).SingleAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await am.GetAsync($"/Imports/Preview/{runId}")).StatusCode);
    }

    [Fact]
    public async Task Mediators_import_no_companies_and_a_run_is_seen_by_its_owner_and_the_coordinators_only()
    {
        using var am = await app.SignInAsync(DemoUsers.Account1);
        var runId = RunIdOf(await UploadAsync(am, Encoding.UTF8.GetBytes("Ragione sociale\nRiservata Srl\n"), "mia.csv"));
        using var other = await app.SignInAsync(DemoUsers.Account2);
        using var coordinator = await app.SignInAsync(DemoUsers.Coordinator);
        using var mediator = await app.SignInAsync(DemoUsers.MediatorCelav);

        var companies = await UploadAsync(mediator, Encoding.UTF8.GetBytes("Ragione sociale\nDa Mediatore Srl\n"), "aziende-mediatore.csv");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, companies.StatusCode);
        Assert.Contains("Scegli cosa importare.", WebUtility.HtmlDecode(await companies.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await mediator.GetAsync("/Imports?handler=Template&kind=Companies")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await mediator.GetAsync($"/Imports/Preview/{runId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Imports/Preview/{runId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Imports/Run/{runId}?handler=Progress")).StatusCode);
        Assert.DoesNotContain("mia.csv", await other.GetPageAsync("/Imports"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync($"/Imports/Preview/{runId}")).StatusCode);
        Assert.Contains("mia.csv", await coordinator.GetPageAsync("/Imports"), StringComparison.Ordinal);
    }

    private static string Count(string html, string testId) =>
        Regex.Match(html, $"data-testid=\"{testId}\">([^<]*)<").Groups[1].Value;

    [GeneratedRegex(@"/Imports/Map/(\d+)$")]
    private static partial Regex RunId();
}
