using AeI.Crm.Matching.Indexing;
using AeI.Crm.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AeI.Crm.Web.SearchIndex;

/// <summary>
/// Keeps the search indexes (people, and open positions) in step with the database from the change
/// log (<see cref="AeI.Crm.Search.SearchIndexChange"/>): after each save, at start-up and on a timer,
/// it applies the changes after each index's cursor and moves that cursor in the same commit. A save
/// whose index update failed or was cancelled is applied by the next catch-up.
/// </summary>
public sealed class SearchIndexSync(IServiceScopeFactory scopes, CandidateIndex index, VacancyIndex positions, TimeProvider clock, IOptions<SearchIndexOptions> options, ILogger<SearchIndexSync> logger) : IDisposable
{
    private readonly SemaphoreSlim _one = new(1, 1);

    /// <summary>Applies every change after each index's cursor; returns how many changes of the log were read.</summary>
    public async Task<int> CatchUpAsync(CancellationToken ct)
    {
        await _one.WaitAsync(ct);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
            var applied = await IndexSynchronizer.CatchUpAsync(db, index, options.Value.BatchSize, ct);
            applied += await IndexSynchronizer.CatchUpAsync(db, positions, options.Value.BatchSize, ct);
            await PruneAsync(db, ct);
            return applied;
        }
        finally
        {
            _one.Release();
        }
    }

    /// <summary>
    /// After a save: catches up now, independent of the request (a client that disconnects does not
    /// cancel it). A failure is logged and left to the timer; the save itself already succeeded.
    /// </summary>
    public async Task AfterSaveAsync()
    {
        try
        {
            await CatchUpAsync(CancellationToken.None);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ObjectDisposedException or InvalidOperationException)
        {
            logger.LogWarning(ex, "The search index could not catch up now; it will on the next run.");
        }
    }

    /// <summary>Rebuilds the people's index from the database; the index is marked complete only at the end.</summary>
    public Task<int> RebuildAsync(CancellationToken ct) => RebuildAsync(db => IndexSynchronizer.RebuildAsync(db, index, ct), ct);

    /// <summary>Rebuilds the positions' index from the database; the index is marked complete only at the end.</summary>
    public Task<int> RebuildPositionsAsync(CancellationToken ct) => RebuildAsync(db => IndexSynchronizer.RebuildAsync(db, positions, ct), ct);

    private async Task<int> RebuildAsync(Func<CrmDbContext, Task<int>> rebuild, CancellationToken ct)
    {
        await _one.WaitAsync(ct);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            return await rebuild(scope.ServiceProvider.GetRequiredService<CrmDbContext>());
        }
        finally
        {
            _one.Release();
        }
    }

    private async Task PruneAsync(CrmDbContext db, CancellationToken ct)
    {
        // Changes both indexes applied, older than the retention, are no longer needed (kept a while for other instances).
        var cursor = Math.Min(index.Cursor, positions.Cursor);
        var before = clock.GetUtcNow().UtcDateTime - TimeSpan.FromDays(options.Value.KeepChangesDays);
        await db.SearchIndexChanges.Where(c => c.Id <= cursor && c.ChangedUtc < before).ExecuteDeleteAsync(ct);
    }

    public void Dispose() => _one.Dispose();
}
