using System.Globalization;
using AeI.Crm.Matching.Analysis;
using AeI.Crm.Matching.Evaluation;
using AeI.Crm.Matching.Occupations;
using AeI.Crm.Occupations;

namespace AeI.Crm.Cli.Matching;

/// <summary>
/// melo-tune: tunes the title normaliser's settings on tuning sets built from the ESCO corpus
/// itself (<see cref="EscoTuningSet"/>), one setting at a time from the shipped values, two rounds;
/// prints every trial and the best values. The objective is the unit-group set (category titles
/// answered by occupations' labels, the normaliser's job); the alternative-label set guards it: a
/// trial that loses more than 0.02 there is not taken. MELO's queries are never read here.
/// </summary>
public static class MeloTuneCommand
{
    private sealed record Settings(float GramWeight, float HeadBoost, int ConceptBlock, float ConceptEvidence, float GenericBoost, float SynonymBoost)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"grams {GramWeight} head {HeadBoost} block {ConceptBlock} evidence {ConceptEvidence} generic {GenericBoost} synonyms {SynonymBoost}");
    }

    // The values tried for each setting, around the shipped ones.
    private static readonly float[] GramWeights = [0.15f, 0.25f, 0.35f, 0.5f, 0.8f];
    private static readonly float[] HeadBoosts = [1f, 1.5f, 2f, 3f];
    private static readonly int[] ConceptBlocks = [1, 2, 3, 5];
    private static readonly float[] ConceptEvidences = [0f, 0.05f, 0.1f, 0.2f, 0.4f];
    private static readonly float[] GenericBoosts = [0.05f, 0.15f, 0.3f];
    private static readonly float[] SynonymBoosts = [0.15f, 0.3f, 0.6f];

    public static int Run(string[] args)
    {
        var catalog = OccupationCatalog.Load();
        var synonyms = SynonymVocabulary.Load();
        var groups = OccupationGroups.Load();
        var groupQueries = EscoTuningSet.GroupQueries(catalog, groups);
        var labelQueries = EscoTuningSet.LabelQueries(catalog);
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"tuning sets from the ESCO corpus: {groupQueries.Count} ISCO unit-group labels, {labelQueries.Count} alternative labels"));

        (double Groups, double Labels, double Mean) Score(Settings s)
        {
            using var normalizer = new TitleNormalizer(catalog, synonyms)
            {
                GramWeight = s.GramWeight,
                HeadBoost = s.HeadBoost,
                ConceptBlock = s.ConceptBlock,
                ConceptEvidence = s.ConceptEvidence,
                GenericBoost = s.GenericBoost,
                SynonymBoost = s.SynonymBoost,
            };
            var g = EscoTuningSet.Mrr(normalizer, groupQueries);
            var l = EscoTuningSet.Mrr(normalizer, labelQueries);
            return (g, l, (g + l) / 2);
        }

        var shipped = new TitleNormalizer(catalog, synonyms);
        var best = new Settings(shipped.GramWeight, shipped.HeadBoost, shipped.ConceptBlock, shipped.ConceptEvidence, shipped.GenericBoost, shipped.SynonymBoost);
        shipped.Dispose();
        var bestScore = Score(best);
        var baseline = bestScore;
        Console.WriteLine(string.Create(c, $"shipped: {best}: groups MRR {bestScore.Groups:0.000}, labels MRR {bestScore.Labels:0.000}, mean {bestScore.Mean:0.000}"));
        var candidates = new Func<Settings, IEnumerable<Settings>>[]
        {
            s => GramWeights.Select(v => s with { GramWeight = v }),
            s => HeadBoosts.Select(v => s with { HeadBoost = v }),
            s => ConceptBlocks.Select(v => s with { ConceptBlock = v }),
            s => ConceptEvidences.Select(v => s with { ConceptEvidence = v }),
            s => GenericBoosts.Select(v => s with { GenericBoost = v }),
            s => SynonymBoosts.Select(v => s with { SynonymBoost = v }),
        };
        for (var round = 1; round <= 2; round++)
        {
            foreach (var vary in candidates)
            {
                foreach (var trial in vary(best).Where(t => t != best))
                {
                    var score = Score(trial);
                    Console.WriteLine(string.Create(c, $"round {round}: {trial}: groups {score.Groups:0.000}, labels {score.Labels:0.000}, mean {score.Mean:0.000}"));
                    if (score.Groups > bestScore.Groups + 0.001 && score.Labels >= baseline.Labels - 0.02)
                    {
                        (best, bestScore) = (trial, score);
                    }
                }
            }
        }

        Console.WriteLine(string.Create(c, $"RESULT best: {best}: groups MRR {bestScore.Groups:0.000}, labels MRR {bestScore.Labels:0.000}, mean {bestScore.Mean:0.000}"));
        return 0;
    }
}
