using AeI.Crm.Candidates;
using AeI.Crm.Persistence;
using AeI.Crm.Placements;
using AeI.Crm.Vacancies;
using AeI.Crm.Web.Infrastructure;
using AeI.Crm.Web.Pages.Candidates;
using AeI.Crm.Web.Pages.Placements;
using AutoMapper;
using AutoMapper.QueryableExtensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Pages.Vacancies;

public class DetailsModel(CrmDbContext db, IMapper mapper, CurrentUser me, CandidateAccess access, AeI.Crm.Web.Pages.FollowUps.RelatedFollowUps related) : PageModel
{
    /// <summary>Open follow-ups about this record.</summary>
    public IReadOnlyList<AeI.Crm.Web.Pages.FollowUps.FollowUpItem> FollowUps { get; private set; } = [];

    public VacancyView Vacancy { get; private set; } = new();

    /// <summary>Placements by stage; a card whose candidate the user may not see has no name.</summary>
    public IReadOnlyList<PlacementCard> Placements { get; private set; } = [];

    /// <summary>Openings filled by a hire.</summary>
    public int Filled { get; private set; }

    public IReadOnlySet<int> VisibleCandidateIds { get; private set; } = new HashSet<int>();

    public IReadOnlyList<(int Id, string Name)> Proposable { get; private set; } = [];

    [BindProperty]
    public int? CandidateId { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostProposeAsync(int id, [FromServices] Proposals proposals, CancellationToken ct)
    {
        if (!me.IsMediator)
        {
            return Forbid();
        }

        if (!await db.Vacancies.AnyAsync(v => v.Id == id, ct))
        {
            return NotFound();
        }

        var (ok, message) = CandidateId is { } candidateId ? await proposals.ProposeAsync(candidateId, id, ct) : (false, "Scegli una persona del tuo servizio.");
        if (!ok)
        {
            ModelState.AddModelError(nameof(CandidateId), message);
            await LoadAsync(id, ct);
            return Page();
        }

        TempData["Message"] = message;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var vacancy = await db.Vacancies.AsNoTracking().Where(v => v.Id == id).ProjectTo<VacancyView>(mapper.ConfigurationProvider).FirstOrDefaultAsync(ct);
        if (vacancy is null)
        {
            return false;
        }

        Vacancy = vacancy;
        // The board counts every placement; it names a person only where the placement itself is visible.
        var visiblePlacements = (await (await access.VisiblePlacementsAsync(ct)).Where(p => p.VacancyId == id).Select(p => p.Id).ToListAsync(ct)).ToHashSet();
        var cards = await db.Placements.AsNoTracking().Where(p => p.VacancyId == id).OrderBy(p => p.ProposedOn)
            .ProjectTo<PlacementCard>(mapper.ConfigurationProvider).ToListAsync(ct);
        foreach (var card in cards.Where(c => !visiblePlacements.Contains(c.Id)))
        {
            card.CandidateFullName = "";
            card.CandidateId = 0;
        }

        VisibleCandidateIds = cards.Where(c => c.CandidateId != 0).Select(c => c.CandidateId).ToHashSet();

        Placements = cards;
        Filled = cards.Count(c => c.Stage == PlacementStage.Hired);
        if (me.IsMediator)
        {
            var caseloads = await access.WorkingCaseloadsAsync(ct);
            var held = db.Placements.Where(p => p.VacancyId == id).Where(Placement.HoldsProposal).Select(p => p.CandidateId);
            Proposable = (await db.Candidates.AsNoTracking()
                .Where(c => caseloads.Contains(c.CaseloadId) && (c.Status == CandidateStatus.Active || c.Status == CandidateStatus.InInternship))
                .Where(c => !held.Contains(c.Id))
                .OrderBy(c => c.LastName).ThenBy(c => c.FirstName)
                .Select(c => new { c.Id, Name = c.LastName + " " + c.FirstName })
                .ToListAsync(ct)).Select(c => (c.Id, c.Name)).ToList();
        }

        FollowUps = await related.ForVacancyAsync(id, ct);
        return true;
    }
}
