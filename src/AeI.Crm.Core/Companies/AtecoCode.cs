using System.Text.RegularExpressions;

namespace AeI.Crm.Companies;

/// <summary>ATECO 2007 activity code (e.g. 56.10 or 56.10.11) and its section letter (A..U).</summary>
public static partial class AtecoCode
{
    // Division ranges of each ATECO 2007 / NACE Rev. 2 section.
    private static readonly (char Section, int From, int To, string Name)[] Sections =
    [
        ('A', 1, 3, "Agricoltura, silvicoltura e pesca"),
        ('B', 5, 9, "Estrazione di minerali"),
        ('C', 10, 33, "Attività manifatturiere"),
        ('D', 35, 35, "Fornitura di energia"),
        ('E', 36, 39, "Acqua, reti fognarie, rifiuti"),
        ('F', 41, 43, "Costruzioni"),
        ('G', 45, 47, "Commercio all'ingrosso e al dettaglio"),
        ('H', 49, 53, "Trasporto e magazzinaggio"),
        ('I', 55, 56, "Alloggio e ristorazione"),
        ('J', 58, 63, "Informazione e comunicazione"),
        ('K', 64, 66, "Attività finanziarie e assicurative"),
        ('L', 68, 68, "Attività immobiliari"),
        ('M', 69, 75, "Attività professionali, scientifiche e tecniche"),
        ('N', 77, 82, "Noleggio, agenzie di viaggio, servizi alle imprese"),
        ('O', 84, 84, "Amministrazione pubblica"),
        ('P', 85, 85, "Istruzione"),
        ('Q', 86, 88, "Sanità e assistenza sociale"),
        ('R', 90, 93, "Attività artistiche, sportive, di intrattenimento"),
        ('S', 94, 96, "Altre attività di servizi"),
        ('T', 97, 98, "Attività di famiglie come datori di lavoro"),
        ('U', 99, 99, "Organizzazioni extraterritoriali"),
    ];

    public static IReadOnlyList<(char Section, string Name)> AllSections { get; } =
        Sections.Select(s => (s.Section, s.Name)).ToArray();

    public static bool IsValid(string? code) => SectionOf(code) is not null;

    /// <summary>The section letter, or null when the code is malformed or its division does not exist.</summary>
    public static char? SectionOf(string? code)
    {
        if (code is null || !Shape().IsMatch(code))
        {
            return null;
        }

        var division = int.Parse(code.AsSpan(0, 2), System.Globalization.CultureInfo.InvariantCulture);
        foreach (var s in Sections)
        {
            if (division >= s.From && division <= s.To)
            {
                return s.Section;
            }
        }

        return null;
    }

    public static string? SectionName(char section) =>
        Sections.Where(s => s.Section == section).Select(s => s.Name).FirstOrDefault();

    [GeneratedRegex(@"^\d{2}(\.\d{1,2}(\.\d{1,2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
