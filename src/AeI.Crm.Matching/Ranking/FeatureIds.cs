using System.Collections.Concurrent;

namespace AeI.Crm.Matching.Ranking;

/// <summary>
/// Words and synonym groups as small numbers, so that an analysed record (<see cref="CandidateEvidence"/>)
/// is a few sorted arrays, not sets of strings: a hundred thousand records fit in tens of megabytes.
/// The vocabulary of a field grows slowly (tens of thousands of words), and ids are never reused.
/// </summary>
internal static class FeatureIds
{
    private static readonly ConcurrentDictionary<string, int> Ids = new(StringComparer.Ordinal);
    private static int _next;

    /// <summary>The id of a word or group, made on first sight.</summary>
    public static int Of(string feature) => Ids.GetOrAdd(feature, _ => Interlocked.Increment(ref _next));

    /// <summary>The id of a word or group, or 0 when it was never seen (no record holds it).</summary>
    public static int Find(string feature) => Ids.GetValueOrDefault(feature);

    /// <summary>Sorted, distinct ids of the features.</summary>
    public static int[] Of(IEnumerable<string> features)
    {
        var ids = features.Select(Of).Distinct().ToArray();
        Array.Sort(ids);
        return ids;
    }
}
