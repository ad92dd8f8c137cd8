using System.Globalization;

namespace AeI.Crm.Demo;

/// <summary>
/// A caseload's spreadsheet of people as mediators keep it today, for the people's sample file and
/// tests: surnames in capitals, birth as a year or a date, gender written out, comuni with the
/// province or without accents, phones in every format, schooling in words, the law-68 category
/// and target group as services write them, a few people written twice and a few broken rows
/// (no name, a comune misspelt, an e-mail cut short). Made-up people, from a fixed seed. Saved as
/// Excel in Italian saves CSV (<see cref="MessyCompanyFile.Csv"/>).
/// </summary>
public static class MessyPeopleFile
{
    public static readonly string[] Headers =
        ["Cognome", "Nome", "Data di nascita", "Sesso", "Comune di residenza", "Prov.", "Data presa in carico", "Cellulare", "E-mail", "Titolo di studio", "Italiano", "Patente", "Competenze", "Categoria protetta", "Fragilità"];

    private static readonly string[] Women = ["F", "F", "Femmina", "donna"];

    private static readonly string[] Men = ["M", "M", "Maschio", "uomo"];

    private static readonly string[] Schooling = ["licenza media", "Licenza Media", "terza media", "diploma", "Diploma di maturità", "qualifica professionale", "IeFP", "laurea", "titolo estero non riconosciuto", "elementare", "nessuno", ""];

    private static readonly string[] Italian = ["madrelingua", "A1", "A2", "B1", "b2", "C1", ""];

    private static readonly string[] Licences = ["B", "no", "", "B, C", "sì", "AM"];

    private static readonly string[] Skills = ["pulizie", "magazzino", "muletto", "aiuto cuoco", "cameriere", "cassa", "assemblaggio", "manutenzione del verde", "assistenza anziani", "data entry", "guida furgoni", "sartoria", "saldatura"];

    private static readonly string[] Categories = ["no", "no", "no", "", "art. 1", "Art.1", "art 18", "disabile art. 1"];

    private static readonly string[] Targets = ["nessuna", "", "migrante", "rifugiato", "titolare di protezione internazionale", "ex detenuto", "UEPE - messa alla prova", "NEET", "donna vittima di violenza", "disabilità", "disoccupato di lunga durata"];

    /// <summary>The file's rows (header first): <paramref name="rows"/> people's rows, from a fixed seed (the same every time).</summary>
    public static IReadOnlyList<string[]> Rows(int rows, int seed = 2020)
    {
        var f = new Faker("it") { Random = new Randomizer(seed) };
        var comuni = MunicipalityCatalog.Load().Where(m => m.ProvinceCode == "MI").ToList();
        var result = new List<string[]> { Headers };
        var written = new List<string[]>();
        while (written.Count < rows)
        {
            // About one row in twenty-five is someone written above again, with a phone added.
            if (written.Count > 10 && f.Random.Double() < 0.04)
            {
                var again = (string[])f.PickRandom(written).Clone();
                again[0] = again[0].ToUpperInvariant();
                again[7] = Phone(f);
                written.Add(again);
                continue;
            }

            written.Add(Row(f, comuni));
        }

        result.AddRange(written);
        return result;
    }

    private static string[] Row(Faker f, List<Municipality> comuni)
    {
        var female = f.Random.Bool();
        var gender = female ? Bogus.DataSets.Name.Gender.Female : Bogus.DataSets.Name.Gender.Male;
        var first = f.Name.FirstName(gender);
        var last = f.Name.LastName();
        var birth = new DateOnly(f.Random.Int(1962, 2004), f.Random.Int(1, 12), f.Random.Int(1, 28));
        var comune = f.Random.Double() < 0.5 ? comuni.Single(m => m.Name == "Milano") : f.PickRandom(comuni);
        var taken = new DateOnly(2020, 1, 1).AddDays(f.Random.Int(0, 360));
        var broken = f.Random.Double();
        return
        [
            f.Random.Double() < 0.4 ? last.ToUpperInvariant() : last,
            broken < 0.02 ? "" : first,
            f.Random.Double() < 0.5 ? birth.Year.ToString(CultureInfo.InvariantCulture) : birth.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            f.PickRandom(female ? Women : Men),
            broken is >= 0.02 and < 0.04 ? comune.Name + "o" : f.Random.Double() < 0.3 ? $"{comune.Name.ToUpperInvariant()} ({comune.ProvinceCode})" : comune.Name,
            f.Random.Double() < 0.5 ? comune.ProvinceCode : "",
            taken.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            f.Random.Double() < 0.7 ? Phone(f) : "",
            broken is >= 0.04 and < 0.06 ? first.ToLowerInvariant() + "@" : f.Random.Double() < 0.5 ? f.Internet.Email(first, last, "example.it") : "",
            f.PickRandom(Schooling),
            f.PickRandom(Italian),
            f.PickRandom(Licences),
            string.Join(", ", f.PickRandom(Skills, f.Random.Int(0, 3))),
            f.PickRandom(Categories),
            f.PickRandom(Targets),
        ];
    }

    private static string Phone(Faker f)
    {
        var number = $"3{f.Random.Int(20, 49)}{f.Random.Int(1_000_000, 9_999_999)}";
        return f.Random.Int(0, 3) switch
        {
            0 => number,
            1 => $"{number[..3]} {number[3..6]} {number[6..]}",
            2 => $"+39 {number}",
            _ => $"{number[..3]}/{number[3..]}",
        };
    }
}
