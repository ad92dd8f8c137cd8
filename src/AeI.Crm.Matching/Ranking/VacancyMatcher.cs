using AeI.Crm.Matching.Analysis;
using AeI.Crm.Matching.Indexing;
using AeI.Crm.Matching.Model;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace AeI.Crm.Matching.Ranking;

/// <summary>A position that fits a person, with its score and explanation.</summary>
public sealed record VacancyMatch(VacancyDocument Vacancy, double Score, MatchExplanation Explanation);

/// <summary>A position whose text fits but which the person cannot take, and why.</summary>
public sealed record VacancyNearMiss(VacancyDocument Vacancy, double TextScore, IReadOnlyList<RequirementFailure> Failures);

/// <summary>Open positions for a person: those they can take, ranked, and those that fit but break a requirement.</summary>
public sealed record VacancyMatchResult(IReadOnlyList<VacancyMatch> Matches, IReadOnlyList<VacancyNearMiss> NearMisses);

/// <summary>
/// The reverse direction: ranks the open positions of the <see cref="VacancyIndex"/> for one person,
/// with the same hard requirements, analysis and explanations. Positions are read in order of text
/// score; a position's score is its text score lowered by distance, so the reading stops as soon as
/// no later position could enter the list (and the near misses, the strongest text matches the
/// person cannot take, are found).
/// </summary>
public sealed class VacancyMatcher(VacancyIndex index)
{
    private const string Title = VacancyIndex.Title;
    private const string Required = VacancyIndex.Required;
    private const string Other = VacancyIndex.Other;
    private const string Concepts = VacancyIndex.Concepts;
    private const string Occupations = VacancyIndex.Occupations;

    private MatchingContext Context => index.Context;

    /// <summary>Ranks the open positions for the person.</summary>
    public VacancyMatchResult Rank(CandidateDocument candidate, int top = 20, int nearMisses = 10)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var context = Context;
        var searcher = index.Searchers.Acquire();
        try
        {
            var reader = searcher.IndexReader;
            if (reader.NumDocs == 0)
            {
                return new VacancyMatchResult([], []);
            }

            // One pass over every position sharing a word with the person: those within the person's
            // commute are kept (with the distance from in-memory points), the others only as near misses.
            var home = context.Points.Point(candidate.ResidenceIstat);
            var collector = new ReachCollector(home, candidate.MaxCommuteKm, nearMisses);
            searcher.Search(Query(candidate, reader), collector);
            var leaves = reader.Leaves;
            var evidence = CandidateEvidence.Of(candidate, context);
            var best = new PriorityQueue<(VacancyDocument Vacancy, double Score, double Km), double>();
            var misses = collector.Far;
            VacancyDocument Load(int doc)
            {
                var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
                var local = doc - leaf.DocBase;
                return SegmentCache<VacancyDocument>.For(leaf.AtomicReader).Get(local, () => VacancyIndex.Load(leaf.AtomicReader, local));
            }

            var passes = context.Requirements.PassesFor(candidate);
            collector.Within.Sort((a, b) => b.Score.CompareTo(a.Score));
            foreach (var (doc, score) in collector.Within)
            {
                var pageFull = best.Count >= top && (top == 0 || best.Peek().Score >= score);
                var missesFull = misses.Count >= nearMisses && (nearMisses == 0 || misses.Peek().Score >= score);
                if (pageFull && missesFull)
                {
                    // Hits come by text score, and distance only lowers it: no later one can enter either list.
                    break;
                }

                var v = Load(doc);
                if (passes(v))
                {
                    var km = context.Points.DistanceKm(candidate.ResidenceIstat, v.WorkIstat) ?? 0;
                    var decayed = score * DistanceDecay.Factor(km);
                    if (best.Count < top)
                    {
                        best.Enqueue((v, decayed, km), decayed);
                    }
                    else if (top > 0 && decayed > best.Peek().Score)
                    {
                        best.DequeueEnqueue((v, decayed, km), decayed);
                    }
                }
                else
                {
                    ReachCollector.Keep(misses, (doc, score), nearMisses);
                }
            }

            var nearest = misses.UnorderedItems.Select(x => x.Element).OrderByDescending(x => x.Score)
                .Select(x => (Vacancy: Load(x.Doc), x.Score))
                .Select(x => new VacancyNearMiss(x.Vacancy, x.Score, context.Requirements.Check(candidate, x.Vacancy)))
                .ToList();
            var matches = best.UnorderedItems.Select(x => x.Element).OrderByDescending(x => x.Score)
                .Select(x => new VacancyMatch(x.Vacancy, x.Score, new Explainer(context, x.Vacancy).Explain(candidate, evidence, x.Km)))
                .ToList();
            return new VacancyMatchResult(matches, nearest);
        }
        finally
        {
            index.Searchers.Release(searcher);
        }
    }

    /// <summary>
    /// The person's words (roles weigh most, then skills, certificates, descriptions, profile), their
    /// synonym groups and occupations, against the positions' fields. Words no position has, and,
    /// among many positions, words most of them have, are left out: they cost time and tell nothing.
    /// </summary>
    private BooleanQuery Query(CandidateDocument c, IndexReader reader)
    {
        var weights = new Dictionary<string, float>(StringComparer.Ordinal);
        void Add(string? text, float weight)
        {
            foreach (var t in ItalianTextAnalyzer.Terms(text).Distinct())
            {
                weights[t] = Math.Min(6f, weights.GetValueOrDefault(t) + weight);
            }
        }

        foreach (var e in c.Experiences)
        {
            Add(e.Role, 3f);
            Add(e.Description, 0.5f);
        }

        foreach (var s in c.Skills)
        {
            Add(s, 2f);
        }

        foreach (var cert in c.Certificates)
        {
            Add(cert, 1f);
        }

        Add(c.Profile, 0.3f);
        var query = new BooleanQuery(disableCoord: true);
        var positions = reader.NumDocs;
        foreach (var (term, weight) in weights)
        {
            var df = Math.Max(DocFrequencies.Of(reader, Title, term), Math.Max(DocFrequencies.Of(reader, Required, term), DocFrequencies.Of(reader, Other, term)));
            if (df == 0 || (positions >= 200 && df > positions / 4))
            {
                continue;
            }

            query.Add(new DisjunctionMaxQuery(0.3f)
            {
                new TermQuery(new Term(Title, term)) { Boost = weight * 2f },
                new TermQuery(new Term(Required, term)) { Boost = weight * 1.5f },
                new TermQuery(new Term(Other, term)) { Boost = weight },
            }, Occur.SHOULD);
        }

        var text = string.Join(" . ", c.Skills.Concat(c.Certificates).Concat(c.Experiences.Select(e => $"{e.Role} {e.Description}")));
        foreach (var concept in Context.Synonyms.Concepts(text))
        {
            query.Add(new TermQuery(new Term(Concepts, concept)) { Boost = 2f }, Occur.SHOULD);
        }

        foreach (var uri in c.Experiences.SelectMany(e => Context.OccupationsOf(e.Role)).Distinct())
        {
            query.Add(new TermQuery(new Term(Occupations, uri)) { Boost = 3f }, Occur.SHOULD);
        }

        return query;
    }

    /// <summary>
    /// Collects the positions that share a word with the person: those within reach of their home
    /// (their own commute limit, from the positions' points held in memory, with a margin: the full
    /// check decides), and the strongest of the others as near misses.
    /// </summary>
    private sealed class ReachCollector((double Lat, double Lon)? home, int maxKm, int nearMisses) : ICollector
    {
        private Scorer _scorer = null!;
        private int _docBase;
        private SegmentPoints _points = null!;

        public List<(int Doc, float Score)> Within { get; } = [];

        public PriorityQueue<(int Doc, float Score), float> Far { get; } = new();

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer) => _scorer = scorer;

        public void SetNextReader(AtomicReaderContext context)
        {
            _docBase = context.DocBase;
            _points = SegmentPoints.For(context.AtomicReader);
        }

        public void Collect(int doc)
        {
            var score = _scorer.GetScore();
            if (home is { } h && !float.IsNaN(_points.Lat[doc])
                && Geography.GeoDistance.Kilometres(h.Lat, h.Lon, _points.Lat[doc], _points.Lon[doc]) <= maxKm + 0.5)
            {
                Within.Add((_docBase + doc, score));
            }
            else
            {
                Keep(Far, (_docBase + doc, score), nearMisses);
            }
        }

        public static void Keep(PriorityQueue<(int Doc, float Score), float> queue, (int Doc, float Score) hit, int size)
        {
            if (queue.Count < size)
            {
                queue.Enqueue(hit, hit.Score);
            }
            else if (size > 0 && hit.Score > queue.Peek().Score)
            {
                queue.DequeueEnqueue(hit, hit.Score);
            }
        }
    }
}
