using AeI.Crm.Activities;
using AeI.Crm.Candidates;
using AeI.Crm.Common;
using AeI.Crm.Persistence;
using AeI.Crm.Placements;
using AeI.Crm.Vacancies;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Reports;

/// <summary>Companies contacted → visited → positions → filled, for one year.</summary>
public sealed record CompanyFunnel(int Contacted, int Visited, int PositionsOpened, int PositionsFilled);

/// <summary>
/// People handled in a caseload → proposed → interview → internship → hire, for one year, and
/// the paths closed that year (with a hire, by contract).
/// </summary>
public sealed record CaseloadFunnel(
    string Code,
    string Name,
    int Handled,
    int Proposed,
    int Interviews,
    int Internships,
    int Hires,
    int Closed,
    int ClosedWithHire,
    int ClosedHiredPermanent,
    int ClosedHiredFixedTerm,
    int ClosedHiredOther);

/// <summary>
/// Law 68/1999: companies with a quota of protected workers (15 employees or more), those whose
/// quota is not covered, and the positions of the year reserved to protected categories, opened and filled.
/// </summary>
public sealed record Law68Funnel(int CompaniesWithQuota, int CompaniesUncovered, int PositionsReserved, int PositionsReservedFilled);

public sealed record YearFunnel(int Year, CompanyFunnel Companies, IReadOnlyList<CaseloadFunnel> Caseloads, Law68Funnel? Law68 = null);

/// <summary>The coordinators' numbers. Every figure is a count of records dated in the year.</summary>
public static class FunnelReport
{
    /// <summary>
    /// The year's figures as at <paramref name="now"/> (local time): an activity planned for later
    /// (a visit in the diary) counts once it has taken place, not when it was written down.
    /// </summary>
    public static async Task<YearFunnel> ForYearAsync(CrmDbContext db, int year, DateTime now, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var fromTime = from.ToDateTime(TimeOnly.MinValue);
        var yearEnd = from.AddYears(1).ToDateTime(TimeOnly.MinValue);
        var toTime = now < yearEnd ? now.AddTicks(1) : yearEnd;

        var activities = db.Activities.Where(a => a.OccurredAt >= fromTime && a.OccurredAt < toTime);
        var companies = new CompanyFunnel(
            await activities.Select(a => a.CompanyId).Distinct().CountAsync(ct),
            await activities.Where(a => a.Type == ActivityType.OnSiteVisit).Select(a => a.CompanyId).Distinct().CountAsync(ct),
            await db.Vacancies.CountAsync(v => v.OpenedOn >= from && v.OpenedOn <= to, ct),
            await db.Vacancies.CountAsync(v => v.OpenedOn >= from && v.OpenedOn <= to && v.Status == VacancyStatus.Filled, ct));


        // One grouped query per kind of record (not one per caseload and figure): each reads its
        // table, or an index that covers it, once.
        var people = await db.Candidates
            .GroupBy(c => c.CaseloadId)
            .Select(g => new
            {
                CaseloadId = g.Key,
                Handled = g.Count(c => c.TakenInChargeOn <= to && (c.ClosedOn == null || c.ClosedOn >= from)),
                Closed = g.Count(c => c.ClosedOn >= from && c.ClosedOn <= to),
                ClosedWithHire = g.Count(c => c.ClosedOn >= from && c.ClosedOn <= to && c.ClosureOutcome == ClosureOutcome.Hired),
            })
            .ToDictionaryAsync(x => x.CaseloadId, ct);
        var proposed = await db.Placements.Where(p => p.ProposedOn >= from && p.ProposedOn <= to)
            .GroupBy(p => p.Candidate!.CaseloadId)
            .Select(g => new { CaseloadId = g.Key, N = g.Select(p => p.CandidateId).Distinct().Count() })
            .ToDictionaryAsync(x => x.CaseloadId, x => x.N, ct);
        var steps = await db.Placements
            .Where(p => (p.InterviewOn >= from && p.InterviewOn <= to) || (p.InternshipStartOn >= from && p.InternshipStartOn <= to) || (p.HiredOn >= from && p.HiredOn <= to))
            .GroupBy(p => p.Candidate!.CaseloadId)
            .Select(g => new
            {
                CaseloadId = g.Key,
                Interviews = g.Count(p => p.InterviewOn >= from && p.InterviewOn <= to),
                Internships = g.Count(p => p.InternshipStartOn >= from && p.InternshipStartOn <= to),
                Hires = g.Count(p => p.HiredOn >= from && p.HiredOn <= to),
            })
            .ToDictionaryAsync(x => x.CaseloadId, ct);
        var byContract = await db.Placements.Where(p =>
                p.Stage == PlacementStage.Hired
                && p.Candidate!.ClosureOutcome == ClosureOutcome.Hired
                && p.Candidate.ClosedOn >= from && p.Candidate.ClosedOn <= to
                && p.HiredOn == p.Candidate.ClosedOn)
            .GroupBy(p => new { p.Candidate!.CaseloadId, p.HiredContract })
            .Select(g => new { g.Key.CaseloadId, Contract = g.Key.HiredContract, Count = g.Select(p => p.CandidateId).Distinct().Count() })
            .ToListAsync(ct);

        var caseloads = await db.Caseloads.AsNoTracking().OrderBy(c => c.Id).ToListAsync(ct);
        var result = new List<CaseloadFunnel>();
        foreach (var caseload in caseloads)
        {
            var mine = people.GetValueOrDefault(caseload.Id);
            var step = steps.GetValueOrDefault(caseload.Id);
            var contracts = byContract.Where(x => x.CaseloadId == caseload.Id).ToList();
            result.Add(new CaseloadFunnel(
                caseload.Code,
                caseload.Name,
                Handled: mine?.Handled ?? 0,
                Proposed: proposed.GetValueOrDefault(caseload.Id),
                Interviews: step?.Interviews ?? 0,
                Internships: step?.Internships ?? 0,
                Hires: step?.Hires ?? 0,
                Closed: mine?.Closed ?? 0,
                ClosedWithHire: mine?.ClosedWithHire ?? 0,
                ClosedHiredPermanent: contracts.Where(x => x.Contract == ContractType.Permanent).Sum(x => x.Count),
                ClosedHiredFixedTerm: contracts.Where(x => x.Contract == ContractType.FixedTerm).Sum(x => x.Count),
                ClosedHiredOther: contracts.Where(x => x.Contract is not (ContractType.Permanent or ContractType.FixedTerm)).Sum(x => x.Count)));
        }

        return new YearFunnel(year, companies, result);
    }

    /// <summary>Law 68/1999 today (companies with a quota, uncovered) and for the year's positions (reserved, filled).</summary>
    public static async Task<Law68Funnel> Law68Async(CrmDbContext db, int year, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var reserved = await db.Vacancies.Where(v => v.OpenedOn >= from && v.OpenedOn <= to && v.Law68Reservation != Law68Reservation.None)
            .GroupBy(v => 1)
            .Select(g => new { Opened = g.Count(), Filled = g.Count(v => v.Status == VacancyStatus.Filled) })
            .FirstOrDefaultAsync(ct);
        var quotas = await db.Companies.Where(c => c.Law68QuotaTotal > 0)
            .GroupBy(c => 1)
            .Select(g => new { WithQuota = g.Count(), Uncovered = g.Count(c => (c.ProtectedWorkersEmployed ?? 0) < c.Law68QuotaTotal) })
            .FirstOrDefaultAsync(ct);
        return new Law68Funnel(quotas?.WithQuota ?? 0, quotas?.Uncovered ?? 0, reserved?.Opened ?? 0, reserved?.Filled ?? 0);
    }
}
