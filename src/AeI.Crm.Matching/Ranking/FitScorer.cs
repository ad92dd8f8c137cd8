using System.Globalization;
using AeI.Crm.Matching.Analysis;
using AeI.Crm.Matching.Model;

namespace AeI.Crm.Matching.Ranking;

/// <summary>
/// The second look a mediator gives the people the index found: how close each past job is to the
/// position (its words, synonym groups and ESCO occupation group), how long it lasted and how long
/// ago it ended; skills, certificates and the profile as lesser evidence; and the caveats that
/// lower a fit (what the record says the person never did or must not do, health limits for
/// physical work, no car for early or night shifts, a commute close to their own limit).
/// The position's side is analysed once, in the constructor.
/// </summary>
internal sealed class FitScorer
{
    // How much each part of the position asks for, before rarity (idf).
    private const double TitleWeight = 3;
    private const double RequiredWeight = 2;
    private const double PreferredWeight = 1;
    private const double DescriptionWeight = 0.4;
    private const double OccupationTaskWeight = 0.3;
    private const double GenericFactor = 0.15;

    /// <summary>Words that say little of a job on their own (addetto, operatore, esperienza, uso, base...).</summary>
    internal static readonly HashSet<string> GenericWords = ItalianTextAnalyzer.Terms(
        "addetto addetta addetti operatore operatrice operatori operaio operaia aiuto assistente collaboratore collaboratrice " +
        "lavoratore lavoratrice junior senior apprendista tirocinante stagista tirocinio stage generico generica esperienza esperienze " +
        "uso utilizzo base conoscenza conoscenze capacità capace disponibilità disponibile buona buon ottima ottimo lavoro lavorare attività " +
        "gestione settore mansioni mansione azienda aziendale cerca cerchiamo ricerca personale figura risorsa anni anno mesi zona sede " +
        "semplice semplici piccole piccoli vari varie generale tipo tipi precisione affidabilità puntualità voglia imparare " +
        "qualificato specializzato responsabile team squadra contratto posizione offre offriamo richiesta richiesto preferibile")
        .ToHashSet(StringComparer.Ordinal);

    // Words that a hard filter already checked (shifts, hours, licences): they add nothing once it passed.
    private static readonly HashSet<string> ScheduleWords = ItalianTextAnalyzer.Terms(
        "turni turno turnazione notturni notturno notte notti festivi festivo weekend fine settimana sabato domenica " +
        "part time full tempo pieno parziale orario ore patente patenti auto automunito automunita mezzo proprio")
        .ToHashSet(StringComparer.Ordinal);

    private readonly MatchingContext _context;
    private readonly VacancyDocument _vacancy;
    private readonly Dictionary<string, double> _need = new(StringComparer.Ordinal);
    private readonly HashSet<string> _strong = new(StringComparer.Ordinal);
    private readonly double _saturation;
    private readonly string[] _occupations;
    private readonly bool _physical;
    private readonly bool _earlyOrNight;
    private readonly int _year;

    public FitScorer(MatchingContext context, VacancyDocument vacancy, Func<string, double> idf, int year)
    {
        _context = context;
        _vacancy = vacancy;
        _year = year;
        var filtered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in vacancy.RequiredCertificates.Concat(vacancy.RequiredLicences))
        {
            filtered.UnionWith(ItalianTextAnalyzer.Terms(text));
            filtered.UnionWith(context.Synonyms.Concepts(text));
        }

        filtered.UnionWith(ScheduleWords);
        if (vacancy.MinLanguage is not null)
        {
            filtered.UnionWith(ItalianTextAnalyzer.Terms("italiano lingua parlato scritto"));
        }

        void Add(string? text, double weight, bool strong)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return;
            }

            var terms = ItalianTextAnalyzer.Terms(text);
            foreach (var f in terms.Concat(context.Synonyms.Concepts(terms)).Distinct())
            {
                if (filtered.Contains(f))
                {
                    continue;
                }

                var w = weight * idf(f) * (GenericWords.Contains(f) ? GenericFactor : 1);
                _need[f] = Math.Max(_need.GetValueOrDefault(f), w);
                if (strong && !GenericWords.Contains(f))
                {
                    _strong.Add(f);
                }
            }
        }

        Add(vacancy.Title, TitleWeight, strong: true);
        foreach (var r in vacancy.Required)
        {
            Add(r, RequiredWeight, strong: true);
        }

        foreach (var p in vacancy.Preferred)
        {
            Add(p, PreferredWeight, strong: false);
        }

        Add(vacancy.Description, DescriptionWeight, strong: false);

        var occupations = context.OccupationsOf(vacancy.Title).ToList();
        if (vacancy.OccupationUri is { } picked && !occupations.Contains(picked))
        {
            occupations.Insert(0, picked);
        }

        _occupations = [.. occupations];
        // The task description of the position's occupation gives words its title lacks.
        foreach (var uri in _occupations.Take(1))
        {
            Add(string.Join(' ', context.Groups.DescriptionWords(uri)), OccupationTaskWeight, strong: false);
        }

        // A record that covers the title's words (or their groups) is a full match; half of that is half-way.
        _saturation = 0.5 * Math.Max(1e-6, ItalianTextAnalyzer.Terms(vacancy.Title).Concat(context.Synonyms.Concepts(vacancy.Title)).Distinct()
            .Where(f => !filtered.Contains(f)).Sum(f => _need.GetValueOrDefault(f)));
        var positionText = string.Join(" . ", vacancy.Required.Append(vacancy.Title).Append(vacancy.Description ?? ""));
        _physical = ProfileCaveats.IsPhysical(positionText)
            || _occupations.Take(1).Any(u => context.Groups.MajorGroup(u) is '6' or '7' or '9');
        _earlyOrNight = ProfileCaveats.HasEarlyOrNightHours(positionText);
    }

    /// <summary>A person's fit (0 to about 2) and the caveats that lowered it, in Italian.</summary>
    public (double Score, IReadOnlyList<string> Caveats) Score(CandidateDocument c, double km) => Score(CandidateEvidence.Of(c, _context), km);

    /// <summary>A person's fit from their analysed record.</summary>
    public (double Score, IReadOnlyList<string> Caveats) Score(CandidateEvidence evidence, double km)
    {
        var c = evidence.Candidate;
        var caveats = new List<string>();

        // Past jobs: the best one counts in full, the next one a quarter.
        var jobs = new List<double>(evidence.Jobs.Count);
        // How recent the most relevant past job is: skills and profile mostly tell of that job.
        var (bestRelevance, bestRecency) = (0.0, 1.0);
        foreach (var job in evidence.Jobs)
        {
            var text = Coverage(job.Features);
            var occupation = OccupationCloseness(job.Occupations);
            var relevance = 1 - ((1 - text) * (1 - (0.85 * occupation)));
            var recency = Recency(job.EndYear);
            if (recency < 1 && relevance > 0.3)
            {
                caveats.Add(string.Create(CultureInfo.InvariantCulture, $"Esperienza come {job.Role} conclusa nel {job.EndYear}"));
            }

            jobs.Add(relevance * job.Depth * recency);
            if (relevance * job.Depth > bestRelevance)
            {
                (bestRelevance, bestRecency) = (relevance * job.Depth, recency);
            }
        }

        jobs.Sort((a, b) => b.CompareTo(a));
        var experience = jobs.Count == 0 ? 0 : jobs[0] + (jobs.Count > 1 ? 0.25 * jobs[1] : 0);
        var skills = Coverage(evidence.Skills);
        var certificates = Coverage(evidence.Certificates);
        var profile = Coverage(evidence.Profile);
        var score = experience + (bestRecency * ((0.45 * skills) + (0.25 * profile))) + (0.15 * certificates);

        // Caveats.
        if (evidence.Negated.Overlaps(_strong))
        {
            score *= 0.45;
            caveats.Add("Il profilo esclude parte di quanto richiesto");
        }
        else if (evidence.Negated.Any(f => _need.GetValueOrDefault(f) > 0 && !GenericWords.Contains(f)))
        {
            score *= 0.85;
        }

        if (_physical && evidence.PhysicalLimit)
        {
            score *= 0.55;
            caveats.Add("Limiti fisici indicati nel profilo, per un lavoro fisico");
        }

        if (_vacancy.Shifts && !c.HasCar)
        {
            score *= _earlyOrNight ? 0.8 : 0.92;
            if (_earlyOrNight)
            {
                caveats.Add("Senza auto, per turni presto o di notte");
            }
        }

        if (c.MaxCommuteKm > 0)
        {
            var ratio = km / c.MaxCommuteKm;
            score *= 1 - (0.3 * Math.Clamp((ratio - 0.6) / 0.4, 0, 1));
            if (ratio > 0.8)
            {
                caveats.Add(string.Create(CultureInfo.GetCultureInfo("it-IT"), $"Tragitto vicino al suo limite ({km:0.0} di {c.MaxCommuteKm} km)"));
            }
        }

        score *= 1 - (0.1 * Math.Min(1, km / 30));
        return (score, caveats);
    }

    /// <summary>How much of the position a set of words covers, saturating: 0 none, 1 all it asks and more.</summary>
    private double Coverage(HashSet<string> features)
    {
        var sum = 0.0;
        foreach (var f in features)
        {
            sum += _need.GetValueOrDefault(f);
        }

        return sum / (sum + _saturation);
    }

    private double OccupationCloseness(IReadOnlyList<string> mine)
    {
        // A runner-up occupation, on either side, is less sure than the best one.
        var best = 0.0;
        for (var i = 0; i < mine.Count; i++)
        {
            for (var j = 0; j < _occupations.Length; j++)
            {
                best = Math.Max(best, _context.Groups.Closeness(mine[i], _occupations[j]) * (i == 0 ? 1 : 0.7) * (j == 0 ? 1 : 0.7));
            }
        }

        return best;
    }

    private double Recency(int? endYear)
    {
        if (endYear is not { } end)
        {
            return 1;
        }

        var age = _year - end;
        return age <= 5 ? 1 : age <= 10 ? 0.85 : age <= 15 ? 0.72 : 0.62;
    }
}
