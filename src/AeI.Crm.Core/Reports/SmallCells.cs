namespace AeI.Crm.Reports;

/// <summary>
/// Small-cell suppression: a count of fewer than <see cref="Threshold"/> people (but not zero) is
/// shown as "&lt;5" to a viewer who may not see those people one by one. Then, so that no such figure
/// can be recovered by subtraction, every declared sum (a total and its parts) that would hide exactly
/// one cell hides a second one ("n.d."): the smallest other non-zero part, else the total.
/// </summary>
public static class SmallCells
{
    public const int Threshold = 5;

    public const string Label = "<5";

    public const string ComplementLabel = "n.d.";

    public static void Apply(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        foreach (var cell in table.Rows.SelectMany(r => r.Cells))
        {
            if (cell.CountsPeople && cell.Value is > 0 and < Threshold)
            {
                cell.Suppression = Suppression.Small;
            }
        }

        bool changed;
        do
        {
            changed = false;
            foreach (var (total, parts) in table.Sums)
            {
                var hidden = parts.Count(p => p.Suppressed) + (total.Suppressed ? 1 : 0);
                if (hidden != 1)
                {
                    continue;
                }

                var complement = parts
                    .Where(p => !p.Suppressed && p.Value > 0)
                    .OrderBy(p => p.Value)
                    .FirstOrDefault();
                if (complement is null && !total.Suppressed)
                {
                    complement = total;
                }

                if (complement is not null)
                {
                    complement.Suppression = Suppression.Complementary;
                    changed = true;
                }
            }
        }
        while (changed);
    }
}
