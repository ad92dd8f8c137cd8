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
    private static readonly CultureInfo Italian = CultureInfo.GetCultureInfo("it-IT");

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
    private readonly Dictionary<int, double> _needIds = [];
    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, double> _closeness = new();
    private readonly double[] _needById;
    private readonly ulong[] _asked;
    private readonly HashSet<int> _strongIds = [];
    private readonly HashSet<int> _distinctiveIds = [];
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
        foreach (var (f, w) in _need)
        {
            var id = FeatureIds.Of(f);
            _needIds[id] = w;
            if (w > 0 && !GenericWords.Contains(f))
            {
                _distinctiveIds.Add(id);
            }
        }

        _strongIds.UnionWith(_strong.Select(FeatureIds.Of));
        // Ids are small numbers: what the position asks is an array, looked up once per word of a record.
        _needById = new double[_needIds.Count == 0 ? 0 : _needIds.Keys.Max() + 1];
        _asked = new ulong[(_needById.Length + 63) >> 6];
        foreach (var (id, w) in _needIds)
        {
            _needById[id] = w;
            _asked[id >> 6] |= 1UL << id;
        }
    }

    /// <summary>A person's fit from their analysed record.</summary>
    public double Score(CandidateEvidence evidence, double km, List<string>? caveats = null)
    {
        // Past jobs: the best one counts in full, the next one a quarter.
        var (first, second) = (0.0, 0.0);
        // How recent the most relevant past job is: skills and profile mostly tell of that job.
        var (bestRelevance, bestRecency) = (0.0, 1.0);
        foreach (var job in evidence.Jobs)
        {
            var text = Coverage(job.Features);
            var occupation = OccupationCloseness(job);
            var relevance = 1 - ((1 - text) * (1 - (0.85 * occupation)));
            var recency = Recency(job.EndYear);
            if (recency < 1 && relevance > 0.3)
            {
                caveats?.Add(string.Create(CultureInfo.InvariantCulture, $"Esperienza come {job.Role} conclusa nel {job.EndYear}"));
            }

            var value = relevance * job.Depth * recency;
            if (value > first)
            {
                (first, second) = (value, first);
            }
            else if (value > second)
            {
                second = value;
            }

            if (relevance * job.Depth > bestRelevance)
            {
                (bestRelevance, bestRecency) = (relevance * job.Depth, recency);
            }
        }

        var experience = first + (0.25 * second);
        var skills = Coverage(evidence.Skills);
        var certificates = Coverage(evidence.Certificates);
        var profile = Coverage(evidence.Profile);
        var score = experience + (bestRecency * ((0.45 * skills) + (0.25 * profile))) + (0.15 * certificates);

        // Caveats.
        if (AnyIn(evidence.Negated, _strongIds))
        {
            score *= 0.45;
            caveats?.Add("Il profilo esclude parte di quanto richiesto");
        }
        else if (AnyIn(evidence.Negated, _distinctiveIds))
        {
            score *= 0.85;
        }

        if (_physical && evidence.PhysicalLimit)
        {
            score *= 0.55;
            caveats?.Add("Limiti fisici indicati nel profilo, per un lavoro fisico");
        }

        if (_vacancy.Shifts && !evidence.HasCar)
        {
            score *= _earlyOrNight ? 0.8 : 0.92;
            if (_earlyOrNight)
            {
                caveats?.Add("Senza auto, per turni presto o di notte");
            }
        }

        if (evidence.MaxCommuteKm > 0)
        {
            var ratio = km / evidence.MaxCommuteKm;
            score *= 1 - (0.3 * Math.Clamp((ratio - 0.6) / 0.4, 0, 1));
            if (ratio > 0.8)
            {
                caveats?.Add(string.Create(Italian, $"Tragitto vicino al suo limite ({km:0.0} di {evidence.MaxCommuteKm} km)"));
            }
        }

        score *= 1 - (0.1 * Math.Min(1, km / 30));
        return score;
    }

    /// <summary>How much of the position a set of words covers, saturating: 0 none, 1 all it asks and more.</summary>
    private double Coverage(int[] features)
    {
        var sum = 0.0;
        var need = _needById;
        var asked = _asked;
        foreach (var f in features)
        {
            // A bit per word the position asks for (a few kilobytes, in the processor's cache) rules
            // out most of a record's words before the weights are read.
            if ((uint)(f >> 6) < (uint)asked.Length && (asked[f >> 6] & (1UL << f)) != 0)
            {
                sum += need[f];
            }
        }

        return sum / (sum + _saturation);
    }

    private double OccupationCloseness(JobEvidence job)
    {
        // A runner-up occupation, on either side, is less sure than the best one.
        var best = 0.0;
        var ids = job.OccupationIds;
        for (var i = 0; i < ids.Length; i++)
        {
            best = Math.Max(best, Closeness(ids[i], job.Occupations[i]) * (i == 0 ? 1 : 0.7));
        }

        return best;
    }

    /// <summary>How close an occupation is to the position's (the best of them), once per occupation and search.</summary>
    private double Closeness(int id, string uri)
    {
        if (!_closeness.TryGetValue(id, out var best))
        {
            for (var j = 0; j < _occupations.Length; j++)
            {
                best = Math.Max(best, _context.Groups.Closeness(uri, _occupations[j]) * (j == 0 ? 1 : 0.7));
            }

            _closeness[id] = best;
        }

        return best;
    }

    private static bool AnyIn(int[] features, HashSet<int> set)
    {
        foreach (var f in features)
        {
            if (set.Contains(f))
            {
                return true;
            }
        }

        return false;
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
