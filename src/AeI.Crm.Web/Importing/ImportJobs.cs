using AeI.Crm.Importing;
using AeI.Crm.Notifications.Scheduling;
using AeI.Crm.Persistence;
using AeI.Crm.Users;
using AeI.Crm.Web.SearchIndex;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Importing;

/// <summary>
/// The import run as a Hangfire job, on its own queue and worker. It takes the run's id and reads
/// everything else from the database; the run resumes where its last batch ended, so a job run twice
/// or after a restart changes nothing already done.
/// </summary>
public sealed class ImportJobs(CrmDbContext db, ImportRunner runner, ImportFileStore files, SearchIndexSync searchIndex, TimeProvider clock, ILogger<ImportJobs> log)
{
    public const string Queue = "imports";

    [Queue(Queue)]
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(int runId, CancellationToken ct)
    {
        var run = await db.ImportRuns.AsNoTracking().Where(r => r.Id == runId).Select(r => new { r.Kind, r.UserId, r.CaseloadId, r.Status }).SingleOrDefaultAsync(ct);
        if (run is null)
        {
            return;
        }

        var roles = await db.UserRoles.Where(ur => ur.UserId == run.UserId).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync(ct);
        var mediatesCaseload = run.Kind == ImportKind.People && roles.Contains(Roles.Mediator)
            && await db.CaseloadMemberships.AnyAsync(m => m.UserId == run.UserId && m.CaseloadId == run.CaseloadId, ct);
        if (run.Kind == ImportKind.People && !mediatesCaseload && run.Status is ImportStatus.Queued or ImportStatus.Running)
        {
            // Confirmed, then the importer left the caseload: nothing goes into a caseload they no longer follow.
            await FailAsync(runId, "L'importazione non è stata eseguita: chi l'ha caricata non segue più il servizio. Le righe già importate restano.");
            return;
        }

        // An account manager's companies are theirs; a coordinator's import leaves them unassigned.
        var now = clock.GetUtcNow();
        var context = new ImportContext(
            MunicipalityLookup.Shared, now.UtcDateTime, ItalianCalendar.Today(now),
            run.Kind == ImportKind.Companies && roles.Contains(Roles.AccountManager) ? run.UserId : null,
            MaySeeSensitive: mediatesCaseload);
        try
        {
            await runner.RunAsync(runId, context, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Whole batches are saved; the rest of the file is not. Re-running the file completes it.
            log.LogError(e, "Import {Run} failed", runId);
            await FailAsync(runId, "L'importazione si è fermata per un errore imprevisto. Le righe elaborate restano importate; carica di nuovo il file per completarla: le righe già importate non saranno ripetute.");
        }
        finally
        {
            if (run.Kind == ImportKind.People)
            {
                // The people saved are in the change log; the index takes them now rather than at the next tick.
                await searchIndex.AfterSaveAsync();
            }
        }
    }

    private async Task FailAsync(int runId, string error)
    {
        db.ChangeTracker.Clear();
        await db.ImportRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.Status, ImportStatus.Failed)
            .SetProperty(r => r.FinishedAtUtc, clock.GetUtcNow().UtcDateTime)
            .SetProperty(r => r.Error, error), CancellationToken.None);
        files.Delete(runId);
    }
}
