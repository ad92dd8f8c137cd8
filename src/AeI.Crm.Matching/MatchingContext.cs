using System.Collections.Concurrent;
using AeI.Crm.Matching.Analysis;
using AeI.Crm.Matching.Occupations;
using AeI.Crm.Matching.Ranking;
using AeI.Crm.Occupations;

namespace AeI.Crm.Matching;

/// <summary>
/// The reference data the matcher works with, loaded once: synonym vocabulary, ESCO title
/// normaliser, certificate keys, municipality points and the hard-requirement checks.
/// </summary>
public sealed class MatchingContext : IDisposable
{
    private readonly ConcurrentDictionary<string, string[]> _roleConcepts = new(StringComparer.Ordinal);

    /// <summary>Loads the data shipped with the app (and an optional file of local synonyms).</summary>
    public MatchingContext(string? localSynonymsFile = null, TimeProvider? clock = null)
    {
        Clock = clock ?? TimeProvider.System;
        Groups = OccupationGroups.Load();
        Synonyms = SynonymVocabulary.Load(localSynonymsFile);
        Titles = new TitleNormalizer(OccupationCatalog.Load(), Synonyms);
        Certificates = new CertificateKeys(Synonyms);
        Points = MunicipalityPoints.Load();
        Requirements = new HardRequirements(Certificates, Points);
    }

    /// <summary>The clock: how long ago a past job ended depends on today.</summary>
    public TimeProvider Clock { get; }

    /// <summary>ESCO occupations' ISCO groups and task descriptions.</summary>
    public OccupationGroups Groups { get; }

    /// <summary>
    /// The ISCO groups (unit, minor, sub-major: "4:9112", "3:911", "2:91"; and "1:9" for the
    /// elementary occupations people move between) of a role's occupations.
    /// </summary>
    public IReadOnlyList<string> IscoTermsOf(string role) => IscoTerms(OccupationsOf(role));

    /// <summary>The ISCO group terms of occupations given by their ESCO URIs.</summary>
    public IReadOnlyList<string> IscoTerms(IEnumerable<string> occupationUris) =>
        occupationUris.Select(Groups.IscoOf).OfType<string>().Where(g => g.Length == 4)
            .SelectMany(g => g[0] == '9' ? new[] { "4:" + g, "3:" + g[..3], "2:" + g[..2], "1:9" } : ["4:" + g, "3:" + g[..3], "2:" + g[..2]])
            .Distinct().ToArray();

    /// <summary>Synonym groups of the field.</summary>
    public SynonymVocabulary Synonyms { get; }

    /// <summary>Normalises titles and roles to ESCO occupations.</summary>
    public TitleNormalizer Titles { get; }

    /// <summary>How certificates are compared.</summary>
    public CertificateKeys Certificates { get; }

    /// <summary>Municipality coordinates.</summary>
    public MunicipalityPoints Points { get; }

    /// <summary>Hard-requirement checks.</summary>
    public HardRequirements Requirements { get; }

    /// <summary>
    /// ESCO occupation concepts of a job title or role (the best, and the runner-up when nearly as good), cached: the same role
    /// words come back for many people.
    /// </summary>
    public IReadOnlyList<string> OccupationsOf(string role)
    {
        var key = string.Join(' ', ItalianTextAnalyzer.Terms(role));
        if (key.Length == 0)
        {
            return [];
        }

        if (_roleConcepts.Count > 200_000)
        {
            _roleConcepts.Clear();
        }

        // The runner-up counts only when it scores close to the best: otherwise it is a stray word's match.
        return _roleConcepts.GetOrAdd(key, _ =>
        {
            var found = Titles.Concepts(role, 2);
            return found.Where(m => m.Score >= 0.8 * found[0].Score).Select(m => m.ConceptUri).ToArray();
        });
    }

    /// <inheritdoc />
    public void Dispose() => Titles.Dispose();
}
