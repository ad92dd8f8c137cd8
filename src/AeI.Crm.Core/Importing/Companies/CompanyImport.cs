using AeI.Crm.Common;
using AeI.Crm.Companies;
using AeI.Crm.Contacts;
using AeI.Crm.Importing.Reading;
using AeI.Crm.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Importing.Companies;

/// <summary>
/// Companies and their contact person. A row with a VAT number already in the CRM (or earlier in
/// the file) is merged by default: the company's empty fields are filled, nothing is overwritten.
/// A row like a company of the same comune by name (see <see cref="SimilarCompanies"/>) is skipped by
/// default: the user chooses to merge it or create it. A row imported before is skipped.
/// </summary>
public sealed class CompanyImport(ImportRun run, ColumnMapping mapping, ImportContext context) : RecordImport<CompanyRow, Company>(run, mapping)
{
    private readonly Dictionary<string, Known> _byVat = new(StringComparer.Ordinal);
    /// <summary>Companies by comune and by each word of their name's core ("015146 ROSSI").</summary>
    private readonly Dictionary<string, List<Known>> _byComuneWord = new(StringComparer.Ordinal);

    /// <summary>A company the rows are checked against: in the CRM (Id), or created by an earlier row.</summary>
    private sealed class Known : KnownRecord<Company>
    {
        public string LegalName { get; init; } = "";

        public string? VatNumber { get; set; }

        public string Core { get; init; } = "";

        public string Describe() => Id > 0 ? $"«{LegalName}»" : $"«{LegalName}» (creata alla riga {CreatedAtLine})";
    }

    public override async Task LoadAsync(CrmDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        _byVat.Clear();
        _byComuneWord.Clear();
        ImportedKeys.Clear();
        var companies = await db.Companies.AsNoTracking().Select(c => new { c.Id, c.LegalName, c.VatNumber, c.MunicipalityIstat }).ToListAsync(ct);
        foreach (var c in companies)
        {
            Register(new Known { Id = c.Id, LegalName = c.LegalName, VatNumber = c.VatNumber, Core = SimilarCompanies.Core(c.LegalName) }, c.MunicipalityIstat);
        }

        ImportedKeys.UnionWith(await ImportedKeysAsync(db, ImportKind.Companies, ct));
    }

    private void Register(Known known, string? istat)
    {
        if (known.VatNumber is not null)
        {
            _byVat.TryAdd(known.VatNumber, known);
        }

        if (istat is not null && known.Core.Length >= 3)
        {
            foreach (var word in known.Core.Split(' ').Distinct())
            {
                var key = istat + " " + word;
                if (!_byComuneWord.TryGetValue(key, out var list))
                {
                    _byComuneWord[key] = list = [];
                }

                list.Add(known);
            }
        }
    }

    public override PlannedRow Plan(ImportLine line)
    {
        var row = CompanyRow.Read(line, Mapping, context.Comuni);
        var label = row.LegalName.Length > 0 ? row.LegalName : $"(riga {line.Line})";
        var corrections = row.Corrections.Count > 0 ? " " + string.Join(" ", row.Corrections) : "";
        if (row.Errors.Count > 0)
        {
            return new PlannedRow { Line = line.Line, Outcome = RowOutcome.Rejected, Label = label, Reason = string.Join(" ", row.Errors) };
        }

        if (ImportedKeys.Contains(row.Key))
        {
            return new PlannedRow { Line = line.Line, Outcome = RowOutcome.Skipped, Label = label, Duplicate = DuplicateKind.AlreadyImported, Reason = "Riga già importata, identica: nessuna modifica." };
        }

        if (row.VatNumber is not null && _byVat.TryGetValue(row.VatNumber, out var sameVat))
        {
            // A VAT number belongs to one company: "create anyway" would make a second one with it.
            var action = ActionFor(line.Line, Run.SameVat) == DuplicateAction.Skip ? DuplicateAction.Skip : DuplicateAction.Merge;
            return action == DuplicateAction.Merge
                ? Merge(row, label, sameVat, DuplicateKind.SameVat, $"Stessa partita IVA di {sameVat.Describe()}: unita." + corrections)
                : Skip(row, label, sameVat, DuplicateKind.SameVat, $"Stessa partita IVA di {sameVat.Describe()}: saltata.");
        }

        if (Similar(row) is { } similar)
        {
            var action = ActionFor(line.Line, Run.SimilarName);
            return action switch
            {
                DuplicateAction.Merge => Merge(row, label, similar, DuplicateKind.SimilarName, $"Nome simile a {similar.Describe()} nello stesso comune: unita." + corrections),
                DuplicateAction.Create => Create(row, label, DuplicateKind.SimilarName, similar, $"Nome simile a {similar.Describe()} nello stesso comune: creata comunque." + corrections),
                _ => Skip(row, label, similar, DuplicateKind.SimilarName, $"Nome simile a {similar.Describe()} nello stesso comune: saltata. Per importarla scegli «Unisci» o «Crea comunque»."),
            };
        }

        return Create(row, label, DuplicateKind.None, null, corrections.Length > 0 ? corrections.Trim() : null);
    }

    /// <summary>
    /// A company of the same comune whose name's core is the row's, or holds it as whole words, or is
    /// held by it ("ROSSI" and "ROSSI LOGISTICA", not "GROSSI"). Found through the index of words:
    /// either name holds the first word of the other.
    /// </summary>
    private Known? Similar(CompanyRow row)
    {
        var core = SimilarCompanies.Core(row.LegalName);
        if (row.MunicipalityIstat is null || core.Length < 3)
        {
            return null;
        }

        var padded = " " + core + " ";
        Known? best = null;
        foreach (var word in core.Split(' ').Distinct())
        {
            if (!_byComuneWord.TryGetValue(row.MunicipalityIstat + " " + word, out var candidates))
            {
                continue;
            }

            foreach (var k in candidates)
            {
                // Two different VAT numbers are two companies, however alike their names.
                if (k.VatNumber is not null && row.VatNumber is not null && k.VatNumber != row.VatNumber)
                {
                    continue;
                }

                var other = " " + k.Core + " ";
                if ((other.Contains(padded, StringComparison.Ordinal) || padded.Contains(other, StringComparison.Ordinal)) && (best is null || Earlier(k, best)))
                {
                    best = k;
                }
            }
        }

        return best;
    }

    /// <summary>The company in the CRM before one created by the file; then the older one.</summary>
    private static bool Earlier(Known a, Known b) =>
        (a.Id > 0, b.Id > 0) switch
        {
            (true, false) => true,
            (false, true) => false,
            (true, true) => a.Id < b.Id,
            _ => a.CreatedAtLine < b.CreatedAtLine,
        };

    private PlannedRow Create(CompanyRow row, string label, DuplicateKind duplicate, Known? like, string? reason)
    {
        var known = new Known { LegalName = row.LegalName, VatNumber = row.VatNumber, Core = SimilarCompanies.Core(row.LegalName), CreatedAtLine = row.Line };
        Register(known, row.MunicipalityIstat);
        return new PlannedRow
        {
            Line = row.Line, Outcome = RowOutcome.Created, Label = label, Reason = reason, Duplicate = duplicate,
            ExistingId = like?.Id, ExistingName = like?.LegalName, Key = row.Key, Work = WorkFor(row, known),
        };
    }

    private PlannedRow Merge(CompanyRow row, string label, Known into, DuplicateKind duplicate, string reason)
    {
        if (into.VatNumber is null && row.VatNumber is not null)
        {
            into.VatNumber = row.VatNumber;
            _byVat.TryAdd(row.VatNumber, into);
        }

        return new PlannedRow
        {
            Line = row.Line, Outcome = RowOutcome.Merged, Label = label, Reason = reason, Duplicate = duplicate,
            ExistingId = into.Id, ExistingName = into.LegalName, Key = row.Key, Work = WorkFor(row, into),
        };
    }

    private static PlannedRow Skip(CompanyRow row, string label, Known like, DuplicateKind duplicate, string reason) => new()
    {
        Line = row.Line, Outcome = RowOutcome.Skipped, Label = label, Reason = reason, Duplicate = duplicate,
        ExistingId = like.Id, ExistingName = like.LegalName,
    };

    protected override Task<Dictionary<int, Company>> ForMergeAsync(CrmDbContext db, List<int> ids, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Companies.Include(c => c.Contacts).Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
    }

    protected override Company Create(CrmDbContext db, CompanyRow row)
    {
        ArgumentNullException.ThrowIfNull(db);
        var company = NewCompany(row);
        db.Companies.Add(company);
        return company;
    }

    protected override void PointTo(ImportRowResult result, Company? record, int? existingId)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (record is null)
        {
            result.CompanyId = existingId;
        }
        else
        {
            result.Company = record;
        }
    }

    protected override int IdOf(Company record) => record?.Id ?? throw new ArgumentNullException(nameof(record));

    private Company NewCompany(CompanyRow row)
    {
        var company = new Company
        {
            VatNumber = row.VatNumber,
            FiscalCode = row.FiscalCode,
            Address = row.FullAddress,
            MunicipalityIstat = row.MunicipalityIstat,
            AtecoCode = row.AtecoCode,
            AtecoSection = AtecoCode.SectionOf(row.AtecoCode)?.ToString(),
            CsrNotes = row.Notes,
            AccountManagerId = context.AssignCompaniesTo,
            CreatedAt = context.NowUtc,
        };
        company.Rename(row.LegalName);
        company.SetEmployees(row.Employees);
        if (row.HasContact)
        {
            company.Contacts.Add(NewContact(row));
        }

        return company;
    }

    private static Contact NewContact(CompanyRow row) => new()
    {
        FullName = row.ContactName ?? "Recapito aziendale",
        Role = row.ContactName is null ? "Recapito generale" : row.ContactRole,
        Email = row.Email,
        Phone = row.Phone,
        ConsentToContact = row.Consent ?? false,
    };

    /// <summary>Fills what the company lacks; returns the Italian names of what was added.</summary>
    protected override List<string> Fill(Company company, CompanyRow row)
    {
        ArgumentNullException.ThrowIfNull(company);
        ArgumentNullException.ThrowIfNull(row);
        var added = new List<string>();
        // Never another company's number: a VAT number in the CRM made the row a same-VAT merge.
        if (company.VatNumber is null && row.VatNumber is not null)
        {
            company.VatNumber = row.VatNumber;
            added.Add("partita IVA");
        }

        if (company.FiscalCode is null && row.FiscalCode is not null)
        {
            company.FiscalCode = row.FiscalCode;
            added.Add("codice fiscale");
        }

        if (company.Address is null && row.Address is not null)
        {
            company.Address = row.FullAddress;
            added.Add("indirizzo");
        }

        if (company.MunicipalityIstat is null && row.MunicipalityIstat is not null)
        {
            company.MunicipalityIstat = row.MunicipalityIstat;
            added.Add("comune");
        }

        if (company.EmployeeCount is null && row.Employees is not null)
        {
            company.SetEmployees(row.Employees);
            added.Add("dipendenti");
        }

        if (company.AtecoCode is null && row.AtecoCode is not null)
        {
            company.AtecoCode = row.AtecoCode;
            company.AtecoSection = AtecoCode.SectionOf(row.AtecoCode)?.ToString();
            added.Add("codice ATECO");
        }

        if (string.IsNullOrEmpty(company.CsrNotes) && row.Notes is not null)
        {
            company.CsrNotes = row.Notes;
            added.Add("note");
        }

        if (row.HasContact)
        {
            var name = SearchText.Fold(row.ContactName ?? "Recapito aziendale");
            var contact = company.Contacts.FirstOrDefault(c => SearchText.Fold(c.FullName) == name);
            if (contact is null)
            {
                company.Contacts.Add(NewContact(row));
                added.Add($"referente {row.ContactName ?? "(recapito aziendale)"}");
            }
            else
            {
                if (contact.Email is null && row.Email is not null)
                {
                    contact.Email = row.Email;
                    added.Add($"e-mail di {contact.FullName}");
                }

                if (contact.Phone is null && row.Phone is not null)
                {
                    contact.Phone = row.Phone;
                    added.Add($"telefono di {contact.FullName}");
                }

                if (contact.Role is null && row.ContactRole is not null)
                {
                    contact.Role = row.ContactRole;
                    added.Add($"ruolo di {contact.FullName}");
                }

                // A "no" in the file is honoured even over a "yes" in the CRM: the person may have withdrawn it.
                if (row.Consent is { } consent && consent != contact.ConsentToContact)
                {
                    contact.ConsentToContact = consent;
                    added.Add(consent ? $"consenso al contatto di {contact.FullName}" : $"revoca del consenso di {contact.FullName}");
                }
            }
        }

        return added;
    }
}
