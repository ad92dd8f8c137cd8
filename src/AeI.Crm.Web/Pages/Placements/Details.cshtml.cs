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
public class DetailsModel(CrmDbContext db, CandidateAccess access, IMapper mapper, TimeProvider clock, SearchIndexSync searchIndex, AeI.Crm.Web.Pages.FollowUps.RelatedFollowUps related, CurrentUser me, AeI.Crm.Web.Pages.Diary.DiaryNotes diary) : PageModel
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

        var today = clock.Today();
        if (Move.On > today && Move.Stage != PlacementStage.Interview)
        {
            ModelState.AddModelError("Move.On", "La data non può essere nel futuro (solo un colloquio si può fissare in avanti).");
        }

        if (Move.On > today.AddYears(1))
        {
            ModelState.AddModelError("Move.On", "Si può fissare al massimo un anno avanti.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var placement = await db.Placements.Include(p => p.Candidate).FirstAsync(p => p.Id == id, ct);
        db.ExpectVersion(placement, Move.Version);
        try
        {
            placement.MoveTo(Move.Stage, Move.On, Move.Contract, Move.Reason);
        }
        catch (PlacementTransitionException ex)
        {
            ModelState.AddModelError(ex.Message.StartsWith("Indica il motivo", StringComparison.Ordinal) ? "Move.Reason" : "Move.Stage", ex.Message);
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

        var now = clock.RomeNow();
        var hire = Move.Stage == PlacementStage.Hired ? await HireEffects.ApplyAsync(db, placement, now, ct) : null;
        if (Move.Stage == PlacementStage.Interview && Move.On > today)
        {
            AddInterviewReminder(placement, now);
        }

        if (!await db.SaveUnlessConflictAsync(ct))
        {
            ViewData["Conflict"] = true;
            return Page();
        }

        await searchIndex.AfterSaveAsync();
        TempData["Message"] = hire is { } h
            ? $"Assunzione registrata: la persona risulta assunta e il percorso è chiuso. Posti coperti: {h.Filled} di {h.Openings}{(h.VacancyFilled ? ", la posizione è ora coperta" : "")}."
            : Move.Stage == PlacementStage.Interview && Move.On > today
                ? $"Colloquio fissato per il {Move.On:dd/MM/yyyy}: lo ritrovi in Le mie attività."
                : "Fase aggiornata.";
        return RedirectToPage(new { id });
    }

    /// <summary>A scheduled interview becomes a follow-up for the person's mediator on its day.</summary>
    private void AddInterviewReminder(Placement placement, DateTime now)
    {
        var key = $"interview:{placement.Id}:{Move.On:yyyy-MM-dd}";
        db.FollowUps.Add(new AeI.Crm.FollowUps.FollowUp
        {
            OwnerId = placement.Candidate!.MediatorId ?? me.Id,
            DueOn = Move.On,
            Subject = $"Colloquio per «{Placement.VacancyTitle}» presso {Placement.VacancyCompanyLegalName}",
            CompanyId = Placement.VacancyCompanyId,
            VacancyId = placement.VacancyId,
            PlacementId = placement.Id,
            RuleKey = key,
            CreatedAt = now,
        });
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

    public sealed class MoveInput
    {
        [Required(ErrorMessage = "Scegli la nuova fase.")]
        public PlacementStage Stage { get; set; } = PlacementStage.CvSent;

        [Required(ErrorMessage = "Indica la data.")]
        public DateOnly On { get; set; }

        public ContractType? Contract { get; set; }

        /// <summary>For an internship: when it is due to end (the app reminds 15 days before).</summary>
        public DateOnly? InternshipEndOn { get; set; }

        [StringLength(1000, ErrorMessage = "Il motivo può avere al massimo 1000 caratteri.")]
        public string? Reason { get; set; }

        public int Version { get; set; }
    }
}
