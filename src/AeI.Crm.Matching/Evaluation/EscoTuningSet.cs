using AeI.Crm.Matching.Occupations;
using AeI.Crm.Occupations;

namespace AeI.Crm.Matching.Evaluation;

/// <summary>A title to normalise, the labels that answer it, and its own label (left out of the ranking).</summary>
public sealed record TuningQuery(string Title, string? OwnElementId, IReadOnlySet<string> Relevant);

/// <summary>
/// Tuning sets for the title normaliser built from the ESCO corpus alone (never from a benchmark's
/// queries): (1) each ISCO-08 unit group's Italian label, written like a national classification's
/// category ("Commessi di negozio"), answered by the labels of the ESCO occupations of that group;
/// (2) alternative labels of an occupation, answered by its other labels.
/// </summary>
public static class EscoTuningSet
{
    /// <summary>ISCO unit-group labels as queries for the labels of the group's occupations.</summary>
    public static IReadOnlyList<TuningQuery> GroupQueries(OccupationCatalog catalog, OccupationGroups groups)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(groups);
        var byUnit = catalog.Labels.Where(l => l.IsOccupation)
            .GroupBy(l => groups.IscoOf(l.ConceptUri))
            .Where(g => g.Key is { Length: 4 })
            .ToDictionary(g => g.Key!, g => (IReadOnlySet<string>)g.Select(l => l.ElementId).ToHashSet());
        return catalog.Labels
            .Where(l => UnitGroup(l.ConceptUri) is { } unit && byUnit.ContainsKey(unit))
            .Select(l => new TuningQuery(l.Label, l.ElementId, byUnit[UnitGroup(l.ConceptUri)!]))
            .ToList();
    }

    /// <summary>Every <paramref name="stride"/>-th label of an occupation with several labels, as a query for its other labels.</summary>
    public static IReadOnlyList<TuningQuery> LabelQueries(OccupationCatalog catalog, int stride = 8)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var queries = new List<TuningQuery>();
        var i = 0;
        foreach (var concept in catalog.Labels.Where(l => l.IsOccupation).GroupBy(l => l.ConceptUri).Where(g => g.Count() > 1))
        {
            foreach (var label in concept)
            {
                if (i++ % stride == 0)
                {
                    queries.Add(new TuningQuery(label.Label, label.ElementId, concept.Where(o => o.ElementId != label.ElementId).Select(o => o.ElementId).ToHashSet()));
                }
            }
        }

        return queries;
    }

    /// <summary>Mean reciprocal rank of the first answering label, the query's own label left out.</summary>
    public static double Mrr(TitleNormalizer normalizer, IReadOnlyList<TuningQuery> queries, int depth = 200)
    {
        ArgumentNullException.ThrowIfNull(normalizer);
        ArgumentNullException.ThrowIfNull(queries);
        var sum = 0.0;
        foreach (var q in queries)
        {
            var ranked = normalizer.Rank(q.Title, depth).Select(m => m.ElementId).Where(id => id != q.OwnElementId).ToList();
            sum += RankingMetrics.ReciprocalRank(ranked, q.Relevant.Contains);
        }

        return queries.Count == 0 ? 0 : sum / queries.Count;
    }

    /// <summary>The 4-digit ISCO code of an ISCO unit-group concept URI (".../isco/C9112"), else null.</summary>
    private static string? UnitGroup(string uri)
    {
        var at = uri.LastIndexOf("/isco/C", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var code = uri[(at + 7)..];
        return code.Length == 4 && code.All(char.IsAsciiDigit) ? code : null;
    }
}
