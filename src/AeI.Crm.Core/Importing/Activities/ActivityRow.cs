using System.Globalization;
using AeI.Crm.Activities;
using AeI.Crm.Common;
using AeI.Crm.Companies;
using AeI.Crm.Importing.Reading;

namespace AeI.Crm.Importing.Activities;

/// <summary>An activity row read and checked: date, type, outcome as the CRM knows them.</summary>
public sealed class ActivityRow
{
    private static readonly CultureInfo Italian = CultureInfo.GetCultureInfo("it-IT");

    private static readonly string[] Formats =
    [
        "d/M/yyyy", "d/M/yy", "d-M-yyyy", "d.M.yyyy", "yyyy-M-d",
        "d/M/yyyy H:mm", "d/M/yyyy H.mm", "d/M/yy H:mm", "d-M-yyyy H:mm", "yyyy-M-d H:mm", "yyyy-M-dTH:mm", "yyyy-M-d H:mm:ss", "yyyy-M-dTH:mm:ss",
    ];

    private static readonly string[] VideoWords = ["VIDEO", "TEAMS", "ZOOM", "MEET", "SKYPE"];

    private static readonly string[] VisitWords = ["VISITA", "SOPRALLUOGO", "IN SEDE", "IN AZIENDA", "INCONTRO"];

    private static readonly string[] EventWords = ["EVENTO", "FIERA", "CAREER DAY", "JOB DAY", "WORKSHOP", "CONVEGNO"];

    private static readonly string[] EmailWords = ["MAIL", " PEC "];

    private static readonly string[] CallWords = ["TELEFON", "CHIAMATA", " TEL ", " TEL. ", "CELLULARE"];

    public int Line { get; init; }

    public DateTime OccurredAt { get; init; }

    public ActivityType Type { get; init; }

    public ActivityOutcome Outcome { get; init; }

    public string CompanyName { get; init; } = "";

    public string? VatNumber { get; init; }

    public string? MunicipalityText { get; init; }

    public string? ContactName { get; init; }

    public string? User { get; init; }

    public string? Notes { get; init; }

    public List<string> Errors { get; } = [];

    public string Key { get; init; } = "";

    public static ActivityRow Read(ImportLine line, ColumnMapping mapping, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(mapping);
        string Cell(ImportField f) => string.Join(' ', mapping.Value(line, f).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var errors = new List<string>();

        var dateText = Cell(ImportFields.ActivityDate);
        var occurred = default(DateTime);
        if (dateText.Length == 0)
        {
            errors.Add("Manca la data.");
        }
        else if (!DateTime.TryParseExact(dateText, Formats, Italian, DateTimeStyles.AllowWhiteSpaces, out occurred))
        {
            errors.Add($"La data «{dateText}» non è una data (ad esempio 15/03/2020).");
        }
        else if (DateOnly.FromDateTime(occurred) > today)
        {
            errors.Add($"La data {occurred:dd/MM/yyyy} è nel futuro: lo storico contiene solo attività svolte.");
        }
        else if (occurred.Year < 1990)
        {
            errors.Add($"La data {occurred:dd/MM/yyyy} è troppo lontana.");
        }

        var typeText = Cell(ImportFields.ActivityType);
        var type = TypeOf(typeText);
        if (type is null)
        {
            errors.Add(typeText.Length == 0
                ? "Manca il tipo di attività."
                : $"Tipo «{typeText}» non riconosciuto: usa telefonata, e-mail, videochiamata, visita o evento.");
        }

        var outcomeText = Cell(ImportFields.ActivityOutcome);
        var outcome = OutcomeOf(outcomeText);
        if (outcome is null)
        {
            errors.Add($"Esito «{outcomeText}» non riconosciuto: usa positivo, neutro, negativo o nessuna risposta.");
        }

        var company = Cell(ImportFields.ActivityCompany);
        var vat = PartitaIva.Normalize(Cell(ImportFields.VatNumber));
        if (vat is { Length: 9 or 10 } && vat.All(char.IsAsciiDigit))
        {
            vat = vat.PadLeft(11, '0');
        }

        if (vat is not null && !PartitaIva.IsValid(vat))
        {
            errors.Add($"La partita IVA «{vat}» non è valida.");
            vat = null;
        }

        if (company.Length == 0 && vat is null)
        {
            errors.Add("Manca l'azienda (ragione sociale o partita IVA).");
        }

        var notes = mapping.Value(line, ImportFields.ActivityNotes).Trim();
        if (notes.Length > 4000)
        {
            errors.Add("La nota supera 4.000 caratteri.");
        }

        var row = new ActivityRow
        {
            Line = line.Line,
            OccurredAt = occurred.TimeOfDay == TimeSpan.Zero ? occurred.Date.AddHours(9) : occurred,
            Type = type ?? ActivityType.Call,
            Outcome = outcome ?? ActivityOutcome.Neutral,
            CompanyName = company,
            VatNumber = vat,
            MunicipalityText = Cells.Nullable(Cell(ImportFields.Municipality)),
            ContactName = Cells.Nullable(Cell(ImportFields.ContactName)),
            User = Cells.Nullable(Cell(ImportFields.ActivityUser)),
            Notes = Cells.Nullable(notes),
            Key = RowKey.Of(ImportKind.Activities, occurred.ToString("s", CultureInfo.InvariantCulture), type?.ToString(), outcome?.ToString(), company, vat, Cell(ImportFields.Municipality), Cell(ImportFields.ContactName), Cell(ImportFields.ActivityUser), notes),
        };
        row.Errors.AddRange(errors);
        return row;
    }

    /// <summary>The type from the words spreadsheets use ("Telefonata", "visita in azienda", "Teams").</summary>
    public static ActivityType? TypeOf(string text)
    {
        var t = " " + SearchText.Fold(text).Replace('-', ' ') + " ";
        if (t.Trim().Length == 0)
        {
            return null;
        }

        if (VideoWords.Any(w => t.Contains(w, StringComparison.Ordinal)))
        {
            return ActivityType.VideoCall;
        }

        if (VisitWords.Any(w => t.Contains(w, StringComparison.Ordinal)))
        {
            return ActivityType.OnSiteVisit;
        }

        if (EventWords.Any(w => t.Contains(w, StringComparison.Ordinal)))
        {
            return ActivityType.Event;
        }

        if (EmailWords.Any(w => t.Contains(w, StringComparison.Ordinal)))
        {
            return ActivityType.Email;
        }

        if (CallWords.Any(w => t.Contains(w, StringComparison.Ordinal)))
        {
            return ActivityType.Call;
        }

        return null;
    }

    public static ActivityOutcome? OutcomeOf(string text)
    {
        var t = SearchText.Fold(text);
        return t switch
        {
            "" => ActivityOutcome.Neutral,
            _ when t.StartsWith("POSITIV", StringComparison.Ordinal) || t == "OK" => ActivityOutcome.Positive,
            _ when t.StartsWith("NEGATIV", StringComparison.Ordinal) || t == "KO" => ActivityOutcome.Negative,
            _ when t.StartsWith("NEUTR", StringComparison.Ordinal) || t.StartsWith("INTERLOCUTOR", StringComparison.Ordinal) => ActivityOutcome.Neutral,
            _ when t.Contains("RISPOND", StringComparison.Ordinal) || t.Contains("RISPOSTA", StringComparison.Ordinal) || t.Contains("IRRAGGIUNGIBILE", StringComparison.Ordinal) => ActivityOutcome.NoAnswer,
            _ => null,
        };
    }

}
