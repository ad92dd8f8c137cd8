using AeI.Crm.Common;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Persistence;

/// <summary>
/// Fills the folded search columns of rows saved before those columns existed (SQL cannot fold
/// accents, so the migration leaves them empty). Written directly, not through the change tracker:
/// the people's search index does not need a change record for a column it does not read.
/// </summary>
public static class SearchNameBackfill
{
    public static async Task<int> RunAsync(CrmDbContext db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = new List<(string Table, int Id, string Value)>();
        rows.AddRange((await db.Contacts.AsNoTracking().Where(c => c.SearchName == "").Select(c => new { c.Id, c.FullName }).ToListAsync(ct))
            .Select(c => ("Contacts", c.Id, SearchText.Fold(c.FullName))));
        rows.AddRange((await db.Vacancies.AsNoTracking().Where(v => v.SearchName == "").Select(v => new { v.Id, v.Title, v.OccupationLabel }).ToListAsync(ct))
            .Select(v => ("Vacancies", v.Id, SearchText.Fold($"{v.Title} | {v.OccupationLabel}"))));
        rows.AddRange((await db.Candidates.AsNoTracking().Where(c => c.SearchName == "").Select(c => new { c.Id, c.FirstName, c.LastName }).ToListAsync(ct))
            .Select(c => ("Candidates", c.Id, SearchText.Fold($"{c.FirstName} {c.LastName}"))));
        if (rows.Count == 0)
        {
            return 0;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var (table, id, value) in rows)
        {
            // The table name comes from the three constants above, never from input.
#pragma warning disable EF1002
            await db.Database.ExecuteSqlRawAsync($"UPDATE \"{table}\" SET \"SearchName\" = {{0}} WHERE \"Id\" = {{1}}", [value, id], ct);
#pragma warning restore EF1002
        }

        await transaction.CommitAsync(ct);
        return rows.Count;
    }
}
