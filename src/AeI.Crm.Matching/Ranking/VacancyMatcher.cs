using AeI.Crm.Matching.Analysis;
using AeI.Crm.Matching.Model;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace AeI.Crm.Matching.Ranking;

/// <summary>A position that fits a person, with its score and explanation.</summary>
public sealed record VacancyMatch(VacancyDocument Vacancy, double Score, MatchExplanation Explanation);

/// <summary>A position whose text fits but which the person cannot take, and why.</summary>
public sealed record VacancyNearMiss(VacancyDocument Vacancy, double TextScore, IReadOnlyList<RequirementFailure> Failures);

/// <summary>Open positions for a person: those they can take, ranked, and those that fit but break a requirement.</summary>
public sealed record VacancyMatchResult(IReadOnlyList<VacancyMatch> Matches, IReadOnlyList<VacancyNearMiss> NearMisses);

/// <summary>
/// The reverse direction: ranks the open positions for one person, with the same hard
/// requirements, analysis and explanations. Open positions are few (hundreds), so they are
/// indexed in memory for each request.
/// </summary>
public sealed class VacancyMatcher(MatchingContext context)
{
    private const string Title = "title";
    private const string Required = "required";
    private const string Other = "other";
    private const string Concepts = "syn";
    private const string Occupations = "occ";

    /// <summary>Ranks the positions for the person.</summary>
    public VacancyMatchResult Rank(CandidateDocument candidate, IReadOnlyList<VacancyDocument> open, int top = 20, int nearMisses = 10)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(open);
        if (open.Count == 0)
        {
            return new VacancyMatchResult([], []);
        }

        using var directory = new RAMDirectory();
        var config = new IndexWriterConfig(ItalianTextAnalyzer.Version, new PerFieldAnalyzerWrapper(ItalianTextAnalyzer.Instance)) { Similarity = Indexing.CandidateIndex.Similarity };
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var v in open)
            {
                var doc = new Document
                {
                    new TextField(Title, v.Title, Field.Store.NO),
                    new TextField(Required, string.Join(" . ", v.Required.Concat(v.RequiredCertificates)), Field.Store.NO),
                    new TextField(Other, string.Join(" . ", v.Preferred.Append(v.Description ?? "")), Field.Store.NO),
                };
                foreach (var concept in context.Synonyms.Concepts(string.Join(" . ", v.Required.Concat(v.Preferred).Prepend(v.Title).Append(v.Description ?? ""))))
                {
                    doc.Add(new StringField(Concepts, concept, Field.Store.NO));
                }

                foreach (var uri in context.OccupationsOf(v.Title).Concat(v.OccupationUri is null ? [] : [v.OccupationUri]).Distinct())
                {
                    doc.Add(new StringField(Occupations, uri, Field.Store.NO));
                }

                writer.AddDocument(doc);
            }
        }

        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = Indexing.CandidateIndex.Similarity };
        var scores = new double[open.Count];
        foreach (var hit in searcher.Search(Query(candidate), open.Count).ScoreDocs)
        {
            scores[hit.Doc] = hit.Score;
        }

        var evidence = CandidateEvidence.Of(candidate, context);
        var matches = new List<VacancyMatch>();
        var misses = new List<VacancyNearMiss>();
        for (var i = 0; i < open.Count; i++)
        {
            var v = open[i];
            var failures = context.Requirements.Check(candidate, v);
            if (failures.Count == 0)
            {
                var km = context.Points.DistanceKm(candidate.ResidenceIstat, v.WorkIstat) ?? 0;
                var decayed = scores[i] * DistanceDecay.Factor(km);
                matches.Add(new VacancyMatch(v, decayed, new Explainer(context, v).Explain(candidate, evidence, km)));
            }
            else if (scores[i] > 0)
            {
                misses.Add(new VacancyNearMiss(v, scores[i], failures));
            }
        }

        return new VacancyMatchResult(
            matches.Where(m => m.Score > 0).OrderByDescending(m => m.Score).Take(top).ToList(),
            misses.OrderByDescending(m => m.TextScore).Take(nearMisses).ToList());
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
        foreach (var concept in context.Synonyms.Concepts(text))
        {
            query.Add(new TermQuery(new Term(Concepts, concept)) { Boost = 2f }, Occur.SHOULD);
        }

        foreach (var uri in c.Experiences.SelectMany(e => context.OccupationsOf(e.Role)).Distinct())
        {
            query.Add(new TermQuery(new Term(Occupations, uri)) { Boost = 3f }, Occur.SHOULD);
        }

        return query;
    }
}
