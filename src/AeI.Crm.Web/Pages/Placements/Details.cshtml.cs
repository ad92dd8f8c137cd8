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
public class DetailsModel(CrmDbContext db, CandidateAccess access, IMapper mapper, TimeProvider clock, SearchIndexSync searchIndex, AeI.Crm.Web.Pages.FollowUps.RelatedFollowUps related) : PageModel
{
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

        if (Move.On > clock.Today())
        {
            ModelState.AddModelError("Move.On", "La data non può essere nel futuro.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var placement = await db.Placements.Include(p => p.Candidate).FirstAsync(p => p.Id == id, ct);
        db.ExpectVersion(placement, Move.Version);
        try
        {
            placement.MoveTo(Move.Stage, Move.On, Move.Contract);
        }
        catch (PlacementTransitionException ex)
        {
            ModelState.AddModelError("Move.Stage", ex.Message);
            return Page();
        }

        if (Move.Stage == PlacementStage.Internship && placement.WhyNotInternshipEnd(Move.InternshipEndOn) is { } endError)
        {
            ModelState.AddModelError("Move.InternshipEndOn", endError);
            return Page();
        }

        if (Move.Stage == PlacementStage.Internship)
        {
            placement.InternshipEndOn = Move.InternshipEndOn;
        }

        var candidate = placement.Candidate!;
        if (Move.Stage == PlacementStage.Internship && candidate.Status == CandidateStatus.Active)
        {
            candidate.Status = CandidateStatus.InInternship;
        }

        if (!await db.SaveUnlessConflictAsync(ct))
        {
            ViewData["Conflict"] = true;
            return Page();
        }

        await searchIndex.AfterSaveAsync();
        TempData["Message"] = Move.Stage == PlacementStage.Hired
            ? "Assunzione registrata. Ricorda di chiudere il percorso dalla scheda della persona, se è concluso."
            : "Fase aggiornata.";
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
        return true;
    }

    public sealed class MoveInput
    {
        [Required(ErrorMessage = "Scegli la nuova fase.")]
        public PlacementStage Stage { get; set; } = PlacementStage.CvSent;

        [Required(ErrorMessage = "Indica la data.")]
        public DateOnly On { get; set; }

        public ContractType? Contract { get; set; }

        /// <summary>For an internship: when it is due to end (the app reminds 15 days before).</summary>
        public DateOnly? InternshipEndOn { get; set; }

        public int Version { get; set; }
    }
}
