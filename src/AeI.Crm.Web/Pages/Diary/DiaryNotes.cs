using AeI.Crm.Access;
using AeI.Crm.Diary;
using AeI.Crm.Persistence;
using AeI.Crm.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Pages.Diary;

/// <summary>One note as the pages show it.</summary>
public sealed record DiaryNoteView(int Id, DateOnly On, DateTime WrittenAt, string Author, string Text, int? PlacementId, string? PlacementLabel);

/// <summary>The diary block of a page: its notes and, for the caseload's mediators, the form to add one.</summary>
public sealed record DiaryView(IReadOnlyList<DiaryNoteView> Notes, bool CanWrite, string Handler, DateOnly Today, string? Error = null);

/// <summary>
/// Reading and writing diary notes under <see cref="PeopleAccess.DiaryNotes"/>: the person's own
/// mediators write and read; an account manager reads the notes on a placement for their position
/// once it reached the interview.
/// </summary>
public sealed class DiaryNotes(CrmDbContext db, CurrentUser me, TimeProvider clock)
{
    public async Task<IReadOnlyList<DiaryNoteView>> ForPersonAsync(int candidateId, CancellationToken ct) =>
        await ReadAsync((await VisibleAsync(ct)).Where(n => n.CandidateId == candidateId), ct);

    public async Task<IReadOnlyList<DiaryNoteView>> ForPlacementAsync(int placementId, CancellationToken ct) =>
        await ReadAsync((await VisibleAsync(ct)).Where(n => n.PlacementId == placementId), ct);

    /// <summary>Whether the user writes in this person's diary: a mediator of the person's caseload.</summary>
    public async Task<bool> MayWriteAsync(int caseloadId, CancellationToken ct) => PeopleAccess.MayManage(await me.ViewerAsync(ct), caseloadId);

    /// <summary>Adds a note; returns the reason it was refused (in Italian), or null.</summary>
    public async Task<string?> AddAsync(int candidateId, int? placementId, DateOnly? on, string? text, CancellationToken ct)
    {
        var caseload = await db.Candidates.Where(c => c.Id == candidateId).Select(c => (int?)c.CaseloadId).SingleOrDefaultAsync(ct);
        if (caseload is null || !await MayWriteAsync(caseload.Value, ct))
        {
            return "Solo i mediatori del servizio della persona scrivono nel suo diario.";
        }

        var today = clock.Today();
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return "Scrivi la nota.";
        }

        if (trimmed.Length > DiaryNote.TextLength)
        {
            return $"La nota può avere al massimo {DiaryNote.TextLength} caratteri.";
        }

        var day = on ?? today;
        if (day > today)
        {
            return "La data della nota non può essere nel futuro.";
        }

        if (day < today.AddYears(-5))
        {
            return "La data della nota è troppo lontana.";
        }

        db.DiaryNotes.Add(new DiaryNote { CandidateId = candidateId, PlacementId = placementId, AuthorId = me.Id, On = day, WrittenAt = clock.RomeNow(), Text = trimmed });
        await db.SaveChangesAsync(ct);
        return null;
    }

    private async Task<IQueryable<DiaryNote>> VisibleAsync(CancellationToken ct) => PeopleAccess.DiaryNotes(db, await me.ViewerAsync(ct));

    private static async Task<IReadOnlyList<DiaryNoteView>> ReadAsync(IQueryable<DiaryNote> notes, CancellationToken ct) =>
        await notes.AsNoTracking().OrderByDescending(n => n.On).ThenByDescending(n => n.Id)
            .Select(n => new DiaryNoteView(n.Id, n.On, n.WrittenAt, n.Author!.FullName, n.Text, n.PlacementId,
                n.Placement != null ? n.Placement.Vacancy!.Title + " – " + n.Placement.Vacancy.Company!.LegalName : null))
            .ToListAsync(ct);
}
