using AeI.Crm.Importing;
using AeI.Crm.Persistence;
using AeI.Crm.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Pages.Importing;

/// <summary>
/// Who imports what, and who sees which run: companies and activities for account managers,
/// coordinators and administrators; people for mediators, into a caseload of their own.
/// </summary>
public static class ImportRuns
{
    /// <summary>
    /// The runs a user may open: their own; coordinators and administrators also every run of
    /// companies and activities. A people's run is its importer's alone, and only while they follow
    /// its caseload: its file name, rows and reasons are about people of that caseload (decision
    /// 0007: administrators see no one, coordinators no sensitive field).
    /// </summary>
    public static IQueryable<ImportRun> Visible(CrmDbContext db, CurrentUser me)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(me);
        var id = me.Id;
        var everyone = me.IsCoordinator || me.IsAdmin;
        return db.ImportRuns.Where(r => r.Kind == ImportKind.People
            ? r.UserId == id && db.CaseloadMemberships.Any(m => m.UserId == id && m.CaseloadId == r.CaseloadId)
            : r.UserId == id || everyone);
    }

    /// <summary>What the user may import.</summary>
    public static IReadOnlyList<ImportKind> KindsFor(CurrentUser me)
    {
        ArgumentNullException.ThrowIfNull(me);
        var kinds = new List<ImportKind>();
        if (me.IsAccountManager || me.IsCoordinator || me.IsAdmin)
        {
            kinds.AddRange([ImportKind.Companies, ImportKind.Activities]);
        }

        if (me.IsMediator)
        {
            kinds.Add(ImportKind.People);
        }

        return kinds;
    }

    /// <summary>Whether the user may see the sensitive columns of this run: a mediator of the caseload it imports into.</summary>
    public static async Task<bool> MaySeeSensitiveAsync(CurrentUser me, ImportRun run, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(me);
        ArgumentNullException.ThrowIfNull(run);
        return run.Kind == ImportKind.People && run.CaseloadId is { } caseload && AeI.Crm.Access.PeopleAccess.MayManage(await me.ViewerAsync(ct), caseload);
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

    /// <summary>The imports that created or completed the records <paramref name="which"/> selects, latest first.</summary>
    public static Task<List<ImportMark>> MarksAsync(CrmDbContext db, System.Linq.Expressions.Expression<Func<ImportRowResult, bool>> which, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return (
            from r in db.ImportRowResults.AsNoTracking().Where(which)
            join run in db.ImportRuns on r.RunId equals run.Id
            where r.Outcome == RowOutcome.Created || r.Outcome == RowOutcome.Merged
            orderby run.Id descending
            select new ImportMark(run.Id, run.FileName, r.Line, r.Outcome, db.Users.Where(u => u.Id == run.UserId).Select(u => u.FullName).FirstOrDefault() ?? "", run.StartedAtUtc ?? run.CreatedAtUtc))
            .Take(20).ToListAsync(ct);
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

/// <summary>An import that created or completed a record: the run, the file, the row, who and when.</summary>
public sealed record ImportMark(int RunId, string FileName, int Line, RowOutcome Outcome, string UserFullName, DateTime AtUtc);
