namespace AeI.Crm.Reports;

/// <summary>One number of a report table. <see cref="CountsPeople"/> cells are subject to small-cell suppression.</summary>
public sealed class ReportCell(int value, bool countsPeople)
{
    public int Value { get; } = value;

    /// <summary>The cell counts job seekers the viewer may not see one by one.</summary>
    public bool CountsPeople { get; } = countsPeople;

    /// <summary>Set by <see cref="SmallCells"/>: the value is never shown, exported or charted.</summary>
    public Suppression Suppression { get; internal set; }

    public bool Suppressed => Suppression != Suppression.None;

    /// <summary>What a reader may see: the value, or null when suppressed.</summary>
    public int? Shown => Suppressed ? null : Value;

    public string Display => Suppression switch
    {
        Suppression.Small => SmallCells.Label,
        Suppression.Complementary => SmallCells.ComplementLabel,
        _ => Value.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("it-IT")),
    };
}

public enum Suppression
{
    None,

    /// <summary>Fewer than five people: shown as "&lt;5".</summary>
    Small,

    /// <summary>Hidden so that a "&lt;5" cannot be recovered by subtraction: shown as "n.d.".</summary>
    Complementary,
}

public sealed record ReportColumn(string Key, string Header);

/// <summary>A row of a report table; <see cref="CaseloadId"/> is the caseload the row counts, if one.</summary>
public sealed record ReportRow(string Key, string Label, IReadOnlyList<ReportCell> Cells, bool IsTotal = false, int? CaseloadId = null);

/// <summary>
/// A funnel table as pages, charts and exports read it: every figure is a cell, and the additive
/// relations between cells (a total and its parts) are kept so that suppression can protect them.
/// </summary>
public sealed class ReportTable(string key, string title, IReadOnlyList<ReportColumn> columns)
{
    private readonly List<ReportRow> _rows = [];
    private readonly List<(ReportCell Total, ReportCell[] Parts)> _sums = [];

    public string Key { get; } = key;

    public string Title { get; } = title;

    public IReadOnlyList<ReportColumn> Columns { get; } = columns;

    public IReadOnlyList<ReportRow> Rows => _rows;

    internal IReadOnlyList<(ReportCell Total, ReportCell[] Parts)> Sums => _sums;

    public ReportRow Add(ReportRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.Cells.Count != Columns.Count)
        {
            throw new ArgumentException($"Row {row.Key} has {row.Cells.Count} cells for {Columns.Count} columns.", nameof(row));
        }

        _rows.Add(row);
        return row;
    }

    /// <summary>Declares that <paramref name="total"/> is the sum of <paramref name="parts"/> (a reader could subtract).</summary>
    public void Sum(ReportCell total, params ReportCell[] parts) => _sums.Add((total, parts));

    /// <summary>Declares, for every column, that the total row is the sum of the given rows.</summary>
    public void SumOfRows(ReportRow total, IReadOnlyList<ReportRow> parts)
    {
        ArgumentNullException.ThrowIfNull(total);
        ArgumentNullException.ThrowIfNull(parts);
        for (var i = 0; i < Columns.Count; i++)
        {
            var column = i;
            Sum(total.Cells[column], parts.Select(r => r.Cells[column]).ToArray());
        }
    }

    public int ColumnIndex(string key)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Key == key)
            {
                return i;
            }
        }

        throw new ArgumentException($"No column {key} in {Key}.", nameof(key));
    }
}
