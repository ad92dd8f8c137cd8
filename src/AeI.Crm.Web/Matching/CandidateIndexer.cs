using AeI.Crm.Matching.Indexing;
using AeI.Crm.Matching.Model;
using AeI.Crm.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Matching;

/// <summary>
/// Keeps the search index in step with the database: a saved person is re-indexed (or removed
/// when their path is closed) at once, so the next search sees the change.
/// </summary>
public sealed class CandidateIndexer(CrmDbContext db, CandidateIndex index)
{
    /// <summary>Re-reads one person and updates the index.</summary>
    public async Task RefreshAsync(int candidateId, CancellationToken ct)
    {
        var candidate = await db.Candidates.AsNoTracking().Include(c => c.Caseload).FirstOrDefaultAsync(c => c.Id == candidateId, ct);
        if (candidate is null || !EntityDocuments.IsSearchable(candidate))
        {
            index.Delete(candidateId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return;
        }

        index.Upsert(EntityDocuments.From(candidate, candidate.Caseload!.Code));
    }

    /// <summary>Rebuilds the whole index from the database.</summary>
    public async Task<int> RebuildAsync(CancellationToken ct)
    {
        var people = await db.Candidates.AsNoTracking().Include(c => c.Caseload)
            .Where(EntityDocuments.Searchable)
            .ToListAsync(ct);
        return index.Rebuild(people.Select(c => EntityDocuments.From(c, c.Caseload!.Code)).ToList());
    }
}
