using AeI.Crm.Companies;
using AeI.Crm.Importing;
using AeI.Crm.Importing.Companies;
using AeI.Crm.Importing.Reading;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using System.Data.Common;

namespace AeI.Crm.Core.Tests.Importing;

/// <summary>Companies and contacts from messy files into a real SQLite database: checks, duplicates, re-runs, interruptions.</summary>
public sealed class CompanyImportTests : IAsyncLifetime
{
    private static readonly string VatA = TestFiles.Vat(1234567890);
    private static readonly string VatB = TestFiles.Vat(2345678901);
    private static readonly string VatC = TestFiles.Vat(123456789);
    private ImportDatabase _db = null!;

    public async Task InitializeAsync() => _db = await ImportDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private static CompanyRow Row(params (string Header, string Value)[] cells)
    {
        var headers = cells.Select(c => c.Header).ToArray();
        var (_, mapping) = ColumnMapping.Guess([new ImportLine(1, headers)], ImportKind.Companies);
        return CompanyRow.Read(new ImportLine(2, cells.Select(c => c.Value).ToArray()), mapping, MunicipalityLookup.Shared);
    }

    [Fact]
    public void Every_field_is_checked_and_corrected_where_the_intent_is_certain()
    {
        var good = Row(("Ragione sociale", "  Rossi   Srl "), ("P.IVA", VatC.TrimStart('0')), ("Comune", "sesto s. giovanni"), ("Prov", "mi"), ("CAP", "20099"),
            ("Telefono", "02 1234 5678"), ("Email", "Info@Rossi.IT"), ("Referente", "Mario Rossi"), ("Dipendenti", "circa 20"));
        var bad = Row(("Ragione sociale", ""), ("P.IVA", "12345678901"), ("Codice fiscale", "RSSMRA80A01F205Z"), ("Comune", "Milano"), ("Provincia", "TO"),
            ("CAP", "201"), ("Telefono", "123"), ("Email", "mario@"), ("Dipendenti", "dieci"));
        var unknown = Row(("Ragione sociale", "Verdi"), ("Comune", "Milanoo"));

        Assert.Empty(good.Errors);
        Assert.Equal("Rossi Srl", good.LegalName);
        Assert.Equal(VatC, good.VatNumber);
        Assert.Contains($"Partita IVA {VatC.TrimStart('0')} completata con gli zeri iniziali ({VatC}).", good.Corrections);
        Assert.Equal("Sesto San Giovanni (MI)", good.MunicipalityName);
        Assert.Equal("+390212345678", good.Phone);
        Assert.Equal(20, good.Employees);
        Assert.Contains("Dipendenti «circa 20» letti come 20.", good.Corrections);
        Assert.Equal("info@rossi.it", good.Email);
        Assert.Equal(
            [
                "Manca la ragione sociale.",
                "La partita IVA «12345678901» non è valida: la cifra di controllo non torna.",
                "Il codice fiscale «RSSMRA80A01F205Z» non è valido (11 cifre per le società, 16 caratteri per le persone, con il carattere di controllo corretto).",
                "Il comune «Milano» non è in provincia di TO (è in provincia di MI).",
                "Il CAP «201» non è valido: servono 5 cifre.",
                "Il numero di dipendenti «dieci» non è un numero intero.",
                "Il numero di telefono «123» non è valido.",
                "L'indirizzo e-mail «mario@» non è valido.",
            ],
            bad.Errors);
        Assert.Equal(["Comune «Milanoo» non trovato."], unknown.Errors);
    }

    [Fact]
    public async Task A_bad_row_is_rejected_with_its_line_and_reason_and_the_others_are_imported()
    {
        var csv = $"Ragione sociale;P.IVA;Comune\nRossi Srl;{VatA};Milano\n;{VatB};Rho\nVerdi Spa;123;Rho\n\"Neri\nSnc\";;Magenta\nBianchi Srl;;Nowhere\nGialli Srl;;Rho;colonna in più\n";

        var run = await _db.ImportAsync(TestFiles.Csv(csv));
        var results = await _db.ResultsAsync(run.Id);

        Assert.Equal(ImportStatus.Completed, run.Status);
        Assert.Equal((3, 3, 6), (run.Created, run.Rejected, run.ProcessedRows));
        Assert.Equal(
            [(2, RowOutcome.Created), (3, RowOutcome.Rejected), (4, RowOutcome.Rejected), (5, RowOutcome.Created), (7, RowOutcome.Rejected), (8, RowOutcome.Created)],
            results.Select(r => (r.Line, r.Outcome)));
        Assert.Equal("Manca la ragione sociale.", results[1].Reason);
        Assert.Equal("La partita IVA «123» non è valida: servono 11 cifre.", results[2].Reason);
        Assert.Equal("Comune «Nowhere» non trovato.", results[4].Reason);
        await using var db = _db.NewContext();
        Assert.Equal(["Gialli Srl", "Neri Snc", "Rossi Srl"], await db.Companies.OrderBy(c => c.LegalName).Select(c => c.LegalName).ToListAsync());
    }

    [Fact]
    public async Task A_row_with_a_known_vat_number_fills_the_company_without_overwriting_it()
    {
        await using (var db = _db.NewContext())
        {
            var existing = new Company { LegalName = "Rossi S.r.l.", VatNumber = VatA, MunicipalityIstat = "015146", Address = "Via Vecchia 1", CreatedAt = ImportDatabase.Now };
            existing.Contacts.Add(new AeI.Crm.Contacts.Contact { FullName = "Mario Rossi", Role = "Titolare", ConsentToContact = true });
            db.Companies.Add(existing);
            await db.SaveChangesAsync();
        }

        var csv = $"Ragione sociale;P.IVA;Indirizzo;Dipendenti;Referente;Telefono;Privacy\nROSSI SRL;IT {VatA};Via Nuova 2;40;mario rossi;02 1234 5678;no\nRossi;{VatA};;;Lucia Verdi;;sì\n";
        var run = await _db.ImportAsync(TestFiles.Csv(csv));

        await using var check = _db.NewContext();
        var company = await check.Companies.Include(c => c.Contacts).SingleAsync();
        Assert.Equal((0, 2), (run.Created, run.Merged));
        Assert.Equal(("Rossi S.r.l.", "Via Vecchia 1", 40, 2), (company.LegalName, company.Address, company.EmployeeCount, company.Law68QuotaTotal));
        var mario = company.Contacts.Single(c => c.FullName == "Mario Rossi");
        Assert.Equal(("Titolare", "+390212345678", false), (mario.Role, mario.Phone, mario.ConsentToContact));
        Assert.True(company.Contacts.Single(c => c.FullName == "Lucia Verdi").ConsentToContact);
        var result = (await _db.ResultsAsync(run.Id))[0];
        Assert.Equal("Stessa partita IVA di «Rossi S.r.l.»: unita. Aggiunti: dipendenti, telefono di Mario Rossi, revoca del consenso di Mario Rossi.", result.Reason);
        Assert.Equal(company.Id, result.CompanyId);
    }

    [Fact]
    public async Task A_similar_name_in_the_same_comune_is_skipped_unless_the_user_chooses_otherwise()
    {
        await using (var db = _db.NewContext())
        {
            db.Companies.Add(new Company { LegalName = "Trattoria da Gino S.n.c.", MunicipalityIstat = "015182", CreatedAt = ImportDatabase.Now });
            db.Companies.Add(new Company { LegalName = "Ferramenta Colombo", VatNumber = VatB, MunicipalityIstat = "015182", CreatedAt = ImportDatabase.Now });
            await db.SaveChangesAsync();
        }

        var csv = $"Ragione sociale;Comune;P.IVA;Email\nTrattoria da Gino;Rho;;gino@trattoria.it\nTRATTORIA DA GINO SNC;Milano;;\nFerramenta Colombo srl;Rho;{VatA};\nTrattoria Da Gino;Rho;;\n";
        var preview = await _db.PreviewAsync((await _db.UploadAsync(TestFiles.Csv(csv))).Id);

        // Line 3 is another comune; line 4 has another VAT number than the company alike: both new companies.
        Assert.Equal(
            [(2, RowOutcome.Skipped, DuplicateKind.SimilarName), (3, RowOutcome.Created, DuplicateKind.None), (4, RowOutcome.Created, DuplicateKind.None), (5, RowOutcome.Skipped, DuplicateKind.SimilarName)],
            preview.Rows.Select(r => (r.Line, r.Outcome, r.Duplicate)));
        Assert.Equal("Nome simile a «Trattoria da Gino S.n.c.» nello stesso comune: saltata. Per importarla scegli «Unisci» o «Crea comunque».", preview.Rows[0].Reason);

        var run = await _db.ImportAsync(TestFiles.Csv(csv), configure: r => r.RowChoicesJson = "{\"2\":1,\"5\":3}");
        await using var check = _db.NewContext();
        var ginos = await check.Companies.Include(c => c.Contacts).Where(c => c.SearchName.StartsWith("TRATTORIA")).OrderBy(c => c.Id).ToListAsync();
        Assert.Equal((3, 1, 0), (run.Created, run.Merged, run.Skipped));
        Assert.Equal(3, ginos.Count);
        Assert.Equal("gino@trattoria.it", ginos[0].Contacts.Single().Email);
    }

    [Fact]
    public async Task The_same_company_twice_in_a_file_is_created_once_and_completed_by_the_second_row()
    {
        var csv = $"Ragione sociale;P.IVA;Referente;Email\nRossi Srl;{VatA};Mario Rossi;\nRossi S.r.l.;{VatA};Mario Rossi;mario@rossi.it\nRossi srl;{VatA};Lucia Bianchi;\n";

        var run = await _db.ImportAsync(TestFiles.Csv(csv));

        await using var db = _db.NewContext();
        var company = await db.Companies.Include(c => c.Contacts).SingleAsync();
        Assert.Equal((1, 2), (run.Created, run.Merged));
        Assert.Equal(["Lucia Bianchi", "Mario Rossi"], company.Contacts.Select(c => c.FullName).Order());
        Assert.Equal("mario@rossi.it", company.Contacts.Single(c => c.FullName == "Mario Rossi").Email);
        Assert.StartsWith("Stessa partita IVA di «Rossi Srl» (creata alla riga 2): unita.", (await _db.ResultsAsync(run.Id))[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_next_upload_maps_its_columns_as_the_user_mapped_them_last_time()
    {
        var first = await _db.UploadAsync(TestFiles.Csv("Denominazione cliente;Diario AM;Piva\nRossi Srl;buono;\n"), configure: r => r.MappingJson = "{\"legalName\":0,\"notes\":1,\"vat\":2}");
        var (_, guessedBefore) = ColumnMapping.Guess([new ImportLine(1, ["Denominazione cliente", "Diario AM", "Piva"])], ImportKind.Companies);
        await _db.RunAsync(first.Id);

        var second = await _db.UploadAsync(TestFiles.Csv("Piva;Diario AM;Denominazione cliente\n;ottimo;Bianchi Srl\n"));

        Assert.Equal(new Dictionary<string, int> { ["legalName"] = 2, ["notes"] = 1, ["vat"] = 0 }, ColumnMapping.FromJson(second.MappingJson).Columns);
        Assert.DoesNotContain("notes", guessedBefore.Columns.Keys);
    }

    [Fact]
    public async Task A_draft_confirmed_twice_at_once_is_queued_once()
    {
        var draft = await _db.UploadAsync(TestFiles.Csv("Ragione sociale\nRossi Srl\n"));
        await using var first = _db.NewContext();
        await using var second = _db.NewContext();
        var a = await first.ImportRuns.SingleAsync(r => r.Id == draft.Id);
        var b = await second.ImportRuns.SingleAsync(r => r.Id == draft.Id);

        a.Status = ImportStatus.Queued;
        await first.SaveChangesAsync();
        b.Status = ImportStatus.Queued;

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }

    [Fact]
    public async Task Running_the_same_file_again_changes_nothing()
    {
        var csv = $"Ragione sociale;P.IVA;Comune;Referente\nRossi Srl;{VatA};Milano;Mario Rossi\nBar Sport;;Rho;\nBad;999;Rho;\n";
        var first = await _db.ImportAsync(TestFiles.Csv(csv));

        var second = await _db.ImportAsync(TestFiles.Csv(csv));

        await using var db = _db.NewContext();
        Assert.Equal((2, 0, 0, 1), (first.Created, first.Merged, first.Skipped, first.Rejected));
        Assert.Equal((0, 0, 2, 1), (second.Created, second.Merged, second.Skipped, second.Rejected));
        Assert.Equal(2, await db.Companies.CountAsync());
        Assert.Equal(1, await db.Contacts.CountAsync());
        Assert.All((await _db.ResultsAsync(second.Id)).Where(r => r.Outcome == RowOutcome.Skipped), r => Assert.Equal("Riga già importata, identica: nessuna modifica.", r.Reason));
    }

    [Fact]
    public async Task A_run_stopped_between_batches_resumes_to_the_result_of_an_uninterrupted_one()
    {
        // 1,300 rows (three batches), with duplicates across batches and bad rows.
        var lines = Enumerable.Range(0, 1300).Select(i => i % 97 == 0
            ? $"Azienda {i};123;Milano"
            : $"Azienda {i % 1000};{TestFiles.Vat(1_000_000 + (i % 1000))};Milano");
        var content = TestFiles.Csv("Ragione sociale;P.IVA;Comune\n" + string.Join("\n", lines));
        await using var reference = await ImportDatabase.CreateAsync();
        var expected = await reference.ImportAsync(content);

        var run = await _db.UploadAsync(content);
        var crash = new CrashOnCommit(afterCommits: 2);
        await Assert.ThrowsAsync<IOException>(() => _db.RunAsync(run.Id, crash));
        ImportRun stopped;
        await using (var db = _db.NewContext())
        {
            stopped = await db.ImportRuns.AsNoTracking().SingleAsync(r => r.Id == run.Id);
            // Whole batches only: every processed row has its result, every created company its key.
            Assert.Equal(ImportStatus.Running, stopped.Status);
            Assert.Equal(ImportRunner.BatchSize, stopped.ProcessedRows);
            Assert.Equal(stopped.ProcessedRows, await db.ImportRowResults.CountAsync(r => r.RunId == run.Id));
            Assert.Equal(stopped.Created, await db.Companies.CountAsync());
        }

        await using (var db = _db.NewContext())
        {
            await new ImportRunner(db, _db.Files, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<ImportRunner>.Instance).RunAsync(run.Id, _db.Context(), CancellationToken.None);
        }

        await using var after = _db.NewContext();
        var resumed = await after.ImportRuns.AsNoTracking().SingleAsync(r => r.Id == run.Id);
        Assert.Equal(ImportStatus.Completed, resumed.Status);
        Assert.Equal((expected.Created, expected.Merged, expected.Skipped, expected.Rejected), (resumed.Created, resumed.Merged, resumed.Skipped, resumed.Rejected));
        await using (var referenceDb = reference.NewContext())
        {
            Assert.Equal(await referenceDb.Companies.CountAsync(), await after.Companies.CountAsync());
            Assert.Equal(expected.Created, await after.Companies.CountAsync());
        }

        Assert.Equal(1300, await after.ImportRowResults.Where(r => r.RunId == run.Id).Select(r => r.Line).Distinct().CountAsync());
        Assert.Null(await _db.Files.ReadAsync(run.Id, CancellationToken.None));
    }

    /// <summary>Fails the way a dying disk or process does: at the Nth commit of a batch's transaction, after its writes.</summary>
    private sealed class CrashOnCommit(int afterCommits) : DbTransactionInterceptor
    {
        private int _commits;

        public override ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
            ++_commits == afterCommits ? throw new IOException("Disco non disponibile") : base.TransactionCommittingAsync(transaction, eventData, result, cancellationToken);
    }
}
