using System.Globalization;
using AeI.Crm.Matching.Analysis;
using AeI.Crm.Matching.Evaluation;
using AeI.Crm.Matching.Occupations;
using AeI.Crm.Occupations;

namespace AeI.Crm.Cli.Matching;

/// <summary>melo-eval DIR: the occupation normaliser on MELO ita_q_it_c_it.</summary>
public static class MeloEvalCommand
{
    public static int Run(string[] args)
    {
        if (args.Length < 1 || !Directory.Exists(args[0]))
        {
            Console.Error.WriteLine("melo-eval DIR: the folder with queries.tsv and annotations.tsv (e.g. ../shared/data/melo-ita).");
            return 2;
        }

        using var normalizer = new TitleNormalizer(OccupationCatalog.Load(), SynonymVocabulary.Load());
        var result = MeloEvaluation.Run(normalizer, args[0]);
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine($"MELO ita_q_it_c_it: {result.Queries} queries against 16,199 ESCO labels");
        Console.WriteLine($"{"method",-36} {"MRR",6} {"MAP",6}");
        Console.WriteLine($"{"AeI.Crm title normaliser",-36} {result.Mrr.ToString("0.000", c),6} {result.Map.ToString("0.000", c),6}");
        Console.WriteLine($"{"published: BM25",-36} {"0.161",6} {"0.101",6}");
        Console.WriteLine($"{"published: char TF-IDF on lemmas",-36} {"0.480",6} {"0.308",6}");
        Console.WriteLine($"{"published: E5 (sentence encoder)",-36} {"0.538",6} {"0.400",6}");
        Console.WriteLine($"latency per title: p50 {result.P50Ms.ToString("0.00", c)} ms, p95 {result.P95Ms.ToString("0.00", c)} ms");
        Console.WriteLine($"RESULT mrr={result.Mrr.ToString("0.000", c)} map={result.Map.ToString("0.000", c)}");
        return 0;
    }
}
