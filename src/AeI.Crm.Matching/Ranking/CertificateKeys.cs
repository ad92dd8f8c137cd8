using AeI.Crm.Matching.Analysis;

namespace AeI.Crm.Matching.Ranking;

/// <summary>
/// How certificates are compared: by their distinctive words after analysis ("attestato HACCP"
/// and "HACCP" share "haccp"; "ECDL base" holds "ecdl"), or by a synonym group both belong to
/// ("ICDL" = "ECDL"). Generic words such as "attestato", "corso" or "patentino" do not count.
/// </summary>
public sealed class CertificateKeys(SynonymVocabulary synonyms)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> _keys = new(StringComparer.Ordinal);

    private static readonly HashSet<string> Generic = new(
        ItalianTextAnalyzer.Terms("attestato attestati corso corsi patentino patentini certificato certificazione abilitazione qualifica diploma formazione iscrizione tessera base livello completo"),
        StringComparer.Ordinal);

    /// <summary>Index terms of a certificate: its distinctive words ("t:…") and its synonym groups ("c:…"); cached, certificates repeat.</summary>
    public IReadOnlyList<string> IndexTerms(string certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        if (_keys.Count > 100_000)
        {
            _keys.Clear();
        }

        return _keys.GetOrAdd(certificate, c => ComputeIndexTerms(c).Distinct().ToArray());
    }

    private IEnumerable<string> ComputeIndexTerms(string certificate)
    {
        var terms = ItalianTextAnalyzer.Terms(certificate);
        foreach (var t in terms.Where(t => !Generic.Contains(t)))
        {
            yield return "t:" + t;
        }

        foreach (var c in synonyms.Concepts(terms))
        {
            yield return "c:" + c;
        }
    }

    /// <summary>
    /// What a required certificate asks for: every distinctive word, or one of its synonym groups.
    /// </summary>
    public (IReadOnlyList<string> AllOf, IReadOnlyList<string> AnyGroup) Requirement(string certificate)
    {
        var terms = ItalianTextAnalyzer.Terms(certificate);
        var words = terms.Where(t => !Generic.Contains(t)).Select(t => "t:" + t).Distinct().ToList();
        var groups = synonyms.Concepts(terms).Select(c => "c:" + c).ToList();
        return (words, groups);
    }

    /// <summary>Whether a person's certificates satisfy a required one.</summary>
    public bool Satisfies(IEnumerable<string> held, string required)
    {
        var have = held.SelectMany(IndexTerms).ToHashSet(StringComparer.Ordinal);
        var (allOf, anyGroup) = Requirement(required);
        return (allOf.Count > 0 && allOf.All(have.Contains)) || anyGroup.Any(have.Contains);
    }
}
