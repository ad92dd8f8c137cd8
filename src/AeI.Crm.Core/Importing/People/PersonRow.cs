using System.Globalization;
using AeI.Crm.Candidates;
using AeI.Crm.Common;
using AeI.Crm.Contacts;
using AeI.Crm.Importing.Reading;

namespace AeI.Crm.Importing.People;

/// <summary>
/// A person's row read and checked as the person form checks it. Messages never repeat a sensitive
/// value (law-68 category, target group): the report is kept after the run and may be downloaded,
/// so it names the column, not what the cell said.
/// </summary>
public sealed class PersonRow : IReadRow
{
    private static readonly CultureInfo Italian = CultureInfo.GetCultureInfo("it-IT");

    private static readonly string[] DateFormats =
        ["d/M/yyyy", "d/M/yy", "d-M-yyyy", "d.M.yyyy", "yyyy-M-d", "d/M/yyyy H:mm", "d/M/yyyy H:mm:ss", "yyyy-M-d H:mm:ss", "yyyy-M-dTH:mm:ss"];

    public int Line { get; init; }

    public string FirstName { get; init; } = "";

    public string LastName { get; init; } = "";

    public int BirthYear { get; init; }

    public string Gender { get; init; } = "X";

    public string? ResidenceIstat { get; init; }

    public DateOnly TakenInChargeOn { get; init; }

    public string? Email { get; init; }

    /// <summary>E.164.</summary>
    public string? Phone { get; init; }

    /// <summary>Null when the file does not say.</summary>
    public EducationLevel? Education { get; init; }

    public CefrLevel? ItalianLevel { get; init; }

    public IReadOnlyList<string> DrivingLicences { get; init; } = [];

    public bool? HasCar { get; init; }

    public IReadOnlyList<string> Skills { get; init; } = [];

    public string? Profile { get; init; }

    public CandidateStatus Status { get; init; } = CandidateStatus.Active;

    public DateOnly? ClosedOn { get; init; }

    public ClosureOutcome? ClosureOutcome { get; init; }

    /// <summary>Null when the file does not say (or the importer may not see it).</summary>
    [SensitiveData]
    public ProtectedCategory? ProtectedCategory { get; init; }

    /// <summary>Null when the file does not say (or the importer may not see it).</summary>
    [SensitiveData]
    public TargetGroup? TargetGroup { get; init; }

    public List<string> Errors { get; } = [];

    public List<string> Corrections { get; } = [];

    /// <summary>
    /// The row's key: the caseload and the row's values, the sensitive ones left out, so the key
    /// (kept with the report) says nothing about them, and the same row in another caseload is
    /// another row.
    /// </summary>
    public string Key { get; init; } = "";

    /// <summary>"Rossi M.": enough to find the row in the file, no more, for previews and reports.</summary>
    public string Label => LastName.Length == 0 ? "" : FirstName.Length == 0 ? LastName : $"{LastName} {FirstName[0]}.";

    /// <summary>Reads one line with the mapping, never throwing: every problem is an Italian message.</summary>
    public static PersonRow Read(ImportLine line, ColumnMapping mapping, int caseloadId, ImportContext context)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(context);
        string Cell(ImportField f) => Cells.Clean(mapping.Value(line, f));
        var errors = new List<string>();
        var corrections = new List<string>();
        var today = context.Today;

        var (last, first) = Names(Cell(ImportFields.LastName), Cell(ImportFields.FirstName), Cell(ImportFields.FullName), errors, corrections);

        var birthText = Cell(ImportFields.BirthYear);
        var birthYear = 0;
        if (birthText.Length == 0)
        {
            errors.Add("Manca l'anno di nascita.");
        }
        else if (YearOf(birthText) is not { } year)
        {
            errors.Add($"«{birthText}» non è un anno né una data di nascita (ad esempio 1985 o 15/03/1985).");
        }
        else if (year > today.Year - 15 || year < today.Year - 90)
        {
            errors.Add($"L'anno di nascita deve essere tra {today.Year - 90} e {today.Year - 15}.");
        }
        else
        {
            birthYear = year;
        }

        var genderText = Cell(ImportFields.Gender);
        var gender = GenderOf(genderText);
        if (gender is null)
        {
            errors.Add(genderText.Length == 0 ? "Manca il genere (F, M o X)." : $"Genere «{genderText}» non riconosciuto: scrivi F, M o X.");
        }

        var (residence, residenceError) = context.Comuni.Find(Cell(ImportFields.Residence), Cell(ImportFields.Province), Cell(ImportFields.IstatCode));
        if (residenceError is not null)
        {
            errors.Add(residenceError);
        }
        else if (residence is null)
        {
            errors.Add("Manca il comune di residenza.");
        }

        var takenText = Cell(ImportFields.TakenInChargeOn);
        var taken = default(DateOnly);
        if (takenText.Length == 0)
        {
            errors.Add("Manca la data di presa in carico.");
        }
        else if (DateOf(takenText) is not { } takenOn)
        {
            errors.Add($"La presa in carico «{takenText}» non è una data (ad esempio 15/03/2020).");
        }
        else if (takenOn > today)
        {
            errors.Add("La presa in carico non può essere nel futuro.");
        }
        else
        {
            taken = takenOn;
        }

        var email = Cells.Email(Cell(ImportFields.PersonEmail), errors);
        var phone = Cells.Phone(Cell(ImportFields.PersonPhone), errors);

        var educationText = Cell(ImportFields.Education);
        var education = EducationOf(educationText);
        if (educationText.Length > 0 && education is null)
        {
            errors.Add($"Titolo di studio «{educationText}» non riconosciuto: scrivi nessuno, elementare, media, qualifica, diploma, laurea o titolo estero.");
        }

        var italianText = Cell(ImportFields.ItalianLevel);
        var italian = LevelOf(italianText);
        if (italianText.Length > 0 && italian is null)
        {
            errors.Add($"Livello di italiano «{italianText}» non riconosciuto: scrivi A1, A2, B1, B2, C1, C2 o madrelingua.");
        }

        var licences = Licences(Cell(ImportFields.DrivingLicences), errors, corrections);

        var carText = Cell(ImportFields.HasCar);
        var car = Cells.YesNo(carText);
        if (carText.Length > 0 && car is null)
        {
            errors.Add($"«{carText}» nella colonna dell'auto non è chiaro: scrivi sì o no.");
        }

        var skills = mapping.Value(line, ImportFields.Skills).Split([',', ';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(s => s.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (skills.Any(s => s.Length > 100))
        {
            errors.Add("Una competenza supera 100 caratteri: separale con virgole.");
        }

        var profile = mapping.Value(line, ImportFields.Profile).Trim();
        if (profile.Length > 8000)
        {
            errors.Add("Il profilo supera 8.000 caratteri.");
        }

        var statusText = Cell(ImportFields.PathStatus);
        var status = statusText.Length == 0 ? CandidateStatus.Active : StatusOf(statusText);
        if (status is null)
        {
            errors.Add($"Stato «{statusText}» non riconosciuto: scrivi in carico, in tirocinio, assunto o chiuso.");
        }

        var closedText = Cell(ImportFields.ClosedOn);
        var closedOn = closedText.Length == 0 ? null : DateOf(closedText);
        if (closedText.Length > 0 && closedOn is null)
        {
            errors.Add($"La data di chiusura «{closedText}» non è una data.");
        }
        else if (closedOn > today)
        {
            errors.Add("La chiusura non può essere nel futuro.");
        }

        var closureText = Cell(ImportFields.ClosureOutcome);
        var closure = closureText.Length == 0 ? null : ClosureOf(closureText);
        if (closureText.Length > 0 && closure is null)
        {
            errors.Add($"Esito «{closureText}» non riconosciuto: scrivi assunzione, tirocinio concluso, abbandono, restituito al servizio, trasferimento o altro.");
        }

        // A closing date with no status says the path is closed.
        if (statusText.Length == 0 && closedOn is not null)
        {
            status = closure == Candidates.ClosureOutcome.Hired ? CandidateStatus.Placed : CandidateStatus.Closed;
        }

        if (status is { } s && errors.Count == 0 && Candidate.WhyNotValidPath(s, taken, closedOn, closure) is { } pathError)
        {
            errors.Add(pathError);
        }

        ProtectedCategory? category = null;
        TargetGroup? target = null;
        if (context.MaySeeSensitive)
        {
            var categoryText = Cell(ImportFields.ProtectedCategory);
            category = categoryText.Length == 0 ? null : CategoryOf(categoryText);
            if (categoryText.Length > 0 && category is null)
            {
                errors.Add("Il valore nella colonna della categoria protetta non è riconosciuto: scrivi art. 1, art. 18 o no.");
            }

            var targetText = Cell(ImportFields.TargetGroup);
            target = targetText.Length == 0 ? null : TargetOf(targetText);
            if (targetText.Length > 0 && target is null)
            {
                errors.Add("Il valore nella colonna della fragilità non è riconosciuto: scrivi ad esempio rifugiato, migrante, ex detenuto, NEET, violenza, disabilità, disoccupato di lunga durata o nessuna.");
            }
        }

        var closed = status is CandidateStatus.Closed or CandidateStatus.Placed;
        var row = new PersonRow
        {
            Line = line.Line,
            LastName = last,
            FirstName = first,
            BirthYear = birthYear,
            Gender = gender ?? "X",
            ResidenceIstat = residence?.IstatCode,
            TakenInChargeOn = taken,
            Email = email,
            Phone = phone,
            Education = education,
            ItalianLevel = italian,
            DrivingLicences = licences,
            HasCar = car,
            Skills = skills,
            Profile = Cells.Nullable(profile),
            Status = status ?? CandidateStatus.Active,
            ClosedOn = closed ? closedOn : null,
            ClosureOutcome = closed ? closure : null,
            ProtectedCategory = category,
            TargetGroup = target,
            Key = RowKey.Of(
                ImportKind.People, caseloadId.ToString(CultureInfo.InvariantCulture), last, first, birthYear.ToString(CultureInfo.InvariantCulture), gender,
                residence?.IstatCode, taken.ToString("O", CultureInfo.InvariantCulture), email, phone, education?.ToString(), italian?.ToString(),
                string.Join(',', licences), car?.ToString(), string.Join('|', skills), profile, status?.ToString(), closedOn?.ToString("O", CultureInfo.InvariantCulture), closure?.ToString()),
        };
        row.Errors.AddRange(errors);
        row.Corrections.AddRange(corrections);
        return row;
    }

    /// <summary>
    /// The name from its two columns, or from "Cognome e nome" ("ROSSI Mario", "De Luca Anna"): the
    /// surname is the words in capitals before the rest, else every word but the last.
    /// </summary>
    private static (string Last, string First) Names(string lastText, string firstText, string fullText, List<string> errors, List<string> corrections)
    {
        if (lastText.Length == 0 && firstText.Length == 0 && fullText.Length > 0)
        {
            var words = fullText.Split(' ');
            if (words.Length < 2)
            {
                errors.Add($"«{fullText}»: servono cognome e nome.");
                return (NameCase(fullText), "");
            }

            var capitals = words.TakeWhile(w => w.Any(char.IsLetter) && w.Where(char.IsLetter).All(char.IsUpper)).Count();
            var split = capitals > 0 && capitals < words.Length ? capitals : words.Length - 1;
            var (last, first) = (NameCase(string.Join(' ', words[..split])), NameCase(string.Join(' ', words[split..])));
            corrections.Add($"«{fullText}» letto come cognome «{last}» e nome «{first}».");
            return (last, first);
        }

        if (lastText.Length == 0)
        {
            errors.Add("Manca il cognome.");
        }

        if (firstText.Length == 0)
        {
            errors.Add("Manca il nome.");
        }

        if (lastText.Length > 80 || firstText.Length > 80)
        {
            errors.Add("Il nome o il cognome supera 80 caratteri.");
        }

        return (NameCase(lastText), NameCase(firstText));
    }

    /// <summary>A name written all in capitals (or all in small letters) as names are written: "DE LUCA" → "De Luca", "d'amico" → "D'Amico".</summary>
    public static string NameCase(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var letters = name.Where(char.IsLetter).ToList();
        if (letters.Count == 0 || (!letters.All(char.IsUpper) && !letters.All(char.IsLower)))
        {
            return name;
        }

        var chars = name.ToLower(Italian).ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 0 || chars[i - 1] is ' ' or '\'' or '-' or '’')
            {
                chars[i] = char.ToUpper(chars[i], Italian);
            }
        }

        return new string(chars);
    }

    public static int? YearOf(string text)
    {
        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return year;
        }

        return DateOf(text)?.Year;
    }

    public static DateOnly? DateOf(string text) =>
        DateTime.TryParseExact(text, DateFormats, Italian, DateTimeStyles.AllowWhiteSpaces, out var date) ? DateOnly.FromDateTime(date) : null;

    public static string? GenderOf(string text) => SearchText.Fold(text) switch
    {
        "F" or "FEMMINA" or "DONNA" or "FEMMINILE" => "F",
        "M" or "MASCHIO" or "UOMO" or "MASCHILE" => "M",
        "X" or "ALTRO" or "NON BINARIO" or "NON BINARIA" or "NB" => "X",
        _ => null,
    };

    public static EducationLevel? EducationOf(string text)
    {
        var t = " " + SearchText.Fold(text).Replace('.', ' ') + " ";
        return t switch
        {
            _ when t.Trim().Length == 0 => null,
            _ when Has(t, "ESTER", "NON RICONOSC") => EducationLevel.ForeignNotRecognised,
            _ when Has(t, "LAUREA", "MASTER", "DOTTORATO", "UNIVERSIT") => EducationLevel.Degree,
            _ when Has(t, "DIPLOMA", "MATURITA", "SUPERIORE", "SECONDO GRADO") => EducationLevel.Diploma,
            _ when Has(t, "QUALIFICA", "PROFESSIONALE", "IEFP", "CFP") => EducationLevel.VocationalQualification,
            _ when Has(t, "MEDIA", "MEDIE", "PRIMO GRADO", "TERZA") => EducationLevel.LowerSecondary,
            _ when Has(t, "ELEMENTAR", "PRIMARIA") => EducationLevel.PrimarySchool,
            _ when Has(t, " NESSUN", " NO ", "SENZA") => EducationLevel.None,
            _ => null,
        };
    }

    public static CefrLevel? LevelOf(string text)
    {
        var t = SearchText.Fold(text).Replace(" ", "", StringComparison.Ordinal);
        if (t.StartsWith("MADRELINGUA", StringComparison.Ordinal) || t == "NATIVO" || t == "NATIVA")
        {
            return CefrLevel.Native;
        }

        return Enum.TryParse<CefrLevel>(t, out var level) && Enum.IsDefined(level) && t.Length == 2 ? level : null;
    }

    public static CandidateStatus? StatusOf(string text)
    {
        var t = " " + SearchText.Fold(text) + " ";
        return t switch
        {
            _ when Has(t, "TIROCINIO", "STAGE") && !Has(t, "CONCLUS") => CandidateStatus.InInternship,
            _ when Has(t, "ASSUNT", "INSERIT", "OCCUPAT") => CandidateStatus.Placed,
            _ when Has(t, "CHIUS", "CONCLUS", "DIMESS", "ARCHIVIAT") => CandidateStatus.Closed,
            _ when Has(t, "CARICO", "ATTIV", "APERT", "IN CORSO") => CandidateStatus.Active,
            _ => null,
        };
    }

    public static ClosureOutcome? ClosureOf(string text)
    {
        var t = " " + SearchText.Fold(text) + " ";
        return t switch
        {
            _ when Has(t, "TIROCINIO") => Candidates.ClosureOutcome.InternshipCompleted,
            _ when Has(t, "ASSUN", "ASSUNT", "CONTRATTO") => Candidates.ClosureOutcome.Hired,
            _ when Has(t, "ABBANDON", "RITIR", "RINUNC", "DROP") => Candidates.ClosureOutcome.Dropout,
            _ when Has(t, "RESTITU", "RIENTR", "RINVI") => Candidates.ClosureOutcome.ReturnedToService,
            _ when Has(t, "TRASFER") => Candidates.ClosureOutcome.Moved,
            _ when Has(t, "ALTRO") => Candidates.ClosureOutcome.Other,
            _ => null,
        };
    }

    public static ProtectedCategory? CategoryOf(string text)
    {
        var t = " " + SearchText.Fold(text).Replace('.', ' ') + " ";
        return t switch
        {
            _ when Has(t, " 18 ") => Candidates.ProtectedCategory.Article18,
            _ when Has(t, " 1 ", "DISABIL", "INVALID") => Candidates.ProtectedCategory.Article1,
            _ when Has(t, " NO ", "NESSUN", " NON ISCRITT") || t.Trim() == "-" => Candidates.ProtectedCategory.None,
            _ => null,
        };
    }

    public static TargetGroup? TargetOf(string text)
    {
        var t = " " + SearchText.Fold(text) + " ";
        return t switch
        {
            _ when Has(t, "VIOLENZA") => Candidates.TargetGroup.WomanLeavingViolence,
            _ when Has(t, "RIFUGIAT", "PROTEZIONE", "ASILO", "RICHIEDENT") => Candidates.TargetGroup.Refugee,
            _ when Has(t, "DETENUT", "CARCER", "PENAL", "UEPE", "MESSA ALLA PROVA", "AFFIDAMENTO IN PROVA", "ART 21") => Candidates.TargetGroup.ExDetainee,
            _ when Has(t, "DISABIL", "INVALID") => Candidates.TargetGroup.Disability,
            _ when Has(t, "NEET", "GIOVAN") => Candidates.TargetGroup.Neet,
            _ when Has(t, "LUNGA DURATA", "DISOCCUP") => Candidates.TargetGroup.LongTermUnemployed,
            _ when Has(t, "MIGRANT", "STRANIER") => Candidates.TargetGroup.Migrant,
            _ when Has(t, " NO ", "NESSUN") => Candidates.TargetGroup.None,
            _ => null,
        };
    }

    /// <summary>"B", "B, C", "AM B": the categories; "sì" is read as B and said so; "no" as none.</summary>
    private static List<string> Licences(string text, List<string> errors, List<string> corrections)
    {
        if (text.Length == 0 || Cells.YesNo(text) == false || SearchText.Fold(text) is "NESSUNA" or "NESSUNO")
        {
            return [];
        }

        if (Cells.YesNo(text) == true)
        {
            corrections.Add($"Patente «{text}» letta come patente B.");
            return ["B"];
        }

        var known = new HashSet<string>(StringComparer.Ordinal) { "AM", "A1", "A2", "A", "B1", "B", "BE", "C1", "C1E", "C", "CE", "D1", "D1E", "D", "DE", "CQC", "KB", "KA" };
        var list = new List<string>();
        foreach (var part in text.ToUpperInvariant().Replace("PATENTE", " ", StringComparison.Ordinal).Split([',', ';', ' ', '/', '+'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!known.Contains(part))
            {
                errors.Add($"Patente «{part}» non riconosciuta: scrivi le categorie separate da virgole (ad esempio B, C).");
                return [];
            }

            if (!list.Contains(part))
            {
                list.Add(part);
            }
        }

        return list;
    }

    private static bool Has(string text, params string[] words) => words.Any(w => text.Contains(w, StringComparison.Ordinal));
}
