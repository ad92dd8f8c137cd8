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

        var caseloads = await db.Caseloads.AsNoTracking().OrderBy(c => c.Id).ToListAsync(ct);
        var result = new List<CaseloadFunnel>();
        foreach (var caseload in caseloads)
        {
            var people = db.Candidates.Where(c => c.CaseloadId == caseload.Id);
            var placements = db.Placements.Where(p => p.Candidate!.CaseloadId == caseload.Id);
            var closedWithHire = db.Placements.Where(p =>
                p.Candidate!.CaseloadId == caseload.Id
                && p.Stage == PlacementStage.Hired
                && p.Candidate.ClosureOutcome == ClosureOutcome.Hired
                && p.Candidate.ClosedOn >= from && p.Candidate.ClosedOn <= to
                && p.HiredOn == p.Candidate.ClosedOn);
            var byContract = await closedWithHire
                .GroupBy(p => p.HiredContract)
                .Select(g => new { Contract = g.Key, Count = g.Select(p => p.CandidateId).Distinct().Count() })
                .ToListAsync(ct);

            result.Add(new CaseloadFunnel(
                caseload.Code,
                caseload.Name,
                Handled: await people.CountAsync(c => c.TakenInChargeOn <= to && (c.ClosedOn == null || c.ClosedOn >= from), ct),
                Proposed: await placements.Where(p => p.ProposedOn >= from && p.ProposedOn <= to).Select(p => p.CandidateId).Distinct().CountAsync(ct),
                Interviews: await placements.CountAsync(p => p.InterviewOn >= from && p.InterviewOn <= to, ct),
                Internships: await placements.CountAsync(p => p.InternshipStartOn >= from && p.InternshipStartOn <= to, ct),
                Hires: await placements.CountAsync(p => p.HiredOn >= from && p.HiredOn <= to, ct),
                Closed: await people.CountAsync(c => c.ClosedOn >= from && c.ClosedOn <= to, ct),
                ClosedWithHire: await people.CountAsync(c => c.ClosedOn >= from && c.ClosedOn <= to && c.ClosureOutcome == ClosureOutcome.Hired, ct),
                ClosedHiredPermanent: byContract.Where(x => x.Contract == ContractType.Permanent).Sum(x => x.Count),
                ClosedHiredFixedTerm: byContract.Where(x => x.Contract == ContractType.FixedTerm).Sum(x => x.Count),
                ClosedHiredOther: byContract.Where(x => x.Contract is not (ContractType.Permanent or ContractType.FixedTerm)).Sum(x => x.Count)));
        }

        var reserved = db.Vacancies.Where(v => v.OpenedOn >= from && v.OpenedOn <= to && v.Law68Reservation != Law68Reservation.None);
        var law68 = new Law68Funnel(
            await db.Companies.CountAsync(c => c.Law68QuotaTotal > 0, ct),
            await db.Companies.CountAsync(c => c.Law68QuotaTotal > 0 && (c.ProtectedWorkersEmployed ?? 0) < c.Law68QuotaTotal, ct),
            await reserved.CountAsync(ct),
            await reserved.CountAsync(v => v.Status == VacancyStatus.Filled, ct));
        return new YearFunnel(year, companies, result, law68);
    }
}
