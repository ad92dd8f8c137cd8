using AeI.Crm.Activities;
using AeI.Crm.Vacancies;

namespace AeI.Crm.Reports;

/// <summary>
/// A year's company funnel facts, read once and broken down in memory: each activity as (company,
/// month, visit or not, who) and each position as (company, month, filled or not, owner). Distinct
/// companies per month, per account manager, per ATECO section or per province then cost a pass over
/// these rows instead of a DISTINCT query each (which SQLite answers through a temporary B-tree).
/// </summary>
internal sealed class CompanyYearFacts
{
    private readonly List<ActivityFact> _activities;
    private readonly List<VacancyFact> _vacancies;

    private CompanyYearFacts(List<ActivityFact> activities, List<VacancyFact> vacancies)
    {
        _activities = activities;
        _vacancies = vacancies;
    }

    /// <summary>Loads from the database of <paramref name="database"/> (a connection string) the period's activities (with their author only when <paramref name="withAuthors"/>) and positions, from covering indexes.</summary>
    public static async Task<CompanyYearFacts> LoadAsync(string database, FunnelPeriod period, bool withAuthors, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(period);
        var activities = new List<ActivityFact>();
        var vacancies = new List<VacancyFact>();

        // Dates are stored as ISO text: the month is characters 6–7.
        await ReportReader.ReadAsync(database, $"""
            SELECT "CompanyId", CAST(substr("OccurredAt", 6, 2) AS INTEGER), "Type" = $visit{(withAuthors ? ", \"UserId\"" : "")}
            FROM "Activities"
            WHERE "RemovedAt" IS NULL AND "OccurredAt" >= $from AND "OccurredAt" < $to
            """,
            new Dictionary<string, object> { ["$visit"] = (int)ActivityType.OnSiteVisit, ["$from"] = period.FromTime, ["$to"] = period.ToTime },
            r => activities.Add(new ActivityFact(r.GetInt32(0), r.GetInt32(1), r.GetBoolean(2), withAuthors ? r.GetString(3) : null)),
            ct);
        await ReportReader.ReadAsync(database, """
            SELECT "CompanyId", CAST(substr("OpenedOn", 6, 2) AS INTEGER), "Status" = $filled, "OwnerId"
            FROM "Vacancies"
            WHERE "OpenedOn" >= $from AND "OpenedOn" <= $to
            """,
            new Dictionary<string, object> { ["$filled"] = (int)VacancyStatus.Filled, ["$from"] = ReportReader.Iso(period.From), ["$to"] = ReportReader.Iso(period.To) },
            r => vacancies.Add(new VacancyFact(r.GetInt32(0), r.GetInt32(1), r.GetBoolean(2), r.IsDBNull(3) ? null : r.GetString(3))),
            ct);
        return new CompanyYearFacts(activities, vacancies);
    }

    /// <summary>
    /// Every company's ATECO section or province code ("" when not known), read from indexes alone
    /// (the company id is the row id every index carries).
    /// </summary>
    public static async Task<Dictionary<int, string>> CompanyKeysAsync(string database, CompanyDimension dimension, CancellationToken ct)
    {
        var provinces = new Dictionary<string, string>(StringComparer.Ordinal);
        if (dimension == CompanyDimension.Province)
        {
            await ReportReader.ReadAsync(database, """SELECT "IstatCode", "ProvinceCode" FROM "Municipalities" """, new Dictionary<string, object>(),
                r => provinces[r.GetString(0)] = r.GetString(1), ct);
        }

        var keys = new Dictionary<int, string>();
        var column = dimension == CompanyDimension.AtecoSection ? "AtecoSection" : "MunicipalityIstat";
        await ReportReader.ReadAsync(database, $"""SELECT "Id", "{column}" FROM "Companies" """, new Dictionary<string, object>(), r =>
        {
            var value = r.IsDBNull(1) ? "" : r.GetString(1);
            keys[r.GetInt32(0)] = dimension == CompanyDimension.AtecoSection ? value : provinces.GetValueOrDefault(value, "");
        }, ct);
        return keys;
    }

    /// <summary>Distinct companies with an activity (or a visit) per key; the key "" when <paramref name="keyOf"/> gives none.</summary>
    public Dictionary<string, int> DistinctCompanies(bool visitsOnly, Func<ActivityFact, string?> keyOf)
    {
        var companies = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var fact in _activities)
        {
            if (visitsOnly && !fact.Visit)
            {
                continue;
            }

            var key = keyOf(fact) ?? "";
            if (!companies.TryGetValue(key, out var set))
            {
                companies[key] = set = [];
            }

            set.Add(fact.CompanyId);
        }

        return companies.ToDictionary(x => x.Key, x => x.Value.Count, StringComparer.Ordinal);
    }

    /// <summary>Distinct companies with an activity (or a visit) in the whole period: not the sum of any breakdown.</summary>
    public int DistinctCompanies(bool visitsOnly) =>
        _activities.Where(a => !visitsOnly || a.Visit).Select(a => a.CompanyId).Distinct().Count();

    /// <summary>Positions opened (or those filled) per key.</summary>
    public Dictionary<string, int> Positions(bool filledOnly, Func<VacancyFact, string?> keyOf) =>
        _vacancies.Where(v => !filledOnly || v.Filled).GroupBy(v => keyOf(v) ?? "", StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    public int Positions(bool filledOnly) => _vacancies.Count(v => !filledOnly || v.Filled);

    /// <summary>The companies the facts mention (activities and positions).</summary>
    public IReadOnlyCollection<int> CompanyIds() => _activities.Select(a => a.CompanyId).Concat(_vacancies.Select(v => v.CompanyId)).ToHashSet();
}

internal readonly record struct ActivityFact(int CompanyId, int Month, bool Visit, string? UserId);

internal readonly record struct VacancyFact(int CompanyId, int Month, bool Filled, string? OwnerId);
