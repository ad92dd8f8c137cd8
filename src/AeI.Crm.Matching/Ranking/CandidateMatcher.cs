using AeI.Crm.Matching.Indexing;
using AeI.Crm.Matching.Model;
using Lucene.Net.Search;

namespace AeI.Crm.Matching.Ranking;

/// <summary>
/// Ranks the candidates of the index for a position: hard requirements first (as a filter, and
/// the commute per person), then relevance with a distance decay; explains every result and lists
/// the near misses (strong text matches that break a requirement, with the reason).
/// </summary>
public sealed class CandidateMatcher(CandidateIndex index)
{
    /// <summary>Distance at which the decay takes 20% off a score.</summary>
    public double DecayKm { get; init; } = 20;

    /// <summary>Ranks the people for a position.</summary>
    public MatchResult Rank(VacancyDocument vacancy, MatchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(vacancy);
        options ??= new MatchOptions();
        var context = index.Context;
        var (filter, work) = VacancyQuery.HardFilter(vacancy, context, options.Caseloads);
        var searcher = index.Searchers.Acquire();
        try
        {
            var relevance = VacancyQuery.Relevance(vacancy, context, searcher.IndexReader);
            var explainer = new Explainer(context, vacancy);
            var matches = new List<CandidateMatch>();
            var eligible = 0;
            var tooFar = new List<(int Doc, double Score)>();
            if (work is { } w)
            {
                // Only people who meet every filterable requirement are scored; the commute is
                // checked per person in the collectors, one per segment, segments in parallel.
                var weight = searcher.CreateNormalizedWeight(new FilteredQuery(relevance, new BitSetFilter(filter), FilteredQuery.QUERY_FIRST_FILTER_STRATEGY));
                var leaves = searcher.IndexReader.Leaves;
                var collectors = new CommuteCollector[leaves.Count];
                Parallel.For(0, leaves.Count, i =>
                {
                    var collector = new CommuteCollector(Math.Max(Shortlist(options), options.NearMisses), w.Lat, w.Lon, DecayKm);
                    collector.SetNextReader(leaves[i]);
                    var scorer = weight.GetScorer(leaves[i], leaves[i].AtomicReader.LiveDocs);
                    if (scorer is not null)
                    {
                        collector.SetScorer(scorer);
                        int doc;
                        while ((doc = scorer.NextDoc()) != Lucene.Net.Search.DocIdSetIterator.NO_MORE_DOCS)
                        {
                            collector.Collect(doc);
                        }
                    }

                    collectors[i] = collector;
                });
                eligible = collectors.Sum(c => c.Eligible);
                // The index's best by text are looked at again as a mediator would (FitScorer);
                // the text score stays as a lesser part of the result.
                var found = collectors.SelectMany(c => c.Results()).OrderByDescending(r => r.Score).Take(Shortlist(options)).ToList();
                var fit = new FitScorer(context, vacancy, Idf(searcher.IndexReader), context.Clock.GetUtcNow().Year);
                var best = found.Count == 0 ? 1 : Math.Max(1e-9, found[0].Score);
                var scored = found
                    .Select(r => (Evidence: Evidence(searcher, leaves, r.Doc, context), r.Score, r.Km))
                    .Select(r => (r.Evidence.Candidate, r.Km, Fit: fit.Score(r.Evidence, r.Km), Text: r.Score / best))
                    .Select(r => (r.Candidate, r.Km, r.Fit.Caveats, Score: r.Fit.Score + (TextShare * r.Text)))
                    .OrderByDescending(r => r.Score)
                    .Take(options.Top);
                foreach (var (candidate, km, caveats, score) in scored)
                {
                    matches.Add(new CandidateMatch(candidate, score, explainer.Explain(candidate, km) with { Caveats = caveats }));
                }

                tooFar.AddRange(collectors.SelectMany(c => c.TooFar()));
            }

            var nearMisses = new List<NearMiss>();
            if (options.NearMisses > 0)
            {
                // The strongest matches on the position's title and requirements among those who
                // break a filterable requirement, with the best of those who live too far.
                var failing = new BooleanQuery
                {
                    { VacancyQuery.Core(vacancy, context, searcher.IndexReader), Occur.MUST },
                    { VacancyQuery.CaseloadFilter(options.Caseloads), Occur.MUST },
                };
                if (work is not null)
                {
                    failing.Add(filter, Occur.MUST_NOT);
                }

                var strongest = searcher.Search(failing, options.NearMisses).ScoreDocs.Select(h => (h.Doc, (double)h.Score)).ToList();
                var farthest = tooFar.OrderByDescending(x => x.Score).Take(options.NearMisses).ToList();
                // Scores of the two lists come from different queries: interleave them by rank.
                var merged = strongest.Select((x, i) => (x.Doc, x.Item2, Rank: i)).Concat(farthest.Select((x, i) => (x.Doc, x.Score, Rank: i)))
                    .OrderBy(x => x.Rank).Take(options.NearMisses);
                foreach (var (doc, score, _) in merged)
                {
                    var candidate = Load(searcher, doc);
                    var failures = context.Requirements.Check(candidate, vacancy);
                    if (failures.Count > 0)
                    {
                        nearMisses.Add(new NearMiss(candidate, score, failures));
                    }
                }
            }

            return new MatchResult(matches, eligible, nearMisses);
        }
        finally
        {
            index.Searchers.Release(searcher);
        }
    }

    /// <summary>How many of the best text matches are looked at again: five times the page, at least 100.</summary>
    private static int Shortlist(MatchOptions options) => Math.Max(100, options.Top * 5);

    /// <summary>Weight of the index's text score (scaled to the best one) next to the fit.</summary>
    public double TextShare { get; init; } = 0.25;

    /// <summary>Rarity of a word or synonym group among the indexed people.</summary>
    private static Func<string, double> Idf(Lucene.Net.Index.IndexReader reader)
    {
        var people = Math.Max(1, reader.NumDocs);
        var cache = new Dictionary<string, double>(StringComparer.Ordinal);
        return f =>
        {
            if (!cache.TryGetValue(f, out var idf))
            {
                var df = f.StartsWith("syn", StringComparison.Ordinal) && f.Length > 3 && char.IsDigit(f[3])
                    ? reader.DocFreq(new Lucene.Net.Index.Term(CandidateFields.Concepts, f))
                    : Math.Max(reader.DocFreq(new Lucene.Net.Index.Term(CandidateFields.Core, f)), Math.Max(reader.DocFreq(new Lucene.Net.Index.Term(CandidateFields.Experience, f)), reader.DocFreq(new Lucene.Net.Index.Term(CandidateFields.Profile, f))));
                cache[f] = idf = Math.Log(1 + (people / (double)Math.Max(1, df)));
            }

            return idf;
        };
    }

    private static CandidateEvidence Evidence(IndexSearcher searcher, IList<Lucene.Net.Index.AtomicReaderContext> leaves, int doc, MatchingContext context)
    {
        var leaf = leaves[Lucene.Net.Index.ReaderUtil.SubIndex(doc, leaves)];
        return SegmentEvidence.For(leaf.AtomicReader).Get(doc - leaf.DocBase, () => CandidateEvidence.Of(Load(searcher, doc), context));
    }

    private static CandidateDocument Load(IndexSearcher searcher, int doc) =>
        CandidateFields.FromJson(searcher.Doc(doc).Get(CandidateFields.Json, System.Globalization.CultureInfo.InvariantCulture));
}
