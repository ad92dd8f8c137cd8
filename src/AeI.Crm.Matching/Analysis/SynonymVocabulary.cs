using System.Globalization;

namespace AeI.Crm.Matching.Analysis;

/// <summary>
/// Groups of words that mean the same job, skill or certificate in the field ("mulettista,
/// carrellista, patentino carrello elevatore"). Each group is a concept; a text holds the concepts
/// whose phrases appear in it (after analysis, so plurals and accents do not matter).
/// Kept as a data file users can extend: one group per line, phrases separated by commas.
/// </summary>
public sealed class SynonymVocabulary
{
    private readonly Dictionary<string, List<(string[] Phrase, int Group)>> _byFirstTerm = [];
    private readonly Dictionary<string, HashSet<int>> _groupsOfPhrase = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> _cache = new(StringComparer.Ordinal);

    private SynonymVocabulary(IReadOnlyList<IReadOnlyList<string>> groups)
    {
        Groups = groups;
        for (var g = 0; g < groups.Count; g++)
        {
            foreach (var phrase in groups[g])
            {
                var terms = ItalianTextAnalyzer.Terms(phrase).ToArray();
                if (terms.Length == 0)
                {
                    continue;
                }

                if (!_byFirstTerm.TryGetValue(terms[0], out var list))
                {
                    _byFirstTerm[terms[0]] = list = [];
                }

                list.Add((terms, g));
                var key = string.Join(' ', terms);
                if (!_groupsOfPhrase.TryGetValue(key, out var of))
                {
                    _groupsOfPhrase[key] = of = [];
                }

                of.Add(g);
            }
        }

        foreach (var list in _byFirstTerm.Values)
        {
            // Longest phrase first, so "carrello elevatore" wins over "carrello".
            list.Sort((a, b) => b.Phrase.Length.CompareTo(a.Phrase.Length));
        }
    }

    /// <summary>The groups as written in the file.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Groups { get; }

    /// <summary>The vocabulary shipped with the app, plus an optional file of the installation's own groups.</summary>
    public static SynonymVocabulary Load(string? extraFile = null)
    {
        using var stream = typeof(SynonymVocabulary).Assembly.GetManifestResourceStream("AeI.Crm.Matching.synonyms-it.txt")
            ?? throw new InvalidOperationException("synonyms-it.txt is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        if (extraFile is not null && File.Exists(extraFile))
        {
            lines.AddRange(File.ReadAllLines(extraFile));
        }

        return Parse(lines);
    }

    /// <summary>Reads groups from lines: "a, b, c"; '#' starts a comment.</summary>
    public static SynonymVocabulary Parse(IEnumerable<string> lines)
    {
        var groups = lines
            .Select(l => l.Split('#')[0].Trim())
            .Where(l => l.Length > 0)
            .Select(l => (IReadOnlyList<string>)l.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Where(g => g.Count > 1)
            .ToList();
        return new SynonymVocabulary(groups);
    }

    /// <summary>
    /// Concept tokens ("syn12") of the groups whose phrases occur in the analyzed terms. A phrase
    /// written in several groups gives all of them, or none with <paramref name="unambiguousOnly"/>
    /// (a certificate must not meet a requirement through a phrase two qualifications share).
    /// </summary>
    public HashSet<string> Concepts(IReadOnlyList<string> terms, bool unambiguousOnly = false)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var found = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < terms.Count; i++)
        {
            if (!_byFirstTerm.TryGetValue(terms[i], out var candidates))
            {
                continue;
            }

            foreach (var (phrase, _) in candidates)
            {
                if (i + phrase.Length <= terms.Count && Matches(terms, i, phrase))
                {
                    var groups = _groupsOfPhrase[string.Join(' ', phrase)];
                    if (!unambiguousOnly || groups.Count == 1)
                    {
                        found.UnionWith(groups.Select(Token));
                    }

                    break;
                }
            }
        }

        return found;
    }

    /// <summary>Concepts of a text.</summary>
    public HashSet<string> Concepts(string? text) => Concepts(ItalianTextAnalyzer.Terms(text));

    /// <summary>Concepts of a short phrase that comes back often (a skill, a role), cached.</summary>
    public IReadOnlyList<string> ConceptsCached(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        if (_cache.Count > 200_000)
        {
            _cache.Clear();
        }

        return _cache.GetOrAdd(phrase, p => [.. Concepts(p)]);
    }

    /// <summary>The phrases of a concept token, for explanations.</summary>
    public IReadOnlyList<string> PhrasesOf(string token) =>
        token.StartsWith("syn", StringComparison.Ordinal) && int.TryParse(token.AsSpan(3), NumberStyles.Integer, CultureInfo.InvariantCulture, out var g) && g < Groups.Count
            ? Groups[g]
            : [];

    private static string Token(int group) => "syn" + group.ToString(CultureInfo.InvariantCulture);

    private static bool Matches(IReadOnlyList<string> terms, int at, string[] phrase)
    {
        for (var k = 0; k < phrase.Length; k++)
        {
            if (terms[at + k] != phrase[k])
            {
                return false;
            }
        }

        return true;
    }
}
