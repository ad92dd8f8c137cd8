namespace AeI.Crm.Reports;

/// <summary>One caseload's line of the social report ("bilancio sociale").</summary>
/// <param name="Name">The caseload's short name (CeLAV, NIL, SIL).</param>
/// <param name="Cases">People followed at any time in the year.</param>
/// <param name="Closed">Paths closed in the year.</param>
/// <param name="Hired">Paths closed in the year with a hire.</param>
/// <param name="Permanent">Of those, permanent contracts.</param>
/// <param name="FixedTerm">Of those, fixed-term contracts.</param>
/// <param name="OtherContracts">Of those, every other contract.</param>
/// <param name="Internships">Internships (tirocini) started in the year.</param>
public sealed record SocialReportCaseload(string Name, int Cases, int Closed, int Hired, int Permanent, int FixedTerm, int OtherContracts, int Internships);

/// <summary>
/// The figures the cooperative publishes each year, computed from the records: companies contacted
/// and visited, positions opened, and for each caseload its cases, closures, hires by contract and
/// internships. Aggregates only: no person can be told from them.
/// </summary>
public sealed record SocialReport(int Year, int CompaniesContacted, int CompaniesVisited, int PositionsOpened, IReadOnlyList<SocialReportCaseload> Caseloads)
{
    public static SocialReport From(YearFunnel funnel)
    {
        ArgumentNullException.ThrowIfNull(funnel);
        return new SocialReport(
            funnel.Year,
            funnel.Companies.Contacted,
            funnel.Companies.Visited,
            funnel.Companies.PositionsOpened,
            funnel.Caseloads.Select(c => new SocialReportCaseload(
                c.Code, c.Handled, c.Closed, c.ClosedWithHire, c.ClosedHiredPermanent, c.ClosedHiredFixedTerm, c.ClosedHiredOther, c.Internships)).ToList());
    }
}
