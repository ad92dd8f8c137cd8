using AeI.Crm.Importing;
using AeI.Crm.Persistence;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Importing;

/// <summary>
/// At start: runs that were queued or running when the app stopped (or was killed) are queued
/// again and resume after their last saved batch; drafts left for two days are dropped with their files.
/// </summary>
public sealed class ImportResumption(IServiceProvider root, TimeProvider clock) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var scope = root.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var jobs = scope.ServiceProvider.GetRequiredService<IBackgroundJobClient>();
        var files = scope.ServiceProvider.GetRequiredService<ImportFileStore>();
        var log = scope.ServiceProvider.GetRequiredService<ILogger<ImportResumption>>();
        foreach (var id in await db.ImportRuns.Where(r => r.Status == ImportStatus.Queued || r.Status == ImportStatus.Running).Select(r => r.Id).ToListAsync(cancellationToken))
        {
            log.LogInformation("Import {Run} was not finished: queued again to resume", id);
            jobs.Enqueue<ImportJobs>(j => j.RunAsync(id, CancellationToken.None));
        }

        var stale = clock.GetUtcNow().UtcDateTime.AddDays(-2);
        foreach (var draft in await db.ImportRuns.Where(r => r.Status == ImportStatus.Draft && r.CreatedAtUtc < stale).ToListAsync(cancellationToken))
        {
            draft.Status = ImportStatus.Cancelled;
            files.Delete(draft.Id);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
