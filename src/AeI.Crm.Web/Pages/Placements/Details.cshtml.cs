using System.ComponentModel.DataAnnotations;
using AeI.Crm.Candidates;
using AeI.Crm.Common;
using AeI.Crm.Vacancies;
using AeI.Crm.Persistence;
using AeI.Crm.Placements;
using AeI.Crm.Web.Infrastructure;
using AeI.Crm.Web.Pages.Candidates;
using AeI.Crm.Web.SearchIndex;
using AutoMapper;
using AutoMapper.QueryableExtensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Pages.Placements;

/// <summary>One placement and the form that moves it to its next stage (mediators of the caseload).</summary>
public class DetailsModel(CandidateAccess access, IMapper mapper, TimeProvider clock, PlacementMover mover, AeI.Crm.Web.Pages.FollowUps.RelatedFollowUps related, AeI.Crm.Web.Pages.Diary.DiaryNotes diary) : PageModel
{
    public AeI.Crm.Web.Pages.Diary.DiaryView Diary { get; private set; } = new([], false, "Note", default);

    /// <summary>Adds a note about this placement to the person's diary (the person's mediators only).</summary>
    public async Task<IActionResult> OnPostNoteAsync(int id, DateOnly? noteOn, string? noteText, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (await diary.AddAsync(Placement.CandidateId, id, noteOn, noteText, ct) is { } error)
        {
            Diary = Diary with { Error = error };
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        TempData["Message"] = "Nota aggiunta al diario.";
        return RedirectToPage(new { id });
    }

    /// <summary>Open follow-ups about this record.</summary>
    public IReadOnlyList<AeI.Crm.Web.Pages.FollowUps.FollowUpItem> FollowUps { get; private set; } = [];

    public PlacementCard Placement { get; private set; } = new();

    public bool CanMove { get; private set; }

    [BindProperty]
    public MoveInput Move { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Move = new MoveInput { On = clock.Today(), Version = Placement.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!CanMove)
        {
            return Forbid();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var outcome = await mover.MoveAsync(id, Move, ct);
        if (outcome.Conflict)
        {
            ViewData["Conflict"] = true;
            return Page();
        }

        if (!outcome.Saved)
        {
            foreach (var (field, message) in outcome.Errors)
            {
                ModelState.AddModelError($"Move.{field}", message);
            }

            return Page();
        }

        TempData["Message"] = outcome.Message;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var card = await (await access.VisiblePlacementsAsync(ct)).AsNoTracking().Where(p => p.Id == id)
            .ProjectTo<PlacementCard>(mapper.ConfigurationProvider).FirstOrDefaultAsync(ct);
        if (card is null)
        {
            return false;
        }

        Placement = card;
        CanMove = await access.IsOwnCaseloadAsync(card.CandidateCaseloadId, ct);
        FollowUps = await related.ForPlacementAsync(id, ct);
        Diary = new AeI.Crm.Web.Pages.Diary.DiaryView(await diary.ForPlacementAsync(id, ct), CanMove, "Note", clock.Today());
        return true;
    }
}
