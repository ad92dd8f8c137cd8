using System.Globalization;
using AeI.Crm.Matching.Model;
using AeI.Crm.Persistence;
using AeI.Crm.Vacancies;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Matching.Indexing;

/// <summary>
/// Brings the people's index (<see cref="CandidateIndex"/>) and the positions' index
/// (<see cref="VacancyIndex"/>) in step with the database, for the app and the CLI alike: a full
/// rebuild (marked complete only when done, with the change-log cursor it started from) or a
/// catch-up that applies the change log after the index's cursor, one commit per batch. Both read
/// the same log; each index keeps its own cursor and skips the other's changes.
/// </summary>
public static class IndexSynchronizer
{
    /// <summary>Applies every change after the people's index's cursor; returns how many of the log's changes were read.</summary>
    public static async Task<int> CatchUpAsync(CrmDbContext db, CandidateIndex index, int batchSize, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(index);
        return await CatchUpAsync(db, () => index.Cursor, batchSize, c => c.CandidateId, async (ids, cursor) =>
        {
            var people = await db.Candidates.AsNoTracking().Include(c => c.Caseload).Where(c => ids.Contains(c.Id)).ToListAsync(ct);
            var upserts = people.Where(EntityDocuments.IsSearchable).Select(c => EntityDocuments.From(c, c.Caseload!.Code)).ToList();
            index.Apply(upserts, Deletes(ids, upserts.Select(u => u.Id)), cursor);
        }, ct);
    }

    /// <summary>Applies every change after the positions' index's cursor; returns how many of the log's changes were read.</summary>
    public static async Task<int> CatchUpAsync(CrmDbContext db, VacancyIndex index, int batchSize, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(index);
        return await CatchUpAsync(db, () => index.Cursor, batchSize, c => c.VacancyId, async (ids, cursor) =>
        {
            var open = await db.Vacancies.AsNoTracking().Include(v => v.Company).Where(v => ids.Contains(v.Id) && v.Status == VacancyStatus.Open).ToListAsync(ct);
            var upserts = open.Select(v => EntityDocuments.From(v)).ToList();
            index.Apply(upserts, Deletes(ids, upserts.Select(u => u.Id)), cursor);
        }, ct);
    }

    /// <summary>Rebuilds the people's index from the database; returns the number of people indexed.</summary>
    public static async Task<int> RebuildAsync(CrmDbContext db, CandidateIndex index, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(index);
        // Changes made while the records are read come after this cursor; the next catch-up applies them.
        var cursor = await LastChangeAsync(db, ct);
        var people = await db.Candidates.AsNoTracking().Include(c => c.Caseload)
            .Where(EntityDocuments.Searchable)
            .ToListAsync(ct);
        return index.Rebuild(people.Select(c => EntityDocuments.From(c, c.Caseload!.Code)).ToList(), cursor: cursor);
    }

    /// <summary>Rebuilds the positions' index from the database; returns the number of open positions indexed.</summary>
    public static async Task<int> RebuildAsync(CrmDbContext db, VacancyIndex index, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(index);
        var cursor = await LastChangeAsync(db, ct);
        var open = await db.Vacancies.AsNoTracking().Include(v => v.Company).Where(v => v.Status == VacancyStatus.Open).ToListAsync(ct);
        return index.Rebuild(open.Select(v => EntityDocuments.From(v)).ToList(), cursor: cursor);
    }

    private static async Task<long> LastChangeAsync(CrmDbContext db, CancellationToken ct) =>
        await db.SearchIndexChanges.MaxAsync(c => (long?)c.Id, ct) ?? 0;

    /// <summary>
    /// Reads the log after the cursor in batches; applies each batch's changes of this index's kind
    /// (ids of records to read again) with the batch's last id as the new cursor, so the cursor moves
    /// past the other index's changes too.
    /// </summary>
    private static async Task<int> CatchUpAsync(
        CrmDbContext db, Func<long> cursorOf, int batchSize, Func<AeI.Crm.Search.SearchIndexChange, int?> idOf,
        Func<List<int>, long, Task> apply, CancellationToken ct)
    {
        var read = 0;
        while (true)
        {
            var cursor = cursorOf();
            var batch = await db.SearchIndexChanges.AsNoTracking().Where(c => c.Id > cursor).OrderBy(c => c.Id)
                .Take(batchSize).ToListAsync(ct);
            if (batch.Count == 0)
            {
                return read;
            }

            var ids = batch.Select(idOf).OfType<int>().Distinct().ToList();
            await apply(ids, batch[^1].Id);
            read += batch.Count;
        }
    }

    private static List<string> Deletes(List<int> ids, IEnumerable<string> kept)
    {
        var keep = kept.ToHashSet();
        return ids.Select(i => i.ToString(CultureInfo.InvariantCulture)).Where(i => !keep.Contains(i)).ToList();
    }
}
