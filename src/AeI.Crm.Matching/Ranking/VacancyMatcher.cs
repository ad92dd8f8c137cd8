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

            var hits = searcher.Search(Query(candidate), reader.NumDocs).ScoreDocs;
            var leaves = reader.Leaves;
            var evidence = CandidateEvidence.Of(candidate, context);
            var best = new PriorityQueue<(VacancyDocument Vacancy, double Score, double Km), double>();
            var misses = new List<VacancyNearMiss>();
            foreach (var hit in hits)
            {
                if (hit.Score <= 0 || (best.Count >= top && misses.Count >= nearMisses && best.Peek().Score >= hit.Score))
                {
                    // Hits come by text score, and distance only lowers it: no later one can enter.
                    break;
                }

                var leaf = leaves[ReaderUtil.SubIndex(hit.Doc, leaves)];
                var local = hit.Doc - leaf.DocBase;
                var v = SegmentCache<VacancyDocument>.For(leaf.AtomicReader).Get(local, () => VacancyIndex.Load(leaf.AtomicReader, local));
                var failures = context.Requirements.Check(candidate, v);
                if (failures.Count == 0)
                {
                    var km = context.Points.DistanceKm(candidate.ResidenceIstat, v.WorkIstat) ?? 0;
                    var decayed = hit.Score * DistanceDecay.Factor(km);
                    if (best.Count < top)
                    {
                        best.Enqueue((v, decayed, km), decayed);
                    }
                    else if (decayed > best.Peek().Score)
                    {
                        best.DequeueEnqueue((v, decayed, km), decayed);
                    }
                }
                else if (misses.Count < nearMisses)
                {
                    misses.Add(new VacancyNearMiss(v, hit.Score, failures));
                }
            }

            var matches = best.UnorderedItems.Select(x => x.Element).OrderByDescending(x => x.Score)
                .Select(x => new VacancyMatch(x.Vacancy, x.Score, new Explainer(context, x.Vacancy).Explain(candidate, evidence, x.Km)))
                .ToList();
            return new VacancyMatchResult(matches, misses);
        }
        finally
        {
            index.Searchers.Release(searcher);
        }
    }

    private BooleanQuery Query(CandidateDocument c)
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
        foreach (var (term, weight) in weights)
        {
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
}
