using AeI.Crm.Common;
using AeI.Crm.Placements;
using AeI.Crm.Vacancies;
using AeI.Crm.Candidates;

namespace AeI.Crm.Occupations;

/// <summary>
/// The 16,199 Italian ESCO labels shipped with the app (MELO benchmark corpus, MIT; ESCO, EC).
/// Used for the occupation autocomplete of vacancies; the matcher normalises titles with it.
/// </summary>
public sealed class OccupationCatalog
{
    private readonly (OccupationLabel Label, string Folded)[] _entries;
    private readonly Dictionary<string, string> _preferredByUri;

    private OccupationCatalog(IReadOnlyList<OccupationLabel> labels)
    {
        Labels = labels;
        _entries = labels.Select(l => (l, SearchText.Fold(l.Label))).ToArray();
        _preferredByUri = labels
            .Where(l => l.ElementId.EndsWith("_000", StringComparison.Ordinal))
            .GroupBy(l => l.ConceptUri)
            .ToDictionary(g => g.Key, g => g.First().Label);
    }

    public IReadOnlyList<OccupationLabel> Labels { get; }

    public static OccupationCatalog Load()
    {
        var uris = ReadTsv("AeI.Crm.Occupations.concept_mapping.tsv").ToDictionary(r => r.Key, r => r.Value);
        var labels = ReadTsv("AeI.Crm.Occupations.corpus_elements.tsv")
            .Select(r => new OccupationLabel(r.Key, r.Value, uris.TryGetValue(r.Key, out var uri) ? uri : ""))
            .ToList();
        return new OccupationCatalog(labels);
    }

    /// <summary>The preferred label of an occupation concept, or null when the URI is unknown.</summary>
    public string? PreferredLabel(string conceptUri) => _preferredByUri.GetValueOrDefault(conceptUri);

    /// <summary>Autocomplete: occupations whose label starts with, or has a word starting with, the text.</summary>
    public IReadOnlyList<OccupationLabel> Suggest(string? text, int max = 15)
    {
        var q = SearchText.Fold(text);
        if (q.Length < 2)
        {
            return [];
        }

        return _entries
            .Where(e => e.Label.IsOccupation)
            .Select(e => (e.Label, Rank: Rank(e.Folded, q)))
            .Where(e => e.Rank > 0)
            .OrderByDescending(e => e.Rank)
            .ThenBy(e => e.Label.Label.Length)
            .DistinctBy(e => e.Label.Label)
            .Take(max)
            .Select(e => e.Label)
            .ToList();
    }

    private static int Rank(string label, string query)
    {
        if (label.StartsWith(query, StringComparison.Ordinal))
        {
            return 3;
        }

        var at = label.IndexOf(query, StringComparison.Ordinal);
        if (at > 0 && !char.IsLetterOrDigit(label[at - 1]))
        {
            return 2;
        }

        return at > 0 ? 1 : 0;
    }

    private static IEnumerable<KeyValuePair<string, string>> ReadTsv(string resource)
    {
        using var stream = typeof(OccupationCatalog).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"{resource} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0)
            {
                yield return new(line[..tab], line[(tab + 1)..].Trim());
            }
        }
    }
}
