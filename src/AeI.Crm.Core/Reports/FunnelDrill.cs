using System.Globalization;
using System.Linq.Expressions;
using AeI.Crm.Access;
using AeI.Crm.Activities;
using AeI.Crm.Candidates;
using AeI.Crm.Companies;
using AeI.Crm.Persistence;
using AeI.Crm.Placements;
using AeI.Crm.Vacancies;

namespace AeI.Crm.Reports;

/// <summary>One record behind a number: a company, a position, a person or a placement.</summary>
public sealed record DrillItem(string Kind, int Id, string Title, string? Detail);

/// <summary>
/// The list behind a number of a <see cref="FunnelTables"/> table. Companies and positions are open
/// to every role; people only through <see cref="PeopleAccess"/>, and only where the number itself is
/// not suppressed for the viewer (a suppressed number has no list behind it).
/// </summary>
public sealed class FunnelDrill(CrmDbContext db, Viewer viewer, FunnelPeriod period)
{
    /// <summary>The records, or null when the cell has no list the viewer may open.</summary>
    public IQueryable<DrillItem>? Query(string table, ReportRow row, string column)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (table.StartsWith("companies-by-", StringComparison.Ordinal) || (table == "trend" && column is "contacted" or "positions"))
        {
            var dimension = table switch
            {
                "companies-by-am" => CompanyDimension.AccountManager,
                "companies-by-ateco" => CompanyDimension.AtecoSection,
                "companies-by-province" => CompanyDimension.Province,
                _ => CompanyDimension.Month,
            };
            var key = row.IsTotal ? null : row.Key;
            return column switch
            {
                "contacted" => Companies(dimension, key, visitsOnly: false),
                "visited" => Companies(dimension, key, visitsOnly: true),
                "positions" => Positions(dimension, key, filledOnly: false),
                "filled" => Positions(dimension, key, filledOnly: true),
                _ => null,
            };
        }

        return table switch
        {
            "people-by-caseload" or "people-by-target-group" => People(row, column),
            "trend" when column is "proposals" or "hires" => TrendPlacements(row, column),
            _ => null,
        };
    }

    private IQueryable<DrillItem> Companies(CompanyDimension dimension, string? key, bool visitsOnly)
    {
        var (from, to) = (period.FromTime, period.ToTime);
        var activities = db.Activities.Where(a => a.RemovedAt == null && a.OccurredAt >= from && a.OccurredAt < to);
        if (visitsOnly)
        {
            activities = activities.Where(a => a.Type == ActivityType.OnSiteVisit);
        }

        if (key is not null)
        {
            activities = activities.Where(ActivityIn(dimension, key));
        }

        var ids = activities.Select(a => a.CompanyId).Distinct();
        return db.Companies.Where(c => ids.Contains(c.Id)).OrderBy(c => c.LegalName)
            .Select(c => new DrillItem("company", c.Id, c.LegalName, c.Municipality != null ? c.Municipality.Name : null));
    }

    private IQueryable<DrillItem> Positions(CompanyDimension dimension, string? key, bool filledOnly)
    {
        var vacancies = db.Vacancies.Where(v => v.OpenedOn >= period.From && v.OpenedOn <= period.To);
        if (filledOnly)
        {
            vacancies = vacancies.Where(v => v.Status == VacancyStatus.Filled);
        }

        if (key is not null)
        {
            vacancies = vacancies.Where(VacancyIn(dimension, key));
        }

        return vacancies.OrderBy(v => v.OpenedOn).ThenBy(v => v.Id)
            .Select(v => new DrillItem("vacancy", v.Id, v.Title, v.Company!.LegalName));
    }

    private static Expression<Func<Activity, bool>> ActivityIn(CompanyDimension dimension, string key)
    {
        switch (dimension)
        {
            case CompanyDimension.AccountManager:
                return a => a.UserId == key;
            case CompanyDimension.AtecoSection:
                var section = key.Length == 0 ? null : key;
                return a => a.Company!.AtecoSection == section;
            case CompanyDimension.Province:
                var province = key.Length == 0 ? null : key;
                return a => a.Company!.Municipality!.ProvinceCode == province;
            default:
                var month = int.Parse(key, CultureInfo.InvariantCulture);
                return a => a.OccurredAt.Month == month;
        }
    }

    private static Expression<Func<Vacancy, bool>> VacancyIn(CompanyDimension dimension, string key)
    {
        switch (dimension)
        {
            case CompanyDimension.AccountManager:
                var owner = key.Length == 0 ? null : key;
                return v => v.OwnerId == owner;
            case CompanyDimension.AtecoSection:
                var section = key.Length == 0 ? null : key;
                return v => v.Company!.AtecoSection == section;
            case CompanyDimension.Province:
                var province = key.Length == 0 ? null : key;
                return v => v.Company!.Municipality!.ProvinceCode == province;
            default:
                var month = int.Parse(key, CultureInfo.InvariantCulture);
                return v => v.OpenedOn.Month == month;
        }
    }

    private IQueryable<DrillItem>? People(ReportRow row, string column)
    {
        var (from, to) = (period.From, period.To);
        var people = PeopleAccess.Candidates(db, viewer);
        var placements = PeopleAccess.Placements(db, viewer);
        if (row.CaseloadId is { } caseload)
        {
            people = people.Where(c => c.CaseloadId == caseload);
            placements = placements.Where(p => p.Candidate!.CaseloadId == caseload);
        }

        var parts = row.Key.Split(':');
        if (parts.Length == 2 && Enum.TryParse<TargetGroup>(parts[1], out var group))
        {
            people = people.Where(c => c.TargetGroup == group);
            placements = placements.Where(p => p.Candidate!.TargetGroup == group);
        }

        var closedHired = placements.Where(p => p.Stage == PlacementStage.Hired && p.Candidate!.ClosureOutcome == ClosureOutcome.Hired
            && p.Candidate.ClosedOn >= from && p.Candidate.ClosedOn <= to && p.HiredOn == p.Candidate.ClosedOn);
        return column switch
        {
            "handled" => Persons(people.Where(c => c.TakenInChargeOn <= to && (c.ClosedOn == null || c.ClosedOn >= from))),
            "proposed" => Persons(people.Where(c => c.Placements.Any(p => p.ProposedOn >= from && p.ProposedOn <= to))),
            "closed" => Persons(people.Where(c => c.ClosedOn >= from && c.ClosedOn <= to)),
            "closed-hired" => Persons(people.Where(c => c.ClosedOn >= from && c.ClosedOn <= to && c.ClosureOutcome == ClosureOutcome.Hired)),
            "closed-no-hire" => Persons(people.Where(c => c.ClosedOn >= from && c.ClosedOn <= to && c.ClosureOutcome != ClosureOutcome.Hired)),
            "interviews" => PlacementItems(placements.Where(p => p.InterviewOn >= from && p.InterviewOn <= to)),
            "internships" => PlacementItems(placements.Where(p => p.InternshipStartOn >= from && p.InternshipStartOn <= to)),
            "hires" => PlacementItems(placements.Where(p => p.HiredOn >= from && p.HiredOn <= to)),
            "permanent" => PlacementItems(closedHired.Where(p => p.HiredContract == ContractType.Permanent)),
            "fixed-term" => PlacementItems(closedHired.Where(p => p.HiredContract == ContractType.FixedTerm)),
            "other" => PlacementItems(closedHired.Where(p => p.HiredContract != ContractType.Permanent && p.HiredContract != ContractType.FixedTerm)),
            _ => null,
        };
    }

    private IQueryable<DrillItem> TrendPlacements(ReportRow row, string column)
    {
        var (from, to) = (period.From, period.To);
        var placements = PeopleAccess.Placements(db, viewer);
        placements = column == "proposals"
            ? placements.Where(p => p.ProposedOn >= from && p.ProposedOn <= to)
            : placements.Where(p => p.HiredOn >= from && p.HiredOn <= to);
        if (!row.IsTotal)
        {
            var month = int.Parse(row.Key, CultureInfo.InvariantCulture);
            placements = column == "proposals"
                ? placements.Where(p => p.ProposedOn.Month == month)
                : placements.Where(p => p.HiredOn!.Value.Month == month);
        }

        return PlacementItems(placements);
    }

    private static IQueryable<DrillItem> Persons(IQueryable<Candidate> people) =>
        people.OrderBy(c => c.LastName).ThenBy(c => c.FirstName)
            .Select(c => new DrillItem("person", c.Id, c.LastName + " " + c.FirstName, c.Caseload!.Name));

    private static IQueryable<DrillItem> PlacementItems(IQueryable<Placement> placements) =>
        placements.OrderBy(p => p.Candidate!.LastName).ThenBy(p => p.Id)
            .Select(p => new DrillItem("placement", p.Id, p.Candidate!.LastName + " " + p.Candidate.FirstName, p.Vacancy!.Title + " – " + p.Vacancy.Company!.LegalName));
}
