using AeI.Crm.Matching.Analysis;
using CsvHelper;

namespace AeI.Crm.Matching.Occupations;

/// <summary>
/// ESCO occupations with their ISCO-08 unit group and the words of their task description
/// (ESCO © European Union, Italian edition, shipped in Data/esco). Occupations of one ISCO unit
/// group are close neighbours, those of one minor or sub-major group looser ones: mediators
/// propose a cleaner for a kitchen-porter job, not for an accountant's.
/// </summary>
public sealed class OccupationGroups
{
    private readonly Dictionary<string, (string Isco, string[] Words)> _byUri;

    private OccupationGroups(Dictionary<string, (string Isco, string[] Words)> byUri) => _byUri = byUri;

    /// <summary>Number of occupations known.</summary>
    public int Count => _byUri.Count;

    /// <summary>Loads the occupations shipped with the matcher.</summary>
    public static OccupationGroups Load()
    {
        using var stream = typeof(OccupationGroups).Assembly.GetManifestResourceStream("AeI.Crm.Matching.occupations_it.csv")
            ?? throw new InvalidOperationException("occupations_it.csv is missing from the assembly.");
        return Read(stream);
    }

    /// <summary>Reads occupations from the ESCO CSV (conceptUri, iscoGroup, description columns).</summary>
    public static OccupationGroups Read(Stream csvStream)
    {
        var byUri = new Dictionary<string, (string, string[])>(StringComparer.Ordinal);
        using var csv = CsvReader.Create(csvStream, null, leaveOpen: true);
        csv.ReadHeader();
        while (csv.Read())
        {
            var uri = csv.GetString("conceptUri");
            var isco = csv.GetString("iscoGroup");
            if (uri.Length == 0 || isco.Length == 0)
            {
                continue;
            }

            // The description's distinct words, in order of first use: the first ones say what the job is.
            var words = ItalianTextAnalyzer.Terms(csv.GetString("description")).Distinct().Take(40).ToArray();
            byUri[uri] = (isco, words);
        }

        return new OccupationGroups(byUri);
    }

    /// <summary>The ISCO-08 unit group (4 digits) of an occupation, or null.</summary>
    public string? IscoOf(string conceptUri) => _byUri.TryGetValue(conceptUri, out var o) ? o.Isco : null;

    /// <summary>The analysed words of an occupation's task description (empty when unknown).</summary>
    public IReadOnlyList<string> DescriptionWords(string conceptUri) => _byUri.TryGetValue(conceptUri, out var o) ? o.Words : [];

    /// <summary>
    /// How close two occupations are by their ISCO groups: 1 the same occupation, 0.7 the same unit
    /// group, 0.45 the same minor group, 0.25 the same sub-major group, 0.1 both elementary
    /// occupations (major group 9, which people move between), otherwise 0.
    /// </summary>
    public double Closeness(string uriA, string uriB)
    {
        if (uriA == uriB)
        {
            return 1;
        }

        if (IscoOf(uriA) is not { Length: 4 } a || IscoOf(uriB) is not { Length: 4 } b)
        {
            return 0;
        }

        return a == b ? 0.7
            : a[..3] == b[..3] ? 0.45
            : a[..2] == b[..2] ? 0.25
            : a[0] == '9' && b[0] == '9' ? 0.1
            : 0;
    }

    /// <summary>The ISCO-08 major group (first digit) of an occupation, or null.</summary>
    public char? MajorGroup(string conceptUri) => IscoOf(conceptUri) is { Length: > 0 } isco ? isco[0] : null;
}
