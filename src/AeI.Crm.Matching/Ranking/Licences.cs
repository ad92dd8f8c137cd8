namespace AeI.Crm.Matching.Ranking;

/// <summary>Italian driving licences and what each one also allows (a C holder may drive what B allows).</summary>
public static class Licences
{
    private static readonly Dictionary<string, string[]> Implies = new(StringComparer.OrdinalIgnoreCase)
    {
        ["B"] = ["AM", "A1", "B1"],
        ["BE"] = ["B", "AM", "A1", "B1"],
        ["C1"] = ["B", "AM", "A1", "B1"],
        ["C1E"] = ["C1", "BE", "B", "AM", "A1", "B1"],
        ["C"] = ["C1", "B", "AM", "A1", "B1"],
        ["CE"] = ["C", "C1", "C1E", "BE", "B", "AM", "A1", "B1"],
        ["D1"] = ["B", "AM", "A1", "B1"],
        ["D"] = ["D1", "B", "AM", "A1", "B1"],
        ["DE"] = ["D", "D1", "D1E", "BE", "B", "AM", "A1", "B1"],
        ["A2"] = ["A1", "AM"],
        ["A"] = ["A2", "A1", "AM"],
    };

    /// <summary>The licences a person effectively holds, upper case, with those their licences include.</summary>
    public static HashSet<string> Effective(IEnumerable<string> held)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var raw in held)
        {
            var l = Normalize(raw);
            if (l.Length == 0)
            {
                continue;
            }

            set.Add(l);
            if (Implies.TryGetValue(l, out var more))
            {
                set.UnionWith(more);
            }
        }

        return set;
    }

    /// <summary>"patente c" → "C"; "cqc merci" → "CQC".</summary>
    public static string Normalize(string raw)
    {
        var t = (raw ?? "").Trim().ToUpperInvariant().Replace("PATENTE", "", StringComparison.Ordinal).Trim();
        if (t.StartsWith("CQC", StringComparison.Ordinal))
        {
            return "CQC";
        }

        return t.Replace(" ", "", StringComparison.Ordinal);
    }
}
