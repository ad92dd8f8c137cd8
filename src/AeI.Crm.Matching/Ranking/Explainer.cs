using System.Globalization;
using AeI.Crm.Matching.Analysis;
using AeI.Crm.Matching.Model;

namespace AeI.Crm.Matching.Ranking;

/// <summary>Builds the explanation of a match: what of the position the person's record shows, and what not.</summary>
internal sealed class Explainer(MatchingContext context)
{
    private static readonly CultureInfo Italian = CultureInfo.GetCultureInfo("it-IT");

    public MatchExplanation Explain(VacancyDocument v, CandidateDocument c, double km)
    {
        var allText = string.Join(" . ", c.Skills.Concat(c.Certificates).Concat(c.Experiences.Select(e => $"{e.Role} {e.Sector} {e.Description}")).Append(c.Profile ?? "").Append(c.Education ?? ""));
        var terms = ItalianTextAnalyzer.Terms(allText).ToHashSet(StringComparer.Ordinal);
        var concepts = context.Synonyms.Concepts(allText);
        bool Found(string item)
        {
            var itemTerms = ItalianTextAnalyzer.Terms(item).Distinct().ToList();
            if (context.Synonyms.Concepts(item).Overlaps(concepts))
            {
                return true;
            }

            return itemTerms.Count > 0 && itemTerms.Count(terms.Contains) * 2 >= itemTerms.Count;
        }

        var titleTerms = ItalianTextAnalyzer.Terms(v.Title).ToHashSet(StringComparer.Ordinal);
        var titleConcepts = context.Synonyms.Concepts(v.Title);
        var titleOccupations = context.OccupationsOf(v.Title).ToHashSet(StringComparer.Ordinal);
        if (v.OccupationUri is not null)
        {
            titleOccupations.Add(v.OccupationUri);
        }

        string? occupation = null;
        var relevant = new List<string>();
        foreach (var e in c.Experiences)
        {
            var roleText = $"{e.Role} {e.Description}";
            var shared = context.OccupationsOf(e.Role).FirstOrDefault(titleOccupations.Contains);
            if (shared is not null)
            {
                occupation ??= context.Titles.PreferredLabel(shared);
            }

            if (shared is not null || ItalianTextAnalyzer.Terms(roleText).Any(titleTerms.Contains) || context.Synonyms.Concepts(roleText).Overlaps(titleConcepts))
            {
                relevant.Add(string.Create(Italian, $"{e.Role} ({e.Years:0.#} {(e.Years == 1 ? "anno" : "anni")})"));
            }
        }

        return new MatchExplanation(
            v.Required.Where(Found).ToList(),
            v.Required.Where(r => !Found(r)).ToList(),
            v.Preferred.Where(Found).ToList(),
            v.Preferred.Where(p => !Found(p)).ToList(),
            relevant,
            occupation,
            Math.Round(km, 1));
    }
}
