using AeI.Crm.Candidates;
using AeI.Crm.Common;
using AeI.Crm.Importing.Reading;
using AeI.Crm.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Importing.People;

/// <summary>
/// People into one caseload (the run's), which the importing mediator follows. Rows are checked
/// against that caseload only: a person of another caseload is never looked at, so the preview and
/// the report can never tell that someone is followed elsewhere. The same surname, name and birth
/// year (in either order) already in the caseload, or earlier in the file, is the same person:
/// skipped by default, or merged (empty fields filled, nothing overwritten) or created all the same
/// as the user chooses. A closed caseload takes no one. New people are followed by the importer.
/// </summary>
public sealed class PersonImport(ImportRun run, ColumnMapping mapping, ImportContext context) : RecordImport<PersonRow, Candidate>(run, mapping)
{
    private readonly Dictionary<string, Known> _byIdentity = new(StringComparer.Ordinal);
    private string? _closedCaseload;

    /// <summary>A person the rows are checked against: in the caseload (Id), or created by an earlier row.</summary>
    private sealed class Known : KnownRecord<Candidate>
    {
        public string Label { get; init; } = "";

        public string Describe() => Id > 0 ? $"«{Label}», già nel servizio" : $"«{Label}» (creata alla riga {CreatedAtLine})";
    }

    private int CaseloadId => Run.CaseloadId ?? throw new InvalidOperationException($"Import {Run.Id} of people has no caseload.");

    public override async Task LoadAsync(CrmDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        _byIdentity.Clear();
        ImportedKeys.Clear();
        var caseloadId = CaseloadId;
        var caseload = await db.Caseloads.AsNoTracking().Where(c => c.Id == caseloadId).Select(c => new { c.Name, c.IsActive }).SingleAsync(ct);
        _closedCaseload = caseload.IsActive ? null : caseload.Name;
        var people = await db.Candidates.AsNoTracking().Where(c => c.CaseloadId == caseloadId)
            .Select(c => new { c.Id, c.FirstName, c.LastName, c.BirthYear }).ToListAsync(ct);
        foreach (var p in people)
        {
            var label = p.FirstName.Length == 0 ? p.LastName : $"{p.LastName} {p.FirstName[0]}.";
            _byIdentity.TryAdd(Identity(p.LastName, p.FirstName, p.BirthYear), new Known { Id = p.Id, Label = label });
        }

        // Keys of this caseload's imports only: the keys hold the caseload, so no other caseload's can match.
        ImportedKeys.UnionWith(await db.ImportRowResults.AsNoTracking()
            .Where(r => r.RowKey != null && db.ImportRuns.Any(x => x.Id == r.RunId && x.Kind == ImportKind.People && x.CaseloadId == caseloadId))
            .Select(r => r.RowKey!).ToListAsync(ct));
    }

    private static string Identity(string last, string first, int birthYear) =>
        $"{SearchText.Fold(last)}|{SearchText.Fold(first)}|{birthYear}";

    public override PlannedRow Plan(ImportLine line)
    {
        var row = PersonRow.Read(line, Mapping, CaseloadId, context);
        var label = row.Label.Length > 0 ? row.Label : $"(riga {line.Line})";
        if (_closedCaseload is not null)
        {
            return new PlannedRow { Line = line.Line, Outcome = RowOutcome.Rejected, Label = label, Reason = $"Il servizio «{_closedCaseload}» è chiuso: non si aggiungono persone." };
        }

        if (row.Errors.Count > 0)
        {
            return new PlannedRow { Line = line.Line, Outcome = RowOutcome.Rejected, Label = label, Reason = string.Join(" ", row.Errors) };
        }

        var corrections = row.Corrections.Count > 0 ? " " + string.Join(" ", row.Corrections) : "";
        if (ImportedKeys.Contains(row.Key))
        {
            return new PlannedRow { Line = line.Line, Outcome = RowOutcome.Skipped, Label = label, Duplicate = DuplicateKind.AlreadyImported, Reason = "Riga già importata, identica: nessuna modifica." };
        }

        var same = _byIdentity.GetValueOrDefault(Identity(row.LastName, row.FirstName, row.BirthYear))
            ?? _byIdentity.GetValueOrDefault(Identity(row.FirstName, row.LastName, row.BirthYear));
        if (same is not null)
        {
            var what = $"Stessi cognome, nome e anno di nascita di {same.Describe()}";
            return ActionFor(line.Line, Run.SimilarName) switch
            {
                DuplicateAction.Merge => new PlannedRow
                {
                    Line = row.Line, Outcome = RowOutcome.Merged, Label = label, Reason = what + ": unita." + corrections, Duplicate = DuplicateKind.SamePerson,
                    ExistingId = same.Id, ExistingName = same.Label, Key = row.Key, Work = WorkFor(row, same),
                },
                DuplicateAction.Create => Create(row, label, same, what + ": creata comunque." + corrections),
                _ => new PlannedRow
                {
                    Line = row.Line, Outcome = RowOutcome.Skipped, Label = label, Duplicate = DuplicateKind.SamePerson,
                    Reason = what + ": saltata. Se è un'altra persona scegli «Crea comunque»; per completare la scheda scegli «Unisci».",
                    ExistingId = same.Id, ExistingName = same.Label,
                },
            };
        }

        return Create(row, label, null, corrections.Length > 0 ? corrections.Trim() : null);
    }

    private PlannedRow Create(PersonRow row, string label, Known? like, string? reason)
    {
        var known = new Known { Label = label, CreatedAtLine = row.Line };
        _byIdentity.TryAdd(Identity(row.LastName, row.FirstName, row.BirthYear), known);
        return new PlannedRow
        {
            Line = row.Line, Outcome = RowOutcome.Created, Label = label, Reason = reason, Duplicate = like is null ? DuplicateKind.None : DuplicateKind.SamePerson,
            ExistingId = like?.Id, ExistingName = like?.Label, Key = row.Key, Work = WorkFor(row, known),
        };
    }

    protected override Task<Dictionary<int, Candidate>> ForMergeAsync(CrmDbContext db, List<int> ids, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var caseloadId = CaseloadId;
        return db.Candidates.Where(c => c.CaseloadId == caseloadId && ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
    }

    protected override Candidate Create(CrmDbContext db, PersonRow row)
    {
        ArgumentNullException.ThrowIfNull(db);
        var candidate = NewCandidate(row);
        db.Candidates.Add(candidate);
        return candidate;
    }

    protected override void PointTo(ImportRowResult result, Candidate? record, int? existingId)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (record is null)
        {
            result.CandidateId = existingId;
        }
        else
        {
            result.Candidate = record;
        }
    }

    protected override int IdOf(Candidate record) => record?.Id ?? throw new ArgumentNullException(nameof(record));

    private Candidate NewCandidate(PersonRow row)
    {
        var candidate = new Candidate
        {
            CaseloadId = CaseloadId,
            MediatorId = Run.UserId,
            FirstName = row.FirstName,
            LastName = row.LastName,
            BirthYear = row.BirthYear,
            Gender = row.Gender,
            Email = row.Email,
            Phone = row.Phone,
            ResidenceIstat = row.ResidenceIstat,
            Education = row.Education ?? EducationLevel.None,
            Languages = row.ItalianLevel is { } level ? [new LanguageSkill { Code = "it", Level = level }] : [],
            DrivingLicences = [.. row.DrivingLicences],
            HasCar = row.HasCar ?? false,
            Skills = [.. row.Skills],
            Profile = row.Profile,
            TakenInChargeOn = row.TakenInChargeOn,
            ProtectedCategory = row.ProtectedCategory ?? ProtectedCategory.None,
            TargetGroup = row.TargetGroup ?? TargetGroup.None,
        };
        candidate.SetPath(row.Status, row.ClosedOn, row.ClosureOutcome);
        return candidate;
    }

    /// <summary>
    /// Fills what the person's record lacks; returns the Italian names of what was added (never a
    /// sensitive value: "dati riservati" says only that something was filled).
    /// </summary>
    protected override List<string> Fill(Candidate candidate, PersonRow row)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(row);
        var added = new List<string>();
        if (candidate.Email is null && row.Email is not null)
        {
            candidate.Email = row.Email;
            added.Add("e-mail");
        }

        if (candidate.Phone is null && row.Phone is not null)
        {
            candidate.Phone = row.Phone;
            added.Add("telefono");
        }

        if (candidate.ResidenceIstat is null && row.ResidenceIstat is not null)
        {
            candidate.ResidenceIstat = row.ResidenceIstat;
            added.Add("comune di residenza");
        }

        if (candidate.Education == EducationLevel.None && row.Education is { } education and not EducationLevel.None)
        {
            candidate.Education = education;
            added.Add("titolo di studio");
        }

        if (candidate.ItalianLevel is null && row.ItalianLevel is { } level)
        {
            candidate.Languages = [.. candidate.Languages, new LanguageSkill { Code = "it", Level = level }];
            added.Add("livello di italiano");
        }

        var licences = row.DrivingLicences.Where(l => !candidate.DrivingLicences.Contains(l)).ToList();
        if (licences.Count > 0)
        {
            candidate.DrivingLicences = [.. candidate.DrivingLicences, .. licences];
            added.Add("patenti");
        }

        if (!candidate.HasCar && row.HasCar == true)
        {
            candidate.HasCar = true;
            added.Add("auto");
        }

        var skills = row.Skills.Where(s => !candidate.Skills.Contains(s, StringComparer.OrdinalIgnoreCase)).ToList();
        if (skills.Count > 0)
        {
            candidate.Skills = [.. candidate.Skills, .. skills];
            added.Add("competenze");
        }

        if (string.IsNullOrWhiteSpace(candidate.Profile) && row.Profile is not null)
        {
            candidate.Profile = row.Profile;
            added.Add("profilo");
        }

        var sensitive = false;
        if (candidate.ProtectedCategory == ProtectedCategory.None && row.ProtectedCategory is { } category and not ProtectedCategory.None)
        {
            candidate.ProtectedCategory = category;
            sensitive = true;
        }

        if (candidate.TargetGroup == TargetGroup.None && row.TargetGroup is { } target and not TargetGroup.None)
        {
            candidate.TargetGroup = target;
            sensitive = true;
        }

        if (sensitive)
        {
            added.Add("dati riservati");
        }

        return added;
    }
}
