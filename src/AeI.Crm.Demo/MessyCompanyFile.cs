using System.Globalization;
using System.Text;

namespace AeI.Crm.Demo;

/// <summary>
/// A spreadsheet of companies as account managers keep them today, for the import's sample file,
/// tests and benchmark: the same company written several ways (with and without its VAT number),
/// VAT numbers without their leading zeros or with "IT", some with a wrong check digit, comuni in
/// capitals, without accents or with the province in brackets, a few misspelt, phones in every
/// format, e-mails in capitals and a few broken, notes over several lines, empty rows. Saved as
/// Excel in Italian saves CSV: semicolons, Windows-1252.
/// </summary>
public static class MessyCompanyFile
{
    public static readonly string[] Headers = ["Ragione Sociale", "P.IVA", "Indirizzo", "CAP", "Città", "Prov.", "Telefono", "E-mail", "Referente", "Ruolo", "Privacy", "N. dipendenti", "Note"];

    private static readonly string[] LegalForms = ["S.r.l.", "Srl", "SRL", "S.p.A.", "Spa", "S.n.c.", "S.a.s.", "Soc. Coop.", ""];

    private static readonly string[] Trades =
    [
        "Ristorazione", "Logistica", "Servizi", "Pulizie", "Meccanica", "Trasporti", "Verde", "Alimentari", "Market", "Impianti",
        "Edilizia", "Grafica", "Informatica", "Tessile", "Carpenteria", "Catering", "Hotel", "Autoriparazioni", "Farmacia", "Elettronica",
    ];

    private static readonly string[] MobilePrefixes = ["320", "328", "329", "333", "335", "338", "339", "340", "345", "347", "348", "349", "366", "380", "389", "392"];

    private static readonly string[] AreaCodes = ["0331", "0362", "0382", "0371", "0332", "039", "031"];

    private static readonly string[] Roles = ["Titolare", "Responsabile HR", "Ufficio personale", "Amministrazione", "Direttore", "Responsabile di produzione", ""];

    private static readonly string[] Notes =
    [
        "", "", "", "", "Interessati a tirocini", "Richiamare a settembre", "Convenzione art. 14 in valutazione",
        "Visita fatta a marzo.\nReferente molto disponibile.", "Già ospitato un tirocinio; quota L. 68 scoperta", "Preferisce essere contattato via e-mail",
    ];

    /// <summary>The file's rows (header first): <paramref name="rows"/> rows of data and a few empty ones, made from a fixed seed (the same every time).</summary>
    public static IReadOnlyList<string[]> Rows(int rows, int seed = 2020)
    {
        var f = new Faker("it") { Random = new Randomizer(seed) };
        var comuni = MunicipalityCatalog.Load().Where(m => m.ProvinceCode is "MI" or "MB" or "VA" or "CO" or "LO" or "PV").ToList();
        var milano = comuni.Single(m => m.Name == "Milano");
        var companies = new List<(string Name, string Form, string? Vat, Municipality Comune, string Street)>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string[]> { Headers };
        var written = 0;
        while (written < rows)
        {
            // About one row in six is a company already written above, written another way.
            var again = companies.Count > 20 && f.Random.Double() < 0.17;
            var company = again ? f.PickRandom(companies) : NewCompany(f, comuni, milano, used);
            if (!again)
            {
                companies.Add(company);
            }

            result.Add(Row(f, company, again));
            written++;
            if (f.Random.Double() < 0.01)
            {
                result.Add(new string[Headers.Length].Select(_ => "").ToArray());
            }
        }

        return result;
    }

    /// <summary>The rows as Excel in Italian saves a CSV: semicolons, CRLF, Windows-1252.</summary>
    public static byte[] Csv(IReadOnlyList<string[]> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.Append(string.Join(';', row.Select(Quote))).Append("\r\n");
        }

        return CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(text.ToString());
    }

    private static string Quote(string cell) =>
        cell.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;

    private static (string Name, string Form, string? Vat, Municipality Comune, string Street) NewCompany(Faker f, List<Municipality> comuni, Municipality milano, HashSet<string> used)
    {
        string name;
        do
        {
            name = f.Random.Int(0, 3) switch
            {
                0 => $"{f.Name.LastName()} {f.PickRandom(Trades)}",
                1 => $"{f.Name.LastName()} & {f.Name.LastName()}",
                2 => $"{f.PickRandom(Trades)} {f.Name.LastName()}",
                _ => $"{f.Name.LastName()} {f.PickRandom("Group", "Italia", "Lombardia", "Milano", "Industrie", "Tecnica")}",
            };
        }
        while (!used.Add(name));

        var comune = f.Random.Double() < 0.4 ? milano : f.PickRandom(comuni);
        string? vat = null;
        if (f.Random.Double() < 0.75)
        {
            var start = f.Random.Long(100_000_000, 9_999_999_999).ToString("D10", CultureInfo.InvariantCulture);
            vat = start + PartitaIva.ComputeCheckDigit(start).ToString(CultureInfo.InvariantCulture);
        }

        return (name, f.PickRandom(LegalForms), vat, comune, f.Address.StreetAddress());
    }

    private static string[] Row(Faker f, (string Name, string Form, string? Vat, Municipality Comune, string Street) c, bool again)
    {
        var name = (c.Name + " " + (again ? f.PickRandom(LegalForms) : c.Form)).Trim();
        name = f.Random.Double() switch
        {
            < 0.15 => name.ToUpperInvariant(),
            < 0.2 => "  " + name.Replace(" ", "  ", StringComparison.Ordinal) + " ",
            < 0.22 => "",
            _ => name,
        };
        var vat = c.Vat is null || (again && f.Random.Bool(0.4f)) ? "" : f.Random.Double() switch
        {
            < 0.06 => c.Vat.TrimStart('0').Length < 11 ? c.Vat.TrimStart('0') : c.Vat,
            < 0.12 => "IT" + c.Vat,
            < 0.15 => c.Vat[..5] + " " + c.Vat[5..],
            < 0.17 => c.Vat[..10] + ((c.Vat[10] - '0' + 1) % 10).ToString(CultureInfo.InvariantCulture),
            _ => c.Vat,
        };
        var comune = f.Random.Double() switch
        {
            < 0.2 => c.Comune.Name.ToUpperInvariant(),
            < 0.27 => RemoveAccents(c.Comune.Name) + (c.Comune.Name != RemoveAccents(c.Comune.Name) ? "'" : ""),
            < 0.35 => $"{c.Comune.Name} ({c.Comune.ProvinceCode})",
            < 0.36 => c.Comune.Name.Length > 4 ? c.Comune.Name[..2] + c.Comune.Name[3] + c.Comune.Name[2] + c.Comune.Name[4..] : c.Comune.Name,
            _ => c.Comune.Name,
        };
        var province = f.Random.Double() switch
        {
            < 0.3 => "",
            < 0.4 => c.Comune.ProvinceCode.ToLowerInvariant(),
            < 0.5 => c.Comune.ProvinceName,
            _ => c.Comune.ProvinceCode,
        };
        var hasContact = f.Random.Double() < 0.8;
        var first = f.Name.FirstName();
        var last = f.Name.LastName();
        var domain = new string(c.Name.ToLowerInvariant().Where(char.IsAsciiLetterLower).Take(12).ToArray()) + ".it";
        var phone = !hasContact || f.Random.Double() < 0.2 ? "" : f.Random.Double() switch
        {
            < 0.3 => $"02 {f.Random.Int(2000000, 99999999)}",
            < 0.5 => $"+39 02-{f.Random.Int(2000000, 9999999)}",
            < 0.7 => $"{f.PickRandom(MobilePrefixes)}/{f.Random.Int(1000000, 9999999)}",
            < 0.85 => f.PickRandom(AreaCodes) is var area && area.Length == 4 ? $"0039 {area} {f.Random.Int(100000, 999999)}" : $"0039 {area} {f.Random.Int(2000000, 9999999)}",
            < 0.98 => $"{f.PickRandom(MobilePrefixes)} {f.Random.Int(100, 999)} {f.Random.Int(1000, 9999)}",
            _ => f.Random.Int(100, 9999).ToString(CultureInfo.InvariantCulture),
        };
        var email = !hasContact || f.Random.Double() < 0.25 ? "" : f.Random.Double() switch
        {
            < 0.1 => $"{first}.{last}@{domain}".ToUpperInvariant(),
            < 0.13 => $"{RemoveAccents(first).ToLowerInvariant()}.{RemoveAccents(last).ToLowerInvariant()}@",
            < 0.15 => $"info at {domain}",
            < 0.5 => $"info@{domain}",
            _ => $"{RemoveAccents(first).ToLowerInvariant()}.{RemoveAccents(last).ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal).Replace("'", "", StringComparison.Ordinal)}@{domain}",
        };
        var employees = f.Random.Double() switch
        {
            < 0.3 => "",
            < 0.33 => $"circa {f.Random.Int(10, 50)}",
            _ => f.Random.Int(2, 400).ToString(CultureInfo.InvariantCulture),
        };
        var cap = f.Random.Double() < 0.5 ? "" : (20000 + f.Random.Int(10, 999)).ToString(CultureInfo.InvariantCulture);
        return
        [
            name, vat, c.Street, cap, comune, province, phone, email,
            hasContact ? $"{first} {last}" : "", hasContact ? f.PickRandom(Roles) : "", hasContact ? f.PickRandom("sì", "sì", "SI", "x", "no", "", "") : "", employees, f.PickRandom(Notes),
        ];
    }

    private static string RemoveAccents(string text) =>
        new(text.Normalize(NormalizationForm.FormD).Where(ch => CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark).ToArray());
}
