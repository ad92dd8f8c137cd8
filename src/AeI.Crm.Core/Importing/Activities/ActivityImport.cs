using System.Globalization;
using AeI.Crm.Activities;
using AeI.Crm.Common;
using AeI.Crm.Companies;
using AeI.Crm.Importing.Reading;
using AeI.Crm.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Importing.Activities;

/// <summary>
/// Past activities with companies already in the CRM, found by VAT number or by name (with the
/// comune when two share a name). Each is attributed to the user the row names (by e-mail or full
/// name) or to the importing user, marked as imported, and moves the company's last contact and
/// status as a logged activity does. The same activity (company, day, type, note) is never added twice.
/// </summary>
public sealed class ActivityImport(ImportRun run, ColumnMapping mapping, ImportContext context) : RowImport(run, mapping)
{
    private readonly Dictionary<string, (int Id, string Name)> _byVat = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(int Id, string Name, string? Istat)>> _byCore = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _userByEmail = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<string>> _usersByName = new(StringComparer.Ordinal);
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
    private readonly HashSet<string> _existing = new(StringComparer.Ordinal);

    private sealed record Work(ActivityRow Row, int CompanyId, string UserId);

    public override async Task LoadAsync(CrmDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        foreach (var c in await db.Companies.AsNoTracking().Select(c => new { c.Id, c.LegalName, c.VatNumber, c.MunicipalityIstat }).ToListAsync(ct))
        {
            if (c.VatNumber is not null)
            {
                _byVat[c.VatNumber] = (c.Id, c.LegalName);
            }

            var core = SimilarCompanies.Core(c.LegalName);
            if (!_byCore.TryGetValue(core, out var list))
            {
                _byCore[core] = list = [];
            }

            list.Add((c.Id, c.LegalName, c.MunicipalityIstat));
        }

        foreach (var u in await db.Users.AsNoTracking().Select(u => new { u.Id, u.Email, u.FullName }).ToListAsync(ct))
        {
            if (u.Email is not null)
            {
                _userByEmail[u.Email] = u.Id;
            }

            var name = SearchText.Fold(u.FullName);
            if (!_usersByName.TryGetValue(name, out var ids))
            {
                _usersByName[name] = ids = [];
            }

            ids.Add(u.Id);
        }

        _keys.UnionWith(await ImportedKeysAsync(db, ImportKind.Activities, ct));
        var activities = await db.Activities.AsNoTracking().Select(a => new { a.CompanyId, a.OccurredAt, a.Type, a.Notes }).ToListAsync(ct);
        _existing.UnionWith(activities.Select(a => Signature(a.CompanyId, a.OccurredAt, a.Type, a.Notes)));
    }

    private static string Signature(int companyId, DateTime at, ActivityType type, string? notes) =>
        string.Create(CultureInfo.InvariantCulture, $"{companyId}|{at:yyyyMMdd}|{(int)type}|{SearchText.Fold(notes)}");

    public override PlannedRow Plan(ImportLine line)
    {
        var row = ActivityRow.Read(line, Mapping, context.Today);
        var label = $"{(row.CompanyName.Length > 0 ? row.CompanyName : row.VatNumber)} · {row.OccurredAt:dd/MM/yyyy}";
        var errors = new List<string>(row.Errors);
        var company = errors.Count == 0 ? FindCompany(row, errors) : null;
        var userId = errors.Count == 0 ? FindUser(row, errors) : null;
        if (errors.Count > 0 || company is null || userId is null)
        {
            return new PlannedRow { Line = line.Line, Outcome = RowOutcome.Rejected, Label = label, Reason = string.Join(" ", errors) };
        }

        if (_keys.Contains(row.Key))
        {
            return new PlannedRow { Line = line.Line, Outcome = RowOutcome.Skipped, Label = label, Duplicate = DuplicateKind.AlreadyImported, Reason = "Riga già importata, identica: nessuna modifica.", ExistingId = company.Value.Id, ExistingName = company.Value.Name };
        }

        if (!_existing.Add(Signature(company.Value.Id, row.OccurredAt, row.Type, row.Notes)))
        {
            return new PlannedRow { Line = line.Line, Outcome = RowOutcome.Skipped, Label = label, Duplicate = DuplicateKind.SameActivity, Reason = $"La stessa attività (giorno, tipo e nota) è già nella cronologia di «{company.Value.Name}».", ExistingId = company.Value.Id, ExistingName = company.Value.Name };
        }

        _keys.Add(row.Key);
        return new PlannedRow
        {
            Line = line.Line, Outcome = RowOutcome.Created, Label = label, ExistingId = company.Value.Id, ExistingName = company.Value.Name,
            Reason = $"Aggiunta alla cronologia di «{company.Value.Name}».", Key = row.Key, Work = new Work(row, company.Value.Id, userId),
        };
    }

    private (int Id, string Name)? FindCompany(ActivityRow row, List<string> errors)
    {
        if (row.VatNumber is not null)
        {
            if (_byVat.TryGetValue(row.VatNumber, out var byVat))
            {
                return byVat;
            }

            errors.Add($"Nessuna azienda con partita IVA {row.VatNumber}: importa prima l'azienda.");
            return null;
        }

        var matches = _byCore.GetValueOrDefault(SimilarCompanies.Core(row.CompanyName)) ?? [];
        if (matches.Count > 1 && row.MunicipalityText is not null)
        {
            var (municipality, _) = context.Comuni.Find(row.MunicipalityText, null, null);
            matches = matches.Where(m => municipality is not null && m.Istat == municipality.IstatCode).ToList();
        }

        switch (matches.Count)
        {
            case 1:
                return (matches[0].Id, matches[0].Name);
            case 0:
                errors.Add($"Azienda «{row.CompanyName}» non trovata: importa prima l'azienda o indica la partita IVA.");
                return null;
            default:
                errors.Add($"Più aziende si chiamano come «{row.CompanyName}»: indica la partita IVA o il comune.");
                return null;
        }
    }

    private string? FindUser(ActivityRow row, List<string> errors)
    {
        if (row.User is null)
        {
            return Run.UserId;
        }

        if (_userByEmail.TryGetValue(row.User, out var byEmail))
        {
            return byEmail;
        }

        if (_usersByName.TryGetValue(SearchText.Fold(row.User), out var byName) && byName.Count == 1)
        {
            return byName[0];
        }

        errors.Add($"Utente «{row.User}» non trovato tra gli utenti del CRM: indica la sua e-mail o lascia vuoto per attribuire l'attività a te.");
        return null;
    }

    public override async Task ApplyAsync(CrmDbContext db, IReadOnlyList<PlannedRow> rows, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        var companyIds = rows.Select(r => r.Work).OfType<Work>().Select(w => w.CompanyId).Distinct().ToList();
        var companies = await db.Companies.Include(c => c.Contacts).Where(c => companyIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        foreach (var planned in rows)
        {
            var result = new ImportRowResult { RunId = Run.Id, Line = planned.Line, Outcome = planned.Outcome, Label = planned.Label.Length > 200 ? planned.Label[..200] : planned.Label, Reason = planned.Reason, CompanyId = planned.ExistingId };
            db.ImportRowResults.Add(result);
            if (planned.Work is not Work work)
            {
                continue;
            }

            var company = companies[work.CompanyId];
            var contact = work.Row.ContactName is { } name ? company.Contacts.FirstOrDefault(c => SearchText.Fold(c.FullName) == SearchText.Fold(name)) : null;
            if (work.Row.ContactName is not null && contact is null)
            {
                result.Reason += $" Referente «{work.Row.ContactName}» non tra i contatti dell'azienda: attività registrata senza referente.";
            }

            var activity = new Activity
            {
                CompanyId = company.Id,
                ContactId = contact?.Id,
                Type = work.Row.Type,
                Outcome = work.Row.Outcome,
                OccurredAt = work.Row.OccurredAt,
                UserId = work.UserId,
                Notes = work.Row.Notes,
                ImportRunId = Run.Id,
            };
            db.Activities.Add(activity);
            company.RecordActivity(activity.Type, DateOnly.FromDateTime(activity.OccurredAt));
            result.Activity = activity;
            result.RowKey = work.Row.Key;
        }
    }
}
