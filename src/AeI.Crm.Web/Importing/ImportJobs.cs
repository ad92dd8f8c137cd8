using AeI.Crm.Importing;
using AeI.Crm.Notifications.Scheduling;
using AeI.Crm.Persistence;
using AeI.Crm.Users;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Importing;

/// <summary>
/// The import run as a Hangfire job, on its own queue and worker. It takes the run's id and reads
/// everything else from the database; the run resumes where its last batch ended, so a job run twice
/// or after a restart changes nothing already done.
/// </summary>
public sealed class ImportJobs(CrmDbContext db, ImportRunner runner, ImportFileStore files, TimeProvider clock, ILogger<ImportJobs> log)
{
    public const string Queue = "imports";

    [Queue(Queue)]
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(int runId, CancellationToken ct)
    {
        var run = await db.ImportRuns.AsNoTracking().Where(r => r.Id == runId).Select(r => new { r.Kind, r.UserId }).SingleOrDefaultAsync(ct);
        if (run is null)
        {
            return;
        }

        // An account manager's companies are theirs; a coordinator's import leaves them unassigned.
        var isAccountManager = await db.UserRoles.AnyAsync(ur => ur.UserId == run.UserId && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.AccountManager), ct);
        var now = clock.GetUtcNow();
        var context = new ImportContext(MunicipalityLookup.Shared, now.UtcDateTime, ItalianCalendar.Today(now), run.Kind == ImportKind.Companies && isAccountManager ? run.UserId : null);
        try
        {
            await runner.RunAsync(runId, context, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Whole batches are saved; the rest of the file is not. Re-running the file completes it.
            log.LogError(e, "Import {Run} failed", runId);
            db.ChangeTracker.Clear();
            await db.ImportRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Status, ImportStatus.Failed)
                .SetProperty(r => r.FinishedAtUtc, clock.GetUtcNow().UtcDateTime)
                .SetProperty(r => r.Error, "L'importazione si è fermata per un errore imprevisto. Le righe elaborate restano importate; carica di nuovo il file per completarla: le righe già importate non saranno ripetute."), CancellationToken.None);
            files.Delete(runId);
        }
    }
}
