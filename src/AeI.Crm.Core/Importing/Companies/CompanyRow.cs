using System.Globalization;
using AeI.Crm.Companies;
using AeI.Crm.Contacts;
using AeI.Crm.Importing.Reading;

namespace AeI.Crm.Importing.Companies;

/// <summary>A company row read, normalised and checked: what is wrong (rejects it) and what was corrected.</summary>
public sealed partial class CompanyRow : IReadRow
{
    public int Line { get; init; }

    public string LegalName { get; init; } = "";

    public string? VatNumber { get; init; }

    public string? FiscalCode { get; init; }

    public string? Address { get; init; }

    public string? PostalCode { get; init; }

    public string? MunicipalityIstat { get; init; }

    public string? MunicipalityName { get; init; }

    public int? Employees { get; init; }

    public string? AtecoCode { get; init; }

    public string? ContactName { get; init; }

    public string? ContactRole { get; init; }

    /// <summary>E.164.</summary>
    public string? Phone { get; init; }

    public string? Email { get; init; }

    public string? Notes { get; init; }

    /// <summary>The contact person's consent to be contacted, when the file says (null: it does not).</summary>
    public bool? Consent { get; init; }

    public List<string> Errors { get; } = [];

    public List<string> Corrections { get; } = [];

    public string Key { get; init; } = "";

    /// <summary>The address with its CAP, as the company's address holds it.</summary>
    public string? FullAddress => Address is null ? null : PostalCode is null ? Address : $"{Address}, {PostalCode}";

    public bool HasContact => ContactName is not null || Phone is not null || Email is not null;

    /// <summary>Reads one line with the mapping, never throwing: every problem is an Italian message.</summary>
    public static CompanyRow Read(ImportLine line, ColumnMapping mapping, MunicipalityLookup comuni)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(comuni);
        string Cell(ImportField f) => Cells.Clean(mapping.Value(line, f));
        var errors = new List<string>();
        var corrections = new List<string>();

        var name = Cell(ImportFields.LegalName);
        if (name.Length == 0)
        {
            errors.Add("Manca la ragione sociale.");
        }
        else if (name.Length > 200)
        {
            errors.Add("La ragione sociale supera 200 caratteri.");
        }

        var vat = ReadVat(Cell(ImportFields.VatNumber), errors, corrections);
        var fiscal = CodiceFiscale.Normalize(Cell(ImportFields.FiscalCode));
        if (fiscal is { Length: 9 or 10 } && fiscal.All(char.IsAsciiDigit) && CodiceFiscale.IsValid(fiscal.PadLeft(11, '0')))
        {
            corrections.Add($"Codice fiscale {fiscal} completato con gli zeri iniziali.");
            fiscal = fiscal.PadLeft(11, '0');
        }

        if (fiscal is not null && !CodiceFiscale.IsValid(fiscal))
        {
            errors.Add($"Il codice fiscale «{fiscal}» non è valido (11 cifre per le società, 16 caratteri per le persone, con il carattere di controllo corretto).");
            fiscal = null;
        }

        var (municipality, municipalityError) = comuni.Find(Cell(ImportFields.Municipality), Cell(ImportFields.Province), Cell(ImportFields.IstatCode));
        if (municipalityError is not null)
        {
            errors.Add(municipalityError);
        }
        else if (municipality is null && Cell(ImportFields.Province) is { Length: > 0 } province && comuni.Province(province) is null)
        {
            errors.Add($"La provincia «{province}» non esiste.");
        }

        var postalCode = Cell(ImportFields.PostalCode);
        if (postalCode.Length is 4 && postalCode.All(char.IsAsciiDigit))
        {
            postalCode = "0" + postalCode;
        }

        if (postalCode.Length > 0 && !(postalCode.Length == 5 && postalCode.All(char.IsAsciiDigit)))
        {
            errors.Add($"Il CAP «{postalCode}» non è valido: servono 5 cifre.");
        }

        int? employees = null;
        var employeesText = Cell(ImportFields.Employees);
        if (employeesText.Length > 0)
        {
            if (int.TryParse(employeesText.Replace(".", "", StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0 && n <= 1_000_000)
            {
                employees = n;
            }
            else if (ApproximateCount().Match(employeesText) is { Success: true } approximate
                && int.TryParse(approximate.Groups["n"].Value.Replace(".", "", StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture, out var about) && about <= 1_000_000)
            {
                employees = about;
                corrections.Add($"Dipendenti «{employeesText}» letti come {about}.");
            }
            else
            {
                errors.Add($"Il numero di dipendenti «{employeesText}» non è un numero intero.");
            }
        }

        var ateco = Cell(ImportFields.Ateco);
        if (ateco.Length > 0 && !AeI.Crm.Companies.AtecoCode.IsValid(ateco))
        {
            errors.Add($"Il codice ATECO «{ateco}» non è valido (ad esempio 56.10 o 56.10.11).");
        }

        var phone = Cells.Phone(Cell(ImportFields.Phone), errors);
        var email = Cells.Email(Cell(ImportFields.Email), errors);

        var consentText = Cell(ImportFields.Consent);
        var consent = Cells.YesNo(consentText);
        if (consentText.Length > 0 && consent is null)
        {
            errors.Add($"Il consenso al contatto «{consentText}» non è chiaro: scrivi sì o no.");
        }

        var contactName = Cell(ImportFields.ContactName);
        var address = Cell(ImportFields.Address);
        if (address.Length + postalCode.Length > 190)
        {
            errors.Add("L'indirizzo supera 190 caratteri.");
        }

        if (contactName.Length > 120 || Cell(ImportFields.ContactRole).Length > 120)
        {
            errors.Add("Il nome o il ruolo del referente supera 120 caratteri.");
        }

        var notes = mapping.Value(line, ImportFields.Notes).Trim();
        return new CompanyRow
        {
            Line = line.Line,
            LegalName = name,
            VatNumber = vat,
            FiscalCode = fiscal,
            Address = Cells.Nullable(address),
            PostalCode = Cells.Nullable(postalCode),
            MunicipalityIstat = municipality?.IstatCode,
            MunicipalityName = municipality is null ? null : $"{municipality.Name} ({municipality.ProvinceCode})",
            Employees = employees,
            AtecoCode = Cells.Nullable(ateco),
            ContactName = Cells.Nullable(contactName),
            ContactRole = Cells.Nullable(Cell(ImportFields.ContactRole)),
            Phone = phone,
            Email = email,
            Notes = Cells.Nullable(notes.Length > 4000 ? notes[..4000] : notes),
            Consent = consent,
            Key = RowKey.Of(ImportKind.Companies, name, vat, fiscal, address, postalCode, municipality?.IstatCode, employees?.ToString(CultureInfo.InvariantCulture), ateco, contactName, Cell(ImportFields.ContactRole), phone, email, notes, consent?.ToString()),
        }.With(errors, corrections);
    }

    private CompanyRow With(List<string> errors, List<string> corrections)
    {
        Errors.AddRange(errors);
        Corrections.AddRange(corrections);
        return this;
    }

    private static string? ReadVat(string text, List<string> errors, List<string> corrections)
    {
        var vat = PartitaIva.Normalize(text);
        if (vat is null)
        {
            return null;
        }

        // Excel stores a VAT number as a number and drops its leading zeros.
        if (vat.Length is 9 or 10 && vat.All(char.IsAsciiDigit) && PartitaIva.IsValid(vat.PadLeft(11, '0')))
        {
            corrections.Add($"Partita IVA {vat} completata con gli zeri iniziali ({vat.PadLeft(11, '0')}).");
            return vat.PadLeft(11, '0');
        }

        if (!PartitaIva.IsValid(vat))
        {
            errors.Add(vat.Length == 11 && vat.All(char.IsAsciiDigit)
                ? $"La partita IVA «{vat}» non è valida: la cifra di controllo non torna."
                : $"La partita IVA «{vat}» non è valida: servono 11 cifre.");
            return null;
        }

        return vat;
    }

    /// <summary>"circa 20", "ca. 20", "20 dipendenti", "~20 addetti": one number, said to be about right.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:circa|ca\.?|c\.a\.|~)?\s*(?<n>\d{1,3}(?:\.\d{3})*|\d+)\s*(?:dipendenti|addetti|persone|unit[àa])?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ApproximateCount();
}
