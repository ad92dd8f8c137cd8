using AeI.Crm.Activities;
using AeI.Crm.Companies;
using AeI.Crm.Importing;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Core.Tests.Importing;

/// <summary>The activities history of past years into companies already in the CRM.</summary>
public sealed class ActivityImportTests : IAsyncLifetime
{
    private static readonly string Vat = TestFiles.Vat(1234567890);
    private ImportDatabase _db = null!;
    private int _rossi;

    public async Task InitializeAsync()
    {
        _db = await ImportDatabase.CreateAsync();
        await using var db = _db.NewContext();
        var rossi = new Company { LegalName = "Rossi S.r.l.", VatNumber = Vat, MunicipalityIstat = "015146", CreatedAt = ImportDatabase.Now };
        rossi.Rename(rossi.LegalName);
        rossi.Contacts.Add(new AeI.Crm.Contacts.Contact { FullName = "Mario Rossi" });
        db.Companies.Add(rossi);
        db.Companies.Add(new Company { LegalName = "Bar Sport", MunicipalityIstat = "015146", CreatedAt = ImportDatabase.Now });
        db.Companies.Add(new Company { LegalName = "Bar Sport", MunicipalityIstat = "015182", CreatedAt = ImportDatabase.Now });
        await db.SaveChangesAsync();
        _rossi = rossi.Id;
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Past_activities_join_their_companies_history_and_move_its_status()
    {
        var csv = $"Data;Tipo;Azienda;P.IVA;Comune;Referente;Esito;Svolta da;Note\n" +
            $"15/03/2019;Telefonata;ROSSI SRL;;;mario rossi;positivo;am@prova.local;Primo contatto\n" +
            $"02/04/2019 10:30;visita in azienda;;{Vat};;;;Anna Marchi;\"Visita.\nDue posizioni possibili\"\n" +
            $"10/05/2019;Teams;Bar Sport;;Rho;;;;\n" +
            $"11/05/2019;E-mail;Bar Sport;;;;;;\n" +
            $"12/05/2019;fax;Rossi Srl;;;;;;\n" +
            $"13/05/2019;Telefonata;Verdi Spa;;;;;;\n" +
            $"14/05/2019;Telefonata;Rossi Srl;;;;;Luigi Bianchi;\n" +
            $"01/01/2030;Telefonata;Rossi Srl;;;;;;\n" +
            $"15/03/2019;Telefonata;Rossi Srl;;;;;;Primo contatto\n";

        var run = await _db.ImportAsync(TestFiles.Csv(csv), "attivita.csv", ImportKind.Activities);
        var results = await _db.ResultsAsync(run.Id);

        Assert.Equal((3, 5, 1), (run.Created, run.Rejected, run.Skipped));
        Assert.Equal(
            [
                (2, RowOutcome.Created), (3, RowOutcome.Created), (5, RowOutcome.Created), (6, RowOutcome.Rejected), (7, RowOutcome.Rejected),
                (8, RowOutcome.Rejected), (9, RowOutcome.Rejected), (10, RowOutcome.Rejected), (11, RowOutcome.Skipped),
            ],
            results.Select(r => (r.Line, r.Outcome)));
        Assert.Equal("Più aziende si chiamano come «Bar Sport»: indica la partita IVA o il comune.", results[3].Reason);
        Assert.StartsWith("Tipo «fax» non riconosciuto", results[4].Reason, StringComparison.Ordinal);
        Assert.Equal("Azienda «Verdi Spa» non trovata: importa prima l'azienda o indica la partita IVA.", results[5].Reason);
        Assert.StartsWith("Utente «Luigi Bianchi» non trovato", results[6].Reason, StringComparison.Ordinal);
        Assert.Equal("La data 01/01/2030 è nel futuro: lo storico contiene solo attività svolte.", results[7].Reason);
        Assert.Equal("La stessa attività (giorno, tipo e nota) è già nella cronologia di «Rossi S.r.l.».", results[8].Reason);

        await using var db = _db.NewContext();
        var rossi = await db.Companies.SingleAsync(c => c.Id == _rossi);
        var history = await db.Activities.Where(a => a.CompanyId == _rossi).OrderBy(a => a.OccurredAt).ToListAsync();
        Assert.Equal((RelationshipStatus.Visited, new DateOnly(2019, 4, 2)), (rossi.Status, rossi.LastContactOn));
        Assert.Equal([(ActivityType.Call, ActivityOutcome.Positive), (ActivityType.OnSiteVisit, ActivityOutcome.Neutral)], history.Select(a => (a.Type, a.Outcome)));
        Assert.Equal(new DateTime(2019, 4, 2, 10, 30, 0), history[1].OccurredAt);
        Assert.Equal("Visita.\nDue posizioni possibili", history[1].Notes);
        Assert.NotNull(history[0].ContactId);
        Assert.All(history, a => Assert.Equal((_db.UserId, run.Id), (a.UserId, a.ImportRunId!.Value)));
        Assert.Equal(ActivityType.VideoCall, (await db.Activities.SingleAsync(a => a.Company!.MunicipalityIstat == "015182")).Type);
    }

    [Fact]
    public async Task The_same_history_imported_again_adds_nothing()
    {
        var csv = $"Data;Tipo;P.IVA;Note\n01/02/2019;telefonata;{Vat};a\n02/02/2019;e-mail;{Vat};b\n";
        var first = await _db.ImportAsync(TestFiles.Csv(csv), "attivita.csv", ImportKind.Activities);

        var again = await _db.ImportAsync(TestFiles.Csv(csv, "windows-1252"), "attivita-copia.csv", ImportKind.Activities);

        await using var db = _db.NewContext();
        Assert.Equal((2, 0), (first.Created, first.Skipped));
        Assert.Equal((0, 2), (again.Created, again.Skipped));
        Assert.Equal(2, await db.Activities.CountAsync());
    }
}
