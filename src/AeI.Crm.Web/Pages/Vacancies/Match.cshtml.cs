using System.Globalization;
using AeI.Crm.Matching.Model;
using AeI.Crm.Matching.Ranking;
using AeI.Crm.Persistence;
using AeI.Crm.Placements;
using AeI.Crm.Web.Infrastructure;
using AeI.Crm.Web.Pages.Candidates;
using AeI.Crm.Web.Pages.Placements;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Pages.Vacancies;

/// <summary>
/// "Trova candidati": the people of the mediator's caseloads ranked for a position, with
/// explanations, and the near misses. Never people of other caseloads, not even in counts.
/// </summary>
[Authorize(Policy = Policies.ManageCandidates)]
public class MatchModel(CrmDbContext db, CandidateAccess access, CandidateMatcher matcher, Proposals proposals) : PageModel
{
    public VacancyView Vacancy { get; private set; } = new();

    public MatchResult Result { get; private set; } = new([], 0, []);

    public IReadOnlyList<(string Code, string Name)> MyCaseloads { get; private set; } = [];

    /// <summary>Candidates already proposed for this position (open placements).</summary>
    public IReadOnlySet<string> AlreadyProposed { get; private set; } = new HashSet<string>();

    /// <summary>The fits above the cut-off ("ottimo" and "buono"), best first.</summary>
    public IReadOnlyList<(CandidateMatch Match, FitBand Band)> Fits { get; private set; } = [];

    /// <summary>Eligible people with only words in common ("marginale"), shown apart.</summary>
    public IReadOnlyList<(CandidateMatch Match, FitBand Band)> Marginal { get; private set; } = [];

    /// <summary>The near misses, those breaking fewest requirements first.</summary>
    public IReadOnlyList<NearMiss> NearMisses { get; private set; } = [];

    /// <summary>Caseload code to narrow the search to, among the user's own.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Caseload { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Top { get; set; } = 20;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostProposeAsync(int id, int candidateId, CancellationToken ct)
    {
        var (ok, message) = await proposals.ProposeAsync(candidateId, id, ct);
        TempData[ok ? "Message" : "Error"] = message;
        return RedirectToPage(new { id, Caseload, Top });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var vacancy = await db.Vacancies.AsNoTracking().Include(v => v.Company).Include(v => v.WorkMunicipality).Include(v => v.Owner).FirstOrDefaultAsync(v => v.Id == id, ct);
        if (vacancy is null)
        {
            return false;
        }

        Vacancy = new VacancyView
        {
            Id = vacancy.Id,
            Title = vacancy.Title,
            CompanyId = vacancy.CompanyId,
            CompanyLegalName = vacancy.Company!.LegalName,
            WorkMunicipalityName = vacancy.WorkMunicipality?.Name,
            Status = vacancy.Status,
            Hours = vacancy.Hours,
            Shifts = vacancy.Shifts,
            Law68Reservation = vacancy.Law68Reservation,
            MinItalianLevel = vacancy.MinItalianLevel,
            RequiredLicences = vacancy.RequiredLicences,
            RequiredCertificates = vacancy.RequiredCertificates,
        };
        // Only the user's own caseloads that are still active: a closed caseload is not searched.
        var own = await access.WorkingCaseloadsAsync(ct);
        MyCaseloads = (await db.Caseloads.AsNoTracking().Where(c => own.Contains(c.Id)).OrderBy(c => c.Id).Select(c => new { c.Code, c.Name }).ToListAsync(ct))
            .Select(c => (c.Code, c.Name)).ToList();
        var scope = MyCaseloads.Select(c => c.Code).Where(c => Caseload is null || c == Caseload).ToList();
        Top = Math.Clamp(Top, 5, 100);
        Result = matcher.Rank(EntityDocuments.From(vacancy), new MatchOptions { Caseloads = scope, Top = Top, NearMisses = 10 });
        var best = Result.Matches.Count == 0 ? 0 : Result.Matches.Max(m => m.Score);
        var banded = Result.Matches.Select(m => (m, FitBands.Of(m.Explanation, m.Score, best))).ToList();
        Fits = banded.Where(b => b.Item2 != FitBand.Marginal).ToList();
        Marginal = banded.Where(b => b.Item2 == FitBand.Marginal).ToList();
        NearMisses = Result.NearMisses.OrderBy(n => n.Failures.Count).ToList();
        AlreadyProposed = (await db.Placements.Where(p => p.VacancyId == id).Where(Placement.HoldsProposal)
            .Select(p => p.CandidateId).ToListAsync(ct)).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToHashSet();
        return true;
    }
}
