using System.Text.Json;
using AeI.Crm.Importing.Reading;

namespace AeI.Crm.Importing;

/// <summary>Which column of the file fills which field (field key → column index).</summary>
public sealed class ColumnMapping(IReadOnlyDictionary<string, int> columns)
{
    public IReadOnlyDictionary<string, int> Columns { get; } = columns;

    public int? ColumnOf(ImportField field) => Columns.TryGetValue(field.Key, out var c) ? c : null;

    /// <summary>The cell of <paramref name="field"/> in <paramref name="line"/>, trimmed; "" when unmapped.</summary>
    public string Value(ImportLine line, ImportField field) => ColumnOf(field) is { } c ? line.Cell(c) : "";

    public string ToJson() => JsonSerializer.Serialize(Columns);

    public static ColumnMapping FromJson(string json) =>
        new(JsonSerializer.Deserialize<Dictionary<string, int>>(json) ?? []);

    /// <summary>
    /// The header row among the first lines (the one whose cells name the most known fields; a
    /// title row above it is passed over), its names, and a guess of the mapping. Headers the user
    /// mapped in an earlier import (<paramref name="remembered"/>: normalised header → field key)
    /// are mapped the same way first.
    /// </summary>
    public static (int HeaderIndex, ColumnMapping Mapping) Guess(IReadOnlyList<ImportLine> lines, ImportKind kind, IReadOnlyDictionary<string, string>? remembered = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var fields = ImportFields.For(kind);
        var bestIndex = -1;
        var bestScore = -1;
        for (var i = 0; i < Math.Min(lines.Count, 10); i++)
        {
            var distinct = lines[i].Cells.Where(c => !string.IsNullOrWhiteSpace(c)).Distinct(StringComparer.OrdinalIgnoreCase).Count();
            if (distinct < 2)
            {
                continue;
            }

            var score = GuessRow(lines[i].Cells, fields, remembered).Count;
            if (score > bestScore)
            {
                (bestIndex, bestScore) = (i, score);
            }
        }

        if (bestIndex < 0)
        {
            return (0, new ColumnMapping(new Dictionary<string, int>()));
        }

        return (bestIndex, new ColumnMapping(GuessRow(lines[bestIndex].Cells, fields, remembered)));
    }

    private static Dictionary<string, int> GuessRow(string[] headers, IReadOnlyList<ImportField> fields, IReadOnlyDictionary<string, string>? remembered)
    {
        var normalised = headers.Select(ImportField.Normalise).ToArray();
        var map = new Dictionary<string, int>();
        void Take(string key, int column)
        {
            if (!map.ContainsKey(key) && !map.ContainsValue(column))
            {
                map[key] = column;
            }
        }

        if (remembered is not null)
        {
            for (var c = 0; c < normalised.Length; c++)
            {
                if (remembered.TryGetValue(normalised[c], out var key) && fields.Any(f => f.Key == key))
                {
                    Take(key, c);
                }
            }
        }

        // Exact names first, for every field, then a header that starts with a known name ("Telefono ufficio").
        foreach (var field in fields)
        {
            var names = field.Headers.Append(field.Label).Select(ImportField.Normalise).ToHashSet();
            for (var c = 0; c < normalised.Length; c++)
            {
                if (names.Contains(normalised[c]))
                {
                    Take(field.Key, c);
                }
            }
        }

        foreach (var field in fields)
        {
            var names = field.Headers.Select(ImportField.Normalise).Where(n => n.Length >= 4).ToList();
            for (var c = 0; c < normalised.Length; c++)
            {
                if (names.Any(n => normalised[c].StartsWith(n + " ", StringComparison.Ordinal)))
                {
                    Take(field.Key, c);
                }
            }
        }

        return map;
    }
}
