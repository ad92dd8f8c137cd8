using System.Globalization;
using AeI.Crm.Matching.Model;
using AeI.Crm.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Matching.Indexing;

/// <summary>
/// Brings a <see cref="CandidateIndex"/> in step with the database, for the app and the CLI alike:
/// a full rebuild (marked complete only when done, with the change-log cursor it started from) or a
/// catch-up that applies the change log after the index's cursor, one commit per batch.
/// </summary>
public static class IndexSynchronizer
{
    /// <summary>Applies every change after the index's cursor; returns how many changes were applied.</summary>
    public static async Task<int> CatchUpAsync(CrmDbContext db, CandidateIndex index, int batchSize, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(index);
        var applied = 0;
        while (true)
        {
            var cursor = index.Cursor;
            var batch = await db.SearchIndexChanges.AsNoTracking().Where(c => c.Id > cursor).OrderBy(c => c.Id)
                .Take(batchSize).Select(c => new { c.Id, c.CandidateId }).ToListAsync(ct);
            if (batch.Count == 0)
            {
                return applied;
            }

            var ids = batch.Select(c => c.CandidateId).Distinct().ToList();
            var people = await db.Candidates.AsNoTracking().Include(c => c.Caseload).Where(c => ids.Contains(c.Id)).ToListAsync(ct);
            var upserts = people.Where(EntityDocuments.IsSearchable).Select(c => EntityDocuments.From(c, c.Caseload!.Code)).ToList();
            var kept = upserts.Select(u => u.Id).ToHashSet();
            var deletes = ids.Select(i => i.ToString(CultureInfo.InvariantCulture)).Where(i => !kept.Contains(i)).ToList();
            index.Apply(upserts, deletes, batch[^1].Id);
            applied += batch.Count;
        }
    }

    /// <summary>Rebuilds the whole index from the database; returns the number of people indexed.</summary>
    public static async Task<int> RebuildAsync(CrmDbContext db, CandidateIndex index, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(index);
        // Changes made while the people are read come after this cursor; the next catch-up applies them.
        var cursor = await db.SearchIndexChanges.MaxAsync(c => (long?)c.Id, ct) ?? 0;
        var people = await db.Candidates.AsNoTracking().Include(c => c.Caseload)
            .Where(EntityDocuments.Searchable)
            .ToListAsync(ct);
        return index.Rebuild(people.Select(c => EntityDocuments.From(c, c.Caseload!.Code)).ToList(), cursor: cursor);
    }
}
