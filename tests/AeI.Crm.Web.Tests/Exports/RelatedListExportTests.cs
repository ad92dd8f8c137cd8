using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AeI.Crm.Audit;
using AeI.Crm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Tests.Exports;

/// <summary>
/// The contacts and the activities of the filtered companies, and the placements board as filtered,
/// download with every row, the page's scope, Italian headers, and a log entry.
/// </summary>
[Collection(SharedApp.Name)]
public partial class RelatedListExportTests(CrmAppFactory app)
{
    private static string[] CsvLines(byte[] bytes) =>
        Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public async Task The_contacts_and_activities_of_the_filtered_companies_download_whole_without_removed_activities()
    {
        using var am = await app.SignInAsync(DemoUsers.Account1);
        // A removed activity of its own (the demo's 2020 figures stay as they are): the file leaves it out.
        var (contacts, activities, removed) = await app.QueryAsync(async db =>
        {
            var inLodi = db.Companies.Where(c => c.Municipality!.ProvinceCode == "LO").Select(c => c.Id);
            var company = await inLodi.OrderBy(id => id).FirstAsync();
            var userId = await db.Users.Where(u => u.Email == DemoUsers.Account1).Select(u => u.Id).SingleAsync();
            var gone = new AeI.Crm.Activities.Activity { CompanyId = company, UserId = userId, Type = AeI.Crm.Activities.ActivityType.Call, OccurredAt = DateTime.Now, Notes = "Rimossa: non nel file", RemovedAt = DateTime.UtcNow };
            db.Activities.Add(gone);
            await db.SaveChangesAsync();
            return (await db.Contacts.CountAsync(c => inLodi.Contains(c.CompanyId)), await db.Activities.CountAsync(a => inLodi.Contains(a.CompanyId)), gone.Id);
        });

        var contactFile = await am.GetAsync("/Companies?handler=ExportContacts&format=csv&Province=LO");
        var activityFile = await am.GetAsync("/Companies?handler=ExportActivities&format=csv&Province=LO");
        var xlsx = await am.GetAsync("/Companies?handler=ExportActivities&format=xlsx&Province=LO");

        var contactLines = CsvLines(await contactFile.Content.ReadAsByteArrayAsync());
        Assert.Equal("Azienda;P. IVA;Referente;Ruolo;E-mail;Telefono;Consenso al contatto", contactLines[0]);
        Assert.Equal(contacts, contactLines.Length - 1);
        Assert.All(contactLines[1..], l => Assert.Matches(";(sì|no)$", l));
        var activityLines = CsvLines(await activityFile.Content.ReadAsByteArrayAsync());
        Assert.Equal("Data;Tipo;Esito;Azienda;P. IVA;Referente;Svolta da;Note;Prossimo passo;Entro il", activityLines[0]);
        Assert.True(activities > 0);
        // Lines, not records: a note may span lines, so records are counted by their leading date.
        Assert.Equal(activities, activityLines.Count(l => LeadingDate().IsMatch(l)));
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, (await am.GetAsync("/Companies?handler=ExportContacts&format=doc")).StatusCode);

        var log = await app.QueryAsync(db => db.AuditEntries.Where(a => a.Action == AuditActions.Export).Select(a => new { a.Target, a.Detail }).ToListAsync());
        Assert.Contains(log, l => l.Target == "referenti.csv" && l.Detail == $"province=LO; rows={contacts}");
        Assert.Contains(log, l => l.Target == "attivita.xlsx" && l.Detail == $"province=LO; rows={activities}");
        Assert.True(removed > 0);
        Assert.DoesNotContain(activityLines, l => l.Contains("Rimossa: non nel file", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_placements_board_downloads_with_the_people_its_user_may_see_only()
    {
        using var sil = await app.SignInAsync(DemoUsers.MediatorSil);
        using var coordinator = await app.SignInAsync(DemoUsers.Coordinator);
        using var am = await app.SignInAsync(DemoUsers.Account1);

        var silBoard = await sil.GetPageAsync("/Placements");
        var silCount = int.Parse(BoardCount().Match(silBoard).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var silLines = CsvLines(await (await sil.GetAsync("/Placements?handler=Export&format=csv")).Content.ReadAsByteArrayAsync());
        var allCount = int.Parse(BoardCount().Match(await coordinator.GetPageAsync("/Placements")).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var allLines = CsvLines(await (await coordinator.GetAsync("/Placements?handler=Export&format=csv")).Content.ReadAsByteArrayAsync());

        Assert.Equal("Persona;Servizio;Posizione;Azienda;Account manager;Fase;Proposta il;CV inviato il;Colloquio il;Tirocinio dal;Giorni senza passi", silLines[0]);
        Assert.Equal(silCount, silLines.Length - 1);
        Assert.All(silLines[1..], l => Assert.Equal("SIL", l.Split(';')[1]));
        Assert.Equal(allCount, allLines.Length - 1);
        Assert.True(allCount > silCount, $"{allCount} on the coordinator's board, {silCount} on SIL's");
        var denied = await am.GetAsync("/Placements?handler=Export&format=csv");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        var log = await app.QueryAsync(db => db.AuditEntries.Where(a => a.Action == AuditActions.Export && a.Target == "inserimenti.csv").Select(a => a.Detail).ToListAsync());
        Assert.Contains($"all; rows={silCount}", log);
    }

    [GeneratedRegex(@"^\d\d/\d\d/\d{4} \d\d:\d\d;")]
    private static partial Regex LeadingDate();

    [GeneratedRegex("data-testid=\"board-count\">(\\d+)<")]
    private static partial Regex BoardCount();
}
