using System.Globalization;
using AeI.Crm.Matching.Analysis;
using AeI.Crm.Matching.Model;

namespace AeI.Crm.Matching.Ranking;

/// <summary>
/// Builds the explanations of one position's results: what of the position each person's record
/// shows, and what not. The position's side is analysed once, in the constructor.
/// </summary>
internal sealed class Explainer
{
    private static readonly CultureInfo Italian = CultureInfo.GetCultureInfo("it-IT");

    /// <summary>
    /// Words of a job title that say nothing about the job ("addetto", "operatore", "junior"):
    /// sharing one of them does not make a past job relevant.
    /// </summary>
    private static readonly HashSet<string> GenericTitleWords = ItalianTextAnalyzer.Terms(
        "addetto addetta addetti operatore operatrice operatori aiuto assistente impiegato impiegata collaboratore collaboratrice " +
        "lavoratore lavoratrice junior senior apprendista tirocinante stagista generico generica esperienza uso base qualificato specializzato responsabile")
        .ToHashSet(StringComparer.Ordinal);
    private readonly MatchingContext _context;
    private readonly VacancyDocument _vacancy;
    private readonly List<(string Item, int[] Terms, int[] Concepts)> _required;
    private readonly List<(string Item, int[] Terms, int[] Concepts)> _preferred;
    private readonly HashSet<int> _titleFeatures;
    private readonly HashSet<string> _titleOccupations;

    public Explainer(MatchingContext context, VacancyDocument vacancy)
    {
        _context = context;
        _vacancy = vacancy;
        _required = vacancy.Required.Select(Analyse).ToList();
        _preferred = vacancy.Preferred.Select(Analyse).ToList();
        // Distinctive words of the title and its synonym groups: a past job that shares one is relevant.
        _titleFeatures = FeatureIds.Of(ItalianTextAnalyzer.Terms(vacancy.Title).Where(t => !GenericTitleWords.Contains(t))
            .Concat(context.Synonyms.Concepts(vacancy.Title))).ToHashSet();
        _titleOccupations = context.OccupationsOf(vacancy.Title).ToHashSet(StringComparer.Ordinal);
        if (vacancy.OccupationUri is not null)
        {
            _titleOccupations.Add(vacancy.OccupationUri);
        }
    }

    /// <summary>
    /// What of the position the person's record shows (from the analysed record: what it states, not
    /// what it negates; certificates only while held), the relevant past jobs and the distance.
    /// </summary>
    public MatchExplanation Explain(CandidateDocument c, CandidateEvidence evidence, double km)
    {
        var all = new HashSet<int>(evidence.Skills);
        all.UnionWith(evidence.Certificates);
        all.UnionWith(evidence.Profile);
        foreach (var job in evidence.Jobs)
        {
            all.UnionWith(job.Features);
        }

        bool Found((string Item, int[] Terms, int[] Concepts) item) =>
            item.Concepts.Any(all.Contains) || (item.Terms.Length > 0 && item.Terms.Count(all.Contains) * 2 >= item.Terms.Length);

        string? occupation = null;
        var relevant = new List<string>();
        for (var k = 0; k < evidence.Jobs.Count && k < c.Experiences.Count; k++)
        {
            var job = evidence.Jobs[k];
            var shared = job.Occupations.FirstOrDefault(_titleOccupations.Contains);
            if (shared is not null)
            {
                occupation ??= _context.Titles.PreferredLabel(shared);
            }

            if (shared is not null || job.Features.Any(_titleFeatures.Contains))
            {
                var years = c.Experiences[k].Years;
                relevant.Add(string.Create(Italian, $"{job.Role} ({years:0.#} {(years == 1 ? "anno" : "anni")})"));
            }
        }

        return new MatchExplanation(
            _required.Where(Found).Select(i => i.Item).ToList(),
            _required.Where(i => !Found(i)).Select(i => i.Item).ToList(),
            _preferred.Where(Found).Select(i => i.Item).ToList(),
            _preferred.Where(i => !Found(i)).Select(i => i.Item).ToList(),
            relevant,
            occupation,
            Math.Round(km, 1));
    }

    private (string Item, int[] Terms, int[] Concepts) Analyse(string item)
    {
        var terms = ItalianTextAnalyzer.Terms(item);
        return (item, FeatureIds.Of(terms), FeatureIds.Of(_context.Synonyms.Concepts(terms)));
    }

    public VacancyDocument Vacancy => _vacancy;
}
