using AeI.Crm.Web.Pages.Diary;
using AeI.Crm.Persistence;
using AeI.Crm.Web.Infrastructure;
using AeI.Crm.Web.Pages.Placements;
using AutoMapper;
using AutoMapper.QueryableExtensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Pages.Candidates;

public class DetailsModel(CandidateAccess access, CrmDbContext db, IMapper mapper, AeI.Crm.Web.Pages.FollowUps.RelatedFollowUps related, DiaryNotes diary, TimeProvider clock) : PageModel
{
    public DiaryView Diary { get; private set; } = new([], false, "Note", default);

    /// <summary>Adds a note to the person's diary (the person's mediators only), then shows the page again.</summary>
    public async Task<IActionResult> OnPostNoteAsync(int id, DateOnly? noteOn, string? noteText, CancellationToken ct)
    {
        if (!await (await access.VisibleAsync(ct)).AnyAsync(c => c.Id == id, ct))
        {
            return NotFound();
        }

        if (await diary.AddAsync(id, null, noteOn, noteText, ct) is { } error)
        {
            var page = await OnGetAsync(id, ct);
            Diary = Diary with { Error = error };
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return page;
        }

        TempData["Message"] = "Nota aggiunta al diario.";
        return RedirectToPage(new { id });
    }

    /// <summary>Open follow-ups about this record.</summary>
    public IReadOnlyList<AeI.Crm.Web.Pages.FollowUps.FollowUpItem> FollowUps { get; private set; } = [];

    public CandidateView Candidate { get; private set; } = new();

    /// <summary>Null unless the user is a mediator of the person's caseload.</summary>
    public SensitiveView? Sensitive { get; private set; }

    public bool CanEdit { get; private set; }

    /// <summary>The imports that created or completed the record, for the caseload's mediators only (a file's name may say more than it should).</summary>
    public IReadOnlyList<AeI.Crm.Web.Pages.Importing.ImportMark> Imports { get; private set; } = [];

    public IReadOnlyList<PlacementCard> Placements { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        // A person the user may not see does not exist for them: 404, not 403, so ids reveal nothing.
        var visible = await access.VisibleAsync(ct);
        var candidate = await visible.AsNoTracking().Where(c => c.Id == id).ProjectTo<CandidateView>(mapper.ConfigurationProvider).FirstOrDefaultAsync(ct);
        if (candidate is null)
        {
            return NotFound();
        }

        Candidate = candidate;
        CanEdit = await access.IsOwnCaseloadAsync(candidate.CaseloadId, ct);
        if (CanEdit)
        {
            Sensitive = await db.Candidates.AsNoTracking().Where(c => c.Id == id)
                .Select(c => new SensitiveView(c.ProtectedCategory, c.TargetGroup)).FirstAsync(ct);
            Imports = await AeI.Crm.Web.Pages.Importing.ImportRuns.MarksAsync(db, r => r.CandidateId == id, ct);
        }

        Placements = await (await access.VisiblePlacementsAsync(ct)).AsNoTracking().Where(p => p.CandidateId == id).OrderByDescending(p => p.ProposedOn).ProjectTo<PlacementCard>(mapper.ConfigurationProvider).ToListAsync(ct);
        FollowUps = await related.ForCandidateAsync(id, ct);
        Diary = new DiaryView(await diary.ForPersonAsync(id, ct), await diary.MayWriteAsync(candidate.CaseloadId, ct), "Note", clock.Today());
        return Page();
    }
}
