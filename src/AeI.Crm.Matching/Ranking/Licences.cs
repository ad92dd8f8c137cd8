namespace AeI.Crm.Matching.Ranking;

/// <summary>
/// Italian driving licences and what each one also entitles to under the Codice della strada
/// (B includes AM, A1 and B1; C includes C1 and B...). The driver qualification card (CQC) is
/// goods ("CQC merci") or passengers ("CQC persone"): one does not stand for the other, while an
/// unspecified CQC, held or required, stands for either. Expired or in-progress licences are not held.
/// </summary>
public static class Licences
{
    /// <summary>CQC for goods.</summary>
    public const string CqcGoods = "CQC-MERCI";

    /// <summary>CQC for passengers.</summary>
    public const string CqcPassengers = "CQC-PERSONE";

    private static readonly Dictionary<string, string[]> Implies = new(StringComparer.OrdinalIgnoreCase)
    {
        ["A1"] = ["AM"],
        ["B1"] = ["AM"],
        ["B"] = ["AM", "A1", "B1"],
        ["BE"] = ["B", "AM", "A1", "B1"],
        ["C1"] = ["B", "AM", "A1", "B1"],
        ["C1E"] = ["C1", "BE", "B", "AM", "A1", "B1"],
        ["C"] = ["C1", "B", "AM", "A1", "B1"],
        ["CE"] = ["C", "C1", "C1E", "BE", "B", "AM", "A1", "B1"],
        ["D1"] = ["B", "AM", "A1", "B1"],
        ["D1E"] = ["D1", "BE", "B", "AM", "A1", "B1"],
        ["D"] = ["D1", "B", "AM", "A1", "B1"],
        ["DE"] = ["D", "D1", "D1E", "BE", "B", "AM", "A1", "B1"],
        ["A2"] = ["A1", "AM"],
        ["A"] = ["A2", "A1", "AM"],
        [CqcGoods] = ["CQC"],
        [CqcPassengers] = ["CQC"],
    };

    /// <summary>The licences a person effectively holds, upper case, with those their licences include.</summary>
    public static HashSet<string> Effective(IEnumerable<string> held)
    {
        ArgumentNullException.ThrowIfNull(held);
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var raw in held.Where(CredentialStatus.IsHeld))
        {
            var l = Normalize(raw);
            if (l.Length == 0)
            {
                continue;
            }

            set.Add(l);
            if (l == "CQC")
            {
                // A CQC written without its kind is taken for either: nothing says which one it lacks.
                set.Add(CqcGoods);
                set.Add(CqcPassengers);
            }

            if (Implies.TryGetValue(l, out var more))
            {
                set.UnionWith(more);
            }
        }

        return set;
    }

    /// <summary>"patente c" → "C"; "CQC merci" → "CQC-MERCI"; "cqc" → "CQC"; "B (scaduta)" → "B" (check <see cref="CredentialStatus"/> first).</summary>
    public static string Normalize(string raw)
    {
        var t = (raw ?? "").Trim().ToUpperInvariant().Replace("PATENTE", "", StringComparison.Ordinal).Trim();
        if (t.Contains("CQC", StringComparison.Ordinal) || t.Contains("CARTA DI QUALIFICAZIONE", StringComparison.Ordinal))
        {
            return t.Contains("MERCI", StringComparison.Ordinal) ? CqcGoods
                : t.Contains("PERSONE", StringComparison.Ordinal) || t.Contains("PASSEGGERI", StringComparison.Ordinal) ? CqcPassengers
                : "CQC";
        }

        // "B (dal 2019)", "C scaduta": the category is the first word.
        var first = t.Split([' ', '(', ',', ';', '/'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        return first.Replace("+", "", StringComparison.Ordinal);
    }
}
