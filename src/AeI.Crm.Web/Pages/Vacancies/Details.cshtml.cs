using AeI.Crm.Candidates;
using AeI.Crm.Persistence;
using AeI.Crm.Placements;
using AeI.Crm.Vacancies;
using AeI.Crm.Web.Infrastructure;
using AeI.Crm.Web.Pages.Placements;
using AutoMapper;
using AutoMapper.QueryableExtensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Pages.Vacancies;

public class DetailsModel(CrmDbContext db, IMapper mapper, CurrentUser me, CandidateAccess access, TimeProvider clock) : PageModel
{
    public VacancyView Vacancy { get; private set; } = new();

    /// <summary>Placements by stage; a card whose candidate the user may not see has no name.</summary>
    public IReadOnlyList<PlacementCard> Placements { get; private set; } = [];

    public IReadOnlySet<int> VisibleCandidateIds { get; private set; } = new HashSet<int>();

    public IReadOnlyList<(int Id, string Name)> Proposable { get; private set; } = [];

    [BindProperty]
    public int? CandidateId { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostProposeAsync(int id, CancellationToken ct)
    {
        if (!me.IsMediator)
        {
            return Forbid();
        }

        var vacancy = await db.Vacancies.AsNoTracking().FirstOrDefaultAsync(v => v.Id == id, ct);
        if (vacancy is null)
        {
            return NotFound();
        }

        var visible = await access.VisibleAsync(ct);
        var candidate = CandidateId is null ? null : await visible.AsNoTracking().FirstOrDefaultAsync(c => c.Id == CandidateId, ct);
        if (candidate is null || !await access.IsOwnCaseloadAsync(candidate.CaseloadId, ct))
        {
            ModelState.AddModelError(nameof(CandidateId), "Scegli una persona del tuo servizio.");
        }
        else if (vacancy.Status is not (VacancyStatus.Open or VacancyStatus.OnHold))
        {
            ModelState.AddModelError(nameof(CandidateId), "La posizione non è più aperta: non si possono proporre candidati.");
        }
        else if (candidate.Status is CandidateStatus.Closed or CandidateStatus.Placed)
        {
            ModelState.AddModelError(nameof(CandidateId), "Il percorso di questa persona è chiuso.");
        }
        else if (await db.Placements.AnyAsync(p => p.VacancyId == id && p.CandidateId == candidate.Id
                     && p.Stage != PlacementStage.NotSelected && p.Stage != PlacementStage.Withdrawn && p.Stage != PlacementStage.Hired, ct))
        {
            ModelState.AddModelError(nameof(CandidateId), "Questa persona è già proposta per la posizione.");
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(id, ct);
            return Page();
        }

        db.Placements.Add(Placement.Propose(candidate!.Id, id, clock.Today(), me.Id));
        await db.SaveChangesAsync(ct);
        TempData["Message"] = $"{candidate.FirstName} {candidate.LastName} proposto/a per la posizione.";
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
        var visible = await access.VisibleAsync(ct);
        VisibleCandidateIds = (await visible.Where(c => c.Placements.Any(p => p.VacancyId == id)).Select(c => c.Id).ToListAsync(ct)).ToHashSet();
        var cards = await db.Placements.AsNoTracking().Where(p => p.VacancyId == id).OrderBy(p => p.ProposedOn)
            .ProjectTo<PlacementCard>(mapper.ConfigurationProvider).ToListAsync(ct);
        foreach (var card in cards.Where(c => !VisibleCandidateIds.Contains(c.CandidateId)))
        {
            card.CandidateFullName = "";
        }

        Placements = cards;
        if (me.IsMediator)
        {
            var caseloads = (await me.CaseloadIdsAsync(ct)).ToList();
            Proposable = (await db.Candidates.AsNoTracking()
                .Where(c => caseloads.Contains(c.CaseloadId) && (c.Status == CandidateStatus.Active || c.Status == CandidateStatus.InInternship))
                .Where(c => !c.Placements.Any(p => p.VacancyId == id))
                .OrderBy(c => c.LastName).ThenBy(c => c.FirstName)
                .Select(c => new { c.Id, Name = c.LastName + " " + c.FirstName })
                .ToListAsync(ct)).Select(c => (c.Id, c.Name)).ToList();
        }

        return true;
    }
}
