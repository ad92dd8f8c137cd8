using AeI.Crm.Importing;
using AeI.Crm.Persistence;
using AeI.Crm.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Pages.Importing;

/// <summary>The runs a user may open: their own; coordinators and administrators see every run.</summary>
public static class ImportRuns
{
    public static IQueryable<ImportRun> Visible(CrmDbContext db, CurrentUser me)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(me);
        var id = me.Id;
        return me.IsCoordinator || me.IsAdmin ? db.ImportRuns : db.ImportRuns.Where(r => r.UserId == id);
    }

    /// <summary>A draft and its file read, or what to answer instead: 404, or the run's page once it is no draft.</summary>
    public sealed record Draft(ImportRun Run, AeI.Crm.Importing.Reading.ImportTable Table);

    public static async Task<(Draft? Draft, Microsoft.AspNetCore.Mvc.IActionResult? Problem)> DraftAsync(CrmDbContext db, CurrentUser me, ImportFileStore files, int id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(files);
        var run = await FindAsync(db, me, id, ct);
        if (run is null)
        {
            return (null, new Microsoft.AspNetCore.Mvc.NotFoundResult());
        }

        if (run.Status != ImportStatus.Draft)
        {
            return (null, new Microsoft.AspNetCore.Mvc.RedirectResult(PageOf(run)));
        }

        var content = await files.ReadAsync(id, ct);
        return content is null
            ? (null, new Microsoft.AspNetCore.Mvc.NotFoundResult())
            : (new Draft(run, AeI.Crm.Importing.Reading.ImportFileReader.Read(content, run.FileName, int.MaxValue)), null);
    }

    public static Task<ImportRun?> FindAsync(CrmDbContext db, CurrentUser me, int id, CancellationToken ct) =>
        Visible(db, me).FirstOrDefaultAsync(r => r.Id == id, ct);

    /// <summary>A UTC time from the database as Rome's local time, for display.</summary>
    public static DateTime Local(DateTime utc) =>
        AeI.Crm.Notifications.Scheduling.ItalianCalendar.LocalTime(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));

    public static string KindLabel(ImportKind kind) => kind switch
    {
        ImportKind.Companies => "Aziende e referenti",
        ImportKind.Activities => "Storico delle attività",
        ImportKind.People => "Persone",
        _ => kind.ToString(),
    };

    public static string StatusLabel(ImportStatus status) => status switch
    {
        ImportStatus.Draft => "Da confermare",
        ImportStatus.Queued => "In coda",
        ImportStatus.Running => "In corso",
        ImportStatus.Completed => "Completata",
        ImportStatus.Failed => "Interrotta",
        ImportStatus.Cancelled => "Annullata",
        _ => status.ToString(),
    };

    public static string OutcomeLabel(RowOutcome outcome) => outcome switch
    {
        RowOutcome.Created => "Nuova",
        RowOutcome.Merged => "Unita",
        RowOutcome.Skipped => "Saltata",
        RowOutcome.Rejected => "Scartata",
        _ => outcome.ToString(),
    };

    public static string OutcomeBadge(RowOutcome outcome) => outcome switch
    {
        RowOutcome.Created => "text-bg-success",
        RowOutcome.Merged => "text-bg-info",
        RowOutcome.Skipped => "text-bg-secondary",
        _ => "text-bg-danger",
    };

    /// <summary>Where a run is looked at: its mapping and preview while a draft, its progress and report after.</summary>
    public static string PageOf(ImportRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run.Status == ImportStatus.Draft ? $"/Imports/Preview/{run.Id}" : $"/Imports/Run/{run.Id}";
    }
}
