using System.Globalization;
using AeI.Crm.Matching.Model;
using AeI.Crm.Matching.Ranking;
using AeI.Crm.Persistence;
using AeI.Crm.Placements;
using AeI.Crm.Vacancies;
using AeI.Crm.Web.Infrastructure;
using AeI.Crm.Web.Pages.Placements;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Pages.Candidates;

/// <summary>"Trova offerte": the open positions ranked for a person of the mediator's caseload.</summary>
[Authorize(Policy = Policies.ManageCandidates)]
public class MatchModel(CrmDbContext db, CandidateAccess access, VacancyMatcher matcher, Proposals proposals) : PageModel
{
    public string PersonName { get; private set; } = "";

    public int PersonId { get; private set; }

    public VacancyMatchResult Result { get; private set; } = new([], []);

    public IReadOnlySet<string> AlreadyProposed { get; private set; } = new HashSet<string>();

    /// <summary>The fits above the cut-off ("ottimo" and "buono"), best first.</summary>
    public IReadOnlyList<(VacancyMatch Match, FitBand Band)> Fits { get; private set; } = [];

    /// <summary>Results with only words in common ("marginale"), shown apart.</summary>
    public IReadOnlyList<(VacancyMatch Match, FitBand Band)> Marginal { get; private set; } = [];

    /// <summary>The near misses, those breaking fewest requirements first.</summary>
    public IReadOnlyList<VacancyNearMiss> NearMisses { get; private set; } = [];

    /// <summary>Where each position is and which one it is (number, opening date), by vacancy id: same titles are told apart.</summary>
    public IReadOnlyDictionary<string, string> Places { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostProposeAsync(int id, int vacancyId, CancellationToken ct)
    {
        var (ok, message) = await proposals.ProposeAsync(id, vacancyId, ct);
        TempData[ok ? "Message" : "Error"] = message;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var candidate = await (await access.VisibleAsync(ct)).AsNoTracking().Include(c => c.Caseload).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (candidate is null || !await access.CanWorkInCaseloadAsync(candidate.CaseloadId, ct))
        {
            return false;
        }

        PersonId = candidate.Id;
        PersonName = candidate.FirstName + " " + candidate.LastName;
        // The open positions' index ranks them; the database then tells where each shown one is.
        Result = matcher.Rank(EntityDocuments.From(candidate, candidate.Caseload!.Code));
        var shown = Result.Matches.Select(m => m.Vacancy.Id).Concat(Result.NearMisses.Select(n => n.Vacancy.Id))
            .Select(i => int.Parse(i, CultureInfo.InvariantCulture)).ToList();
        var places = await db.Vacancies.AsNoTracking().Where(v => shown.Contains(v.Id))
            .Select(v => new { v.Id, Municipality = v.WorkMunicipality == null ? null : v.WorkMunicipality.Name, v.OpenedOn }).ToListAsync(ct);
        Places = places.ToDictionary(v => v.Id.ToString(CultureInfo.InvariantCulture), v => string.Join(" · ", new[]
        {
            v.Municipality,
            string.Create(CultureInfo.GetCultureInfo("it-IT"), $"n. {v.Id}, aperta il {v.OpenedOn:dd/MM/yyyy}"),
        }.Where(s => s is not null)));
        var best = Result.Matches.Count == 0 ? 0 : Result.Matches.Max(m => m.Score);
        var banded = Result.Matches.Select(m => (m, FitBands.Of(m.Explanation, m.Score, best))).ToList();
        Fits = banded.Where(b => b.Item2 != FitBand.Marginal).ToList();
        Marginal = banded.Where(b => b.Item2 == FitBand.Marginal).ToList();
        NearMisses = Result.NearMisses.OrderBy(n => n.Failures.Count).ToList();
        AlreadyProposed = (await db.Placements.Where(p => p.CandidateId == id).Where(Placement.HoldsProposal)
            .Select(p => p.VacancyId).ToListAsync(ct)).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToHashSet();
        return true;
    }
}
