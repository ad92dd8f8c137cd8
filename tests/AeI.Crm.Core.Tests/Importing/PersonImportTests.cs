using AeI.Crm.Candidates;
using AeI.Crm.Importing;
using AeI.Crm.Importing.People;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Core.Tests.Importing;

/// <summary>People into one caseload: checked as the form checks them, duplicates within the caseload only, sensitive fields only when allowed.</summary>
public sealed class PersonImportTests : IAsyncLifetime
{
    private const string Header = "Cognome;Nome;Data di nascita;Sesso;Comune di residenza;Presa in carico;Cellulare;Email;Titolo di studio;Italiano;Patente;Competenze;Categoria protetta;Target\n";
    private ImportDatabase _db = null!;
    private int _celav;
    private int _nil;

    public async Task InitializeAsync()
    {
        _db = await ImportDatabase.CreateAsync();
        await using var db = _db.NewContext();
        var caseloads = await db.Caseloads.OrderBy(c => c.Id).ToListAsync();
        (_celav, _nil) = (caseloads[0].Id, caseloads[1].Id);
        db.Candidates.Add(Person(_celav, "Rossi", "Mario", 1985));
        // The same person, followed in another caseload: an import into CeLAV must not know about her.
        db.Candidates.Add(Person(_nil, "Bianchi", "Anna", 1990));
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private static Candidate Person(int caseloadId, string last, string first, int year) => new()
    {
        CaseloadId = caseloadId, LastName = last, FirstName = first, BirthYear = year, Gender = "M", ResidenceIstat = "015146", TakenInChargeOn = new DateOnly(2020, 1, 10),
    };

    [Fact]
    public async Task Rows_are_checked_as_the_form_checks_them_and_become_people_of_the_caseload()
    {
        var csv = Header +
            "BIANCHI;ANNA;12/05/1990;F;Milano;15/01/2020;333 123 4567;Anna.Bianchi@Example.it;diploma;B1;B;magazzino, muletto;art. 1;disabilità\n" +
            "Kone;Awa;1998;donna;Rho (MI);03/02/2020;;;licenza media;A2;no;pulizie;no;rifugiata\n" +
            "Verdi;;1980;M;Milano;01/01/2020;;;;;;;;\n" +
            "Neri;Luca;2030;M;Milano;01/01/2020;;;;;;;;\n" +
            "Gialli;Paolo;1975;?;Milano;01/01/2020;;;;;;;;\n" +
            "Blu;Sara;1970;F;Milanoo;01/01/2020;;;;;;;;\n" +
            "Viola;Ada;1970;F;Milano;01/01/2030;;;;;;;;\n" +
            "Rosa;Lia;1970;F;Milano;01/01/2020;12;lia@;;;;;;\n" +
            "Grigi;Ugo;1970;M;Milano;01/01/2020;;;;;;;46%;seguito dal SerD\n";

        var run = await _db.ImportAsync(TestFiles.Csv(csv), "persone.csv", ImportKind.People, caseloadId: _celav);
        var results = await _db.ResultsAsync(run.Id);

        Assert.Equal((2, 0, 0, 7), (run.Created, run.Merged, run.Skipped, run.Rejected));
        Assert.Equal(["Bianchi A.", "Kone A."], results.Where(r => r.Outcome == RowOutcome.Created).Select(r => r.Label));
        Assert.Equal("Manca il nome.", results[2].Reason);
        Assert.Equal($"L'anno di nascita deve essere tra {ImportDatabase.Now.Year - 90} e {ImportDatabase.Now.Year - 15}.", results[3].Reason);
        Assert.Equal("Genere «?» non riconosciuto: scrivi F, M o X.", results[4].Reason);
        Assert.Contains("Milanoo", results[5].Reason, StringComparison.Ordinal);
        Assert.Equal("La presa in carico non può essere nel futuro.", results[6].Reason);
        Assert.Equal("L'indirizzo e-mail «lia@» non è valido. Il numero di telefono «12» non è valido.", results[7].Reason);

        // A sensitive value the import does not understand is named by its column, never repeated.
        Assert.DoesNotContain("46", results[8].Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("SerD", results[8].Reason, StringComparison.Ordinal);
        Assert.Contains("categoria protetta", results[8].Reason, StringComparison.Ordinal);

        await using var db = _db.NewContext();
        var anna = await db.Candidates.SingleAsync(c => c.CaseloadId == _celav && c.LastName == "Bianchi");
        Assert.Equal(
            ("Anna", 1990, "F", "015146", new DateOnly(2020, 1, 15), "+393331234567", "anna.bianchi@example.it", EducationLevel.Diploma, CefrLevel.B1, ProtectedCategory.Article1, TargetGroup.Disability, _db.UserId),
            (anna.FirstName, anna.BirthYear, anna.Gender, anna.ResidenceIstat, anna.TakenInChargeOn, anna.Phone, anna.Email, anna.Education, anna.ItalianLevel, anna.ProtectedCategory, anna.TargetGroup, anna.MediatorId));
        Assert.Equal(["B"], anna.DrivingLicences);
        Assert.Equal(["magazzino", "muletto"], anna.Skills);
        var awa = await db.Candidates.SingleAsync(c => c.LastName == "Kone");
        Assert.Equal(("F", 1998, "015182", TargetGroup.Refugee, ProtectedCategory.None, CandidateStatus.Active), (awa.Gender, awa.BirthYear, awa.ResidenceIstat, awa.TargetGroup, awa.ProtectedCategory, awa.Status));
        Assert.Empty(awa.DrivingLicences);

        // The row's result leads to the person; each new person is in the search index's change log.
        Assert.Equal(anna.Id, results[0].CandidateId);
        Assert.True(await db.SearchIndexChanges.AnyAsync(c => c.CandidateId == anna.Id));
    }

    [Fact]
    public async Task The_same_person_is_found_in_the_caseload_only_and_skipped_unless_the_user_chooses()
    {
        var csv = Header +
            "ROSSI;MARIO;1985;M;Milano;10/01/2020;3331112222;;;;;;;\n" +
            "Mario;Rossi;01/06/1985;M;Milano;10/01/2020;;mario@example.it;;;;;;\n" +
            "Bianchi;Anna;1990;F;Milano;01/03/2020;;;;;;;;\n" +
            "Bianchi;Anna;1990;F;Milano;01/03/2020;3332223333;;;;;;;\n";

        var preview = await PreviewAsync(csv, _celav);

        Assert.Equal(
            [(RowOutcome.Skipped, DuplicateKind.SamePerson), (RowOutcome.Skipped, DuplicateKind.SamePerson), (RowOutcome.Created, DuplicateKind.None), (RowOutcome.Skipped, DuplicateKind.SamePerson)],
            preview.Rows.Select(r => (r.Outcome, r.Duplicate)));
        // Anna Bianchi of NIL is not CeLAV's: nothing in the preview tells she exists there.
        Assert.Null(preview.Rows[2].Reason);
        Assert.Equal("Stessi cognome, nome e anno di nascita di «Bianchi A.» (creata alla riga 4): saltata. Se è un'altra persona scegli «Crea comunque»; per completare la scheda scegli «Unisci».", preview.Rows[3].Reason);

        var run = await _db.ImportAsync(TestFiles.Csv(csv), "persone.csv", ImportKind.People, r => r.RowChoicesJson = "{\"2\":1,\"3\":1}", _celav);
        var results = await _db.ResultsAsync(run.Id);

        Assert.Equal((1, 2, 1, 0), (run.Created, run.Merged, run.Skipped, run.Rejected));
        Assert.EndsWith("Aggiunti: telefono.", results[0].Reason, StringComparison.Ordinal);
        Assert.EndsWith("Aggiunti: e-mail.", results[1].Reason, StringComparison.Ordinal);
        await using var db = _db.NewContext();
        var mario = await db.Candidates.SingleAsync(c => c.LastName == "Rossi");
        Assert.Equal(("+393331112222", "mario@example.it", new DateOnly(2020, 1, 10)), (mario.Phone, mario.Email, mario.TakenInChargeOn));
        Assert.Equal(1, await db.Candidates.CountAsync(c => c.CaseloadId == _nil));
        Assert.Equal(1, await db.Candidates.CountAsync(c => c.CaseloadId == _celav && c.LastName == "Bianchi"));
    }

    [Fact]
    public async Task The_same_file_again_changes_nothing_but_into_another_caseload_it_is_new()
    {
        var csv = Header + "Esposito;Gennaro;1992;M;Napoli;01/02/2020;;;;;;;;\n" + "Ferrari;Giulia;1994;F;Milano;01/02/2020;;;;;;;;\n";

        var first = await _db.ImportAsync(TestFiles.Csv(csv), "persone.csv", ImportKind.People, caseloadId: _celav);
        var again = await _db.ImportAsync(TestFiles.Csv(csv), "persone.csv", ImportKind.People, caseloadId: _celav);
        var elsewhere = await _db.ImportAsync(TestFiles.Csv(csv), "persone.csv", ImportKind.People, caseloadId: _nil);

        Assert.Equal(2, first.Created);
        Assert.Equal((0, 2), (again.Created, again.Skipped));
        Assert.All(await _db.ResultsAsync(again.Id), r => Assert.Equal("Riga già importata, identica: nessuna modifica.", r.Reason));
        // NIL's import knows nothing of CeLAV's rows: the keys hold the caseload.
        Assert.Equal((2, 0), (elsewhere.Created, elsewhere.Skipped));
        await using var db = _db.NewContext();
        Assert.Equal(2, await db.Candidates.CountAsync(c => c.LastName == "Esposito"));
    }

    [Fact]
    public async Task Sensitive_columns_are_not_read_for_a_user_who_may_not_see_them()
    {
        _db.MaySeeSensitive = false;
        var csv = Header + "Russo;Marco;1988;M;Milano;01/02/2020;;;;;;;art. 18;ex detenuto\n" + "Costa;Elena;1991;F;Milano;01/02/2020;;;;;;;qualcosa;altro ancora\n";

        var run = await _db.ImportAsync(TestFiles.Csv(csv), "persone.csv", ImportKind.People, caseloadId: _celav);

        Assert.Equal((2, 0), (run.Created, run.Rejected));
        await using var db = _db.NewContext();
        Assert.All(await db.Candidates.Where(c => c.LastName == "Russo" || c.LastName == "Costa").ToListAsync(), c => Assert.Equal((ProtectedCategory.None, TargetGroup.None), (c.ProtectedCategory, c.TargetGroup)));
    }

    [Fact]
    public async Task A_closed_caseload_takes_no_one()
    {
        await using (var db = _db.NewContext())
        {
            await db.Caseloads.Where(c => c.Id == _celav).ExecuteUpdateAsync(s => s.SetProperty(c => c.IsActive, false));
        }

        var run = await _db.ImportAsync(TestFiles.Csv(Header + "Galli;Piero;1980;M;Milano;01/02/2020;;;;;;;;\n"), "persone.csv", ImportKind.People, caseloadId: _celav);

        Assert.Equal((0, 1), (run.Created, run.Rejected));
        Assert.EndsWith("è chiuso: non si aggiungono persone.", (await _db.ResultsAsync(run.Id))[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_single_name_column_and_a_closed_path_are_read()
    {
        var csv = "Cognome e nome;Anno di nascita;Genere;Comune;Data presa in carico;Stato;Data chiusura;Esito\n" +
            "DE LUCA Maria Grazia;1979;F;Milano;01/02/2020;chiuso;30/11/2020;assunzione a tempo determinato\n" +
            "Conti Paolo;1983;M;Milano;01/02/2020;;01/12/2020;abbandono\n" +
            "Sala Ivo;1983;M;Milano;01/02/2020;chiuso;;\n";

        var run = await _db.ImportAsync(TestFiles.Csv(csv), "nominativi.csv", ImportKind.People, caseloadId: _celav);
        var results = await _db.ResultsAsync(run.Id);

        Assert.Equal((2, 1), (run.Created, run.Rejected));
        Assert.Equal("«DE LUCA Maria Grazia» letto come cognome «De Luca» e nome «Maria Grazia».", results[0].Reason);
        Assert.Equal("Per chiudere il percorso indica data ed esito.", results[2].Reason);
        await using var db = _db.NewContext();
        var maria = await db.Candidates.SingleAsync(c => c.LastName == "De Luca");
        Assert.Equal(("Maria Grazia", CandidateStatus.Closed, new DateOnly(2020, 11, 30), ClosureOutcome.Hired), (maria.FirstName, maria.Status, maria.ClosedOn, maria.ClosureOutcome));
        var paolo = await db.Candidates.SingleAsync(c => c.LastName == "Conti");
        Assert.Equal((CandidateStatus.Closed, ClosureOutcome.Dropout), (paolo.Status, paolo.ClosureOutcome));
    }

    [Theory]
    [InlineData("ROSSI", "Rossi")]
    [InlineData("d'amico", "D'Amico")]
    [InlineData("DE LUCA-BIANCHI", "De Luca-Bianchi")]
    [InlineData("McDonald", "McDonald")]
    public void Names_in_capitals_are_written_as_names(string text, string expected) =>
        Assert.Equal(expected, PersonRow.NameCase(text));

    private async Task<ImportPreview> PreviewAsync(string csv, int caseloadId)
    {
        var run = await _db.UploadAsync(TestFiles.Csv(csv), "persone.csv", ImportKind.People, caseloadId: caseloadId);
        var preview = await _db.PreviewAsync(run.Id);
        await using var db = _db.NewContext();
        await db.ImportRuns.Where(r => r.Id == run.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, ImportStatus.Cancelled));
        return preview;
    }
}
