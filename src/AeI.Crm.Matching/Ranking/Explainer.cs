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
    private readonly List<(string Item, string[] Terms, HashSet<string> Concepts)> _required;
    private readonly List<(string Item, string[] Terms, HashSet<string> Concepts)> _preferred;
    private readonly HashSet<string> _titleTerms;
    private readonly HashSet<string> _titleConcepts;
    private readonly HashSet<string> _titleOccupations;

    public Explainer(MatchingContext context, VacancyDocument vacancy)
    {
        _context = context;
        _vacancy = vacancy;
        _required = vacancy.Required.Select(Analyse).ToList();
        _preferred = vacancy.Preferred.Select(Analyse).ToList();
        _titleTerms = ItalianTextAnalyzer.Terms(vacancy.Title).ToHashSet(StringComparer.Ordinal);
        _titleConcepts = context.Synonyms.Concepts(vacancy.Title);
        _titleOccupations = context.OccupationsOf(vacancy.Title).ToHashSet(StringComparer.Ordinal);
        if (vacancy.OccupationUri is not null)
        {
            _titleOccupations.Add(vacancy.OccupationUri);
        }
    }

    public MatchExplanation Explain(CandidateDocument c, double km)
    {
        var allText = string.Join(" . ", c.Skills.Concat(c.Certificates).Concat(c.Experiences.Select(e => $"{e.Role} {e.Sector} {e.Description}")).Append(c.Profile ?? "").Append(c.Education ?? ""));
        var terms = ItalianTextAnalyzer.Terms(allText);
        var termSet = terms.ToHashSet(StringComparer.Ordinal);
        var concepts = _context.Synonyms.Concepts(terms);
        bool Found((string Item, string[] Terms, HashSet<string> Concepts) item) =>
            item.Concepts.Overlaps(concepts) || (item.Terms.Length > 0 && item.Terms.Count(termSet.Contains) * 2 >= item.Terms.Length);

        string? occupation = null;
        var relevant = new List<string>();
        foreach (var e in c.Experiences)
        {
            var roleText = $"{e.Role} {e.Description}";
            var shared = _context.OccupationsOf(e.Role).FirstOrDefault(_titleOccupations.Contains);
            if (shared is not null)
            {
                occupation ??= _context.Titles.PreferredLabel(shared);
            }

            var roleTerms = ItalianTextAnalyzer.Terms(roleText);
            if (shared is not null || roleTerms.Any(t => _titleTerms.Contains(t) && !GenericTitleWords.Contains(t)) || _context.Synonyms.Concepts(roleTerms).Overlaps(_titleConcepts))
            {
                relevant.Add(string.Create(Italian, $"{e.Role} ({e.Years:0.#} {(e.Years == 1 ? "anno" : "anni")})"));
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

    private (string Item, string[] Terms, HashSet<string> Concepts) Analyse(string item)
    {
        var terms = ItalianTextAnalyzer.Terms(item);
        return (item, terms.Distinct().ToArray(), _context.Synonyms.Concepts(terms));
    }

    public VacancyDocument Vacancy => _vacancy;
}
