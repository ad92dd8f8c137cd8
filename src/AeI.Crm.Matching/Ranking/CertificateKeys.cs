using System.Globalization;
using System.Text.RegularExpressions;
using AeI.Crm.Matching.Analysis;

namespace AeI.Crm.Matching.Ranking;

/// <summary>
/// How certificates are compared, as a mediator reads them.
/// <list type="bullet">
/// <item>By subject: the distinctive words ("attestato HACCP" and "HACCP" share "haccp") or a synonym
/// group both belong to ("ICDL" = "ECDL"); generic words ("attestato", "corso", "patentino") do not
/// count, nor does a phrase that two groups share.</item>
/// <item>By level and duration: a required risk level ("rischio medio", "livello 2") or number of
/// hours ("16 ore") must be reached by the same certificate; a certificate that states neither does
/// not prove it. A synonym group never merges levels.</item>
/// <item>Expired or in-progress certificates are not held (<see cref="CredentialStatus"/>).</item>
/// </list>
/// Both the index (terms per certificate) and the check of one person use the same keys, so the
/// filter and the explanation cannot disagree.
/// </summary>
public sealed partial class CertificateKeys(SynonymVocabulary synonyms)
{
    private const int MaxHourTerm = 64;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> _keys = new(StringComparer.Ordinal);

    private static readonly HashSet<string> Generic = new(
        ItalianTextAnalyzer.Terms("attestato attestati corso corsi patentino patentini certificato certificazione abilitazione qualifica diploma formazione iscrizione tessera base livello completo lavoratori lavoratore addetto addetti aggiornamento rischio ore ora generale specifica specifico"),
        StringComparer.Ordinal);

    // Words of a level, left out of the subject: "alto" is not what the course is about.
    private static readonly HashSet<string> LevelWords = new(
        ItalianTextAnalyzer.Terms("basso bassa medio media alto alta elevato elevata primo secondo terzo"),
        StringComparer.Ordinal);

    /// <summary>What one certificate says: its subject keys, its level (1 low … 3 high) and its hours.</summary>
    public sealed record Parsed(IReadOnlyList<string> Words, IReadOnlyList<string> Groups, int? Level, int? Hours);

    /// <summary>Parses a certificate as written.</summary>
    public Parsed Parse(string certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        var text = certificate.ToLowerInvariant();
        var level = LevelOf(text);
        var hours = HoursOf(text);
        var terms = ItalianTextAnalyzer.Terms(HoursPattern().Replace(LevelNumberPattern().Replace(text, " "), " "));
        var words = terms.Where(t => !Generic.Contains(t) && !LevelWords.Contains(t) && !t.All(char.IsDigit)).Distinct().ToList();
        var groups = synonyms.Concepts(terms, unambiguousOnly: true).ToList();
        if (groups.Count == 0 && (level is not null || hours is not null) && SafetyGroup is { } safety
            && (words.Count == 0 || text.Contains("ore", StringComparison.Ordinal)))
        {
            // "16 ore rischio alto", "16 ore prima (Formedil)": hours and risk levels with no other
            // known subject are the workers' safety training of D.Lgs. 81/2008.
            groups.Add(safety);
        }

        return new Parsed(words, groups, level, hours);
    }

    private string? SafetyGroup => _safety ??= synonyms.Concepts(ItalianTextAnalyzer.Terms("formazione sicurezza"), unambiguousOnly: true).FirstOrDefault() ?? "";

    private string? _safety;

    /// <summary>
    /// Index terms of a held certificate ("t:word", "c:group", each also with "@level" for every
    /// level up to its own and "#hours" for every duration up to its own); none when it is
    /// expired or in progress. Cached: certificates repeat.
    /// </summary>
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
        if (!CredentialStatus.IsHeld(certificate))
        {
            yield break;
        }

        var p = Parse(certificate);
        foreach (var key in p.Words.Select(w => "t:" + w).Concat(p.Groups.Select(g => "c:" + g)))
        {
            yield return key;
            for (var l = 1; l <= (p.Level ?? 0); l++)
            {
                yield return key + "@" + l.ToString(CultureInfo.InvariantCulture);
            }

            foreach (var h in HourSteps(p.Hours ?? 0))
            {
                yield return key + "#" + h.ToString(CultureInfo.InvariantCulture);
            }
        }
    }

    /// <summary>
    /// What a required certificate asks for, as alternatives each of which is a set of index
    /// terms that must all be present: every distinctive word, or one of its synonym groups, at the
    /// required level or with the required hours.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> Requirement(string certificate)
    {
        var p = Parse(certificate);
        var subjects = new List<IReadOnlyList<string>>();
        if (p.Words.Count > 0)
        {
            subjects.Add(p.Words.Select(w => "t:" + w).ToList());
        }

        subjects.AddRange(p.Groups.Select(g => (IReadOnlyList<string>)["c:" + g]));
        if (p.Level is null && p.Hours is null)
        {
            return subjects;
        }

        var alternatives = new List<IReadOnlyList<string>>();
        foreach (var subject in subjects)
        {
            if (p.Level is { } level)
            {
                alternatives.Add(subject.Select(k => k + "@" + level.ToString(CultureInfo.InvariantCulture)).ToList());
            }

            if (p.Hours is { } hours)
            {
                alternatives.Add(subject.Select(k => k + "#" + HourSteps(hours).Last().ToString(CultureInfo.InvariantCulture)).ToList());
            }
        }

        return alternatives;
    }

    /// <summary>Whether a person's certificates satisfy a required one.</summary>
    public bool Satisfies(IEnumerable<string> held, string required)
    {
        var have = held.SelectMany(IndexTerms).ToHashSet(StringComparer.Ordinal);
        return Requirement(required).Any(all => all.All(have.Contains));
    }

    /// <summary>Durations indexed for a certificate of <paramref name="hours"/>: every hour up to 64, then every 8.</summary>
    private static IEnumerable<int> HourSteps(int hours)
    {
        for (var h = 1; h <= Math.Min(hours, MaxHourTerm); h++)
        {
            yield return h;
        }

        for (var h = MaxHourTerm + 8; h <= Math.Min(hours, 2000); h += 8)
        {
            yield return h;
        }
    }

    private static int? LevelOf(string text)
    {
        if (LevelNumberPattern().Match(text) is { Success: true } m)
        {
            var n = m.Groups["n"].Value switch
            {
                "primo" or "i" or "1" => 1,
                "secondo" or "ii" or "2" => 2,
                "terzo" or "iii" or "3" => 3,
                _ => 0,
            };
            if (n > 0)
            {
                return n;
            }
        }

        if (RiskPattern().Match(text) is { Success: true } r)
        {
            return r.Groups["r"].Value switch
            {
                var v when v.StartsWith("bass", StringComparison.Ordinal) => 1,
                var v when v.StartsWith("medi", StringComparison.Ordinal) => 2,
                _ => 3,
            };
        }

        return null;
    }

    private static int? HoursOf(string text) =>
        HoursPattern().Match(text) is { Success: true } m && int.TryParse(m.Groups["h"].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var h) && h > 0
            ? h
            : null;

    [GeneratedRegex(@"\b(?<h>\d{1,4})\s*(ore|h)\b", RegexOptions.CultureInvariant)]
    private static partial Regex HoursPattern();

    [GeneratedRegex(@"\b(livello|liv\.?)\s*(?<n>[1-3]|i{1,3}|primo|secondo|terzo)\b|\b(?<n>[1-3]|primo|secondo|terzo)\s*(°|º)?\s*livello\b", RegexOptions.CultureInvariant)]
    private static partial Regex LevelNumberPattern();

    [GeneratedRegex(@"\brischio\s+(?<r>bass[oa]|medi[oa]|alt[oa]|elevat[oa])\b", RegexOptions.CultureInvariant)]
    private static partial Regex RiskPattern();
}
