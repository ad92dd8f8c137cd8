using System.Text.RegularExpressions;

namespace AeI.Crm.Matching.Analysis;

/// <summary>
/// Reads free text the way a mediator does, clause by clause: words after a negation in the same
/// clause ("non ha mai usato il muletto", "NO detergenti e lavori di pulizia", "mai lavorato in
/// cucina") are what the person has not done or must not do, not evidence for a match.
/// </summary>
public static partial class ClauseReader
{
    /// <summary>The analysed terms of a text split into those stated and those negated.</summary>
    public static (List<string> Stated, List<string> Negated) Read(string? text)
    {
        var stated = new List<string>();
        var negated = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return (stated, negated);
        }

        foreach (var clause in ClauseBreak().Split(text))
        {
            if (clause.Length == 0)
            {
                continue;
            }

            var negation = Negation().Match(clause);
            if (!negation.Success)
            {
                stated.AddRange(ItalianTextAnalyzer.Terms(clause));
                continue;
            }

            stated.AddRange(ItalianTextAnalyzer.Terms(clause[..negation.Index]));
            negated.AddRange(ItalianTextAnalyzer.Terms(clause[(negation.Index + negation.Length)..]));
        }

        return (stated, negated);
    }

    // Clauses end at sentence punctuation, brackets, commas and adversative conjunctions.
    [GeneratedRegex(@"[.;:!?\n()\[\],]+|\s(?:ma|però|pero|tranne|invece)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"\b(non|mai|nessun[oa]?|nessun|senza|niente|né|no|nemmeno|neanche|neppure|evitare|evita|esclus[oaie])\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negation();
}
