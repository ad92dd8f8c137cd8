using System.Globalization;
using System.Linq.Expressions;
using AeI.Crm.Access;
using AeI.Crm.Activities;
using AeI.Crm.Candidates;
using AeI.Crm.Companies;
using AeI.Crm.Persistence;
using AeI.Crm.Placements;
using AeI.Crm.Vacancies;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Reports;

/// <summary>The breakdowns a company-funnel table can have.</summary>
public enum CompanyDimension
{
    Month,
    AccountManager,
    AtecoSection,
    Province,
}

/// <summary>
/// The coordinators' funnel tables for a year: companies by month, account manager, ATECO section and
/// province; people by caseload and by target group; the month-by-month trend against the year before.
/// Counts of people are suppressed (<see cref="SmallCells"/>) for a viewer who may not see those people:
/// a caseload's figures for anyone but its mediators and the coordinators, a target group's figures
/// for anyone but the caseload's mediators (the target group is a sensitive field).
/// </summary>
public sealed class FunnelTables
{
    public const string CompanyColumns = "contacted,visited,positions,filled";

    private static readonly CultureInfo Italian = CultureInfo.GetCultureInfo("it-IT");

    private readonly CrmDbContext _db;

    // The large reads go through connections of their own to this database (ReportReader), side by side.
    private readonly string _database;
    private readonly Viewer _viewer;
    private readonly FunnelPeriod _period;

    // A page shows several tables built from the same counts (the month table and the trend, the
    // people by caseload and by target group): each count is read from the database once.
    private readonly Dictionary<(int Year, bool WithAuthors), Task<CompanyYearFacts>> _facts = [];
    private Task<List<PeopleCount>>? _peopleCounts;

    public FunnelTables(CrmDbContext db, Viewer viewer, FunnelPeriod period)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(period);
        _db = db;
        _database = ReportReader.ConnectionStringOf(db);
        _viewer = viewer;
        _period = period;
    }

    public static IReadOnlyList<string> TableKeys { get; } =
        ["companies-by-month", "companies-by-am", "companies-by-ateco", "companies-by-province", "people-by-caseload", "people-by-target-group", "time-to-hire", "trend"];

    public static string MonthName(int month) => Italian.DateTimeFormat.GetMonthName(month);

    /// <summary>Whether the viewer may see, one by one, the people a count is made of.</summary>
    public bool SeesPeople(int? caseloadId, bool byTargetGroup)
    {
        if (byTargetGroup)
        {
            return caseloadId is { } only && PeopleAccess.MayManage(_viewer, only);
        }

        return _viewer.IsCoordinator || (caseloadId is { } id && PeopleAccess.MayManage(_viewer, id));
    }

    /// <summary>
    /// Starts the two large reads a page needs, the year's company facts and its people facts, side by
    /// side (each on its own connection and thread), so that the tables built next find them done.
    /// </summary>
    public async Task PrepareAsync(CompanyDimension dimension, CancellationToken ct)
    {
        var people = Task.Run(() => PeopleCountsAsync(ct), ct);
        await FactsAsync(_period, withAuthors: dimension == CompanyDimension.AccountManager, ct);
        await people;
    }

    public async Task<ReportTable?> BuildAsync(string key, CancellationToken ct) => key switch
    {
        "companies-by-month" => await CompaniesAsync(CompanyDimension.Month, ct),
        "companies-by-am" => await CompaniesAsync(CompanyDimension.AccountManager, ct),
        "companies-by-ateco" => await CompaniesAsync(CompanyDimension.AtecoSection, ct),
        "companies-by-province" => await CompaniesAsync(CompanyDimension.Province, ct),
        "people-by-caseload" => await PeopleByCaseloadAsync(ct),
        "people-by-target-group" => await PeopleByTargetGroupAsync(ct),
        "time-to-hire" => await TimeToHireAsync(ct),
        "trend" => await TrendAsync(ct),
        _ => null,
    };

    public async Task<ReportTable> CompaniesAsync(CompanyDimension dimension, CancellationToken ct)
    {
        var (key, title) = dimension switch
        {
            CompanyDimension.Month => ("companies-by-month", "Aziende per mese"),
            CompanyDimension.AccountManager => ("companies-by-am", "Aziende per account manager"),
            CompanyDimension.AtecoSection => ("companies-by-ateco", "Aziende per settore ATECO"),
            _ => ("companies-by-province", "Aziende per provincia"),
        };
        var table = new ReportTable(key, title, CompanyFunnelColumns(dimension));
        var facts = await FactsAsync(_period, withAuthors: dimension == CompanyDimension.AccountManager, ct);
        Func<ActivityFact, string?> activityKey;
        Func<VacancyFact, string?> vacancyKey;
        switch (dimension)
        {
            case CompanyDimension.Month:
                activityKey = a => a.Month.ToString(CultureInfo.InvariantCulture);
                vacancyKey = v => v.Month.ToString(CultureInfo.InvariantCulture);
                break;
            case CompanyDimension.AccountManager:
                activityKey = a => a.UserId;
                vacancyKey = v => v.OwnerId;
                break;
            default:
                var attribute = await CompanyYearFacts.CompanyKeysAsync(_database, dimension, ct);
                activityKey = a => attribute.GetValueOrDefault(a.CompanyId);
                vacancyKey = v => attribute.GetValueOrDefault(v.CompanyId);
                break;
        }

        Dictionary<string, int>[] counts =
        [
            facts.DistinctCompanies(visitsOnly: false, activityKey),
            facts.DistinctCompanies(visitsOnly: true, activityKey),
            facts.Positions(filledOnly: false, vacancyKey),
            facts.Positions(filledOnly: true, vacancyKey),
        ];

        var keys = counts.SelectMany(c => c.Keys).Distinct().ToList();
        var labels = await LabelsAsync(dimension, keys, ct);
        var ordered = dimension == CompanyDimension.Month
            ? Enumerable.Range(1, 12).Select(m => m.ToString(CultureInfo.InvariantCulture)).ToList()
            : keys.OrderByDescending(k => counts[0].GetValueOrDefault(k)).ThenBy(k => labels[k], StringComparer.Create(Italian, true)).ToList();
        foreach (var k in ordered)
        {
            table.Add(new ReportRow(k, labels.GetValueOrDefault(k) ?? k, counts.Select(c => new ReportCell(c.GetValueOrDefault(k), false)).ToList()));
        }

        // Distinct companies do not add up across rows (a company contacted by two account managers),
        // so the total row counts them again for the whole year.
        table.Add(new ReportRow("total", "Totale",
        [
            new ReportCell(facts.DistinctCompanies(visitsOnly: false), false),
            new ReportCell(facts.DistinctCompanies(visitsOnly: true), false),
            new ReportCell(facts.Positions(filledOnly: false), false),
            new ReportCell(facts.Positions(filledOnly: true), false),
        ], IsTotal: true));
        return table;
    }

    /// <summary>The period's activities and positions, read once per period (with authors when a breakdown needs them).</summary>
    private async Task<CompanyYearFacts> FactsAsync(FunnelPeriod period, bool withAuthors, CancellationToken ct)
    {
        if (_facts.TryGetValue((period.Year, true), out var full) || (!withAuthors && _facts.TryGetValue((period.Year, false), out full)))
        {
            return await full;
        }

        var loading = CompanyYearFacts.LoadAsync(_database, period, withAuthors, ct);
        _facts[(period.Year, withAuthors)] = loading;
        return await loading;
    }

    /// <summary>Distinct companies with an activity in each month of the period; keys are month numbers.</summary>
    private async Task<Dictionary<string, int>> ContactedByMonthAsync(FunnelPeriod period, CancellationToken ct) =>
        (await FactsAsync(period, withAuthors: false, ct)).DistinctCompanies(visitsOnly: false, a => a.Month.ToString(CultureInfo.InvariantCulture));

    /// <summary>Distinct companies with an activity in the period: not the sum of the months.</summary>
    private async Task<int> ContactedInYearAsync(FunnelPeriod period, CancellationToken ct) =>
        (await FactsAsync(period, withAuthors: false, ct)).DistinctCompanies(visitsOnly: false);

    private static ReportColumn[] CompanyFunnelColumns(CompanyDimension dimension) =>
    [
        new("contacted", "Aziende contattate"),
        new("visited", "Visitate in sede"),
        new("positions", dimension == CompanyDimension.AccountManager ? "Posizioni aperte (titolare)" : "Posizioni aperte"),
        new("filled", "Posizioni coperte"),
    ];

    private async Task<Dictionary<string, string>> LabelsAsync(CompanyDimension dimension, List<string> keys, CancellationToken ct)
    {
        switch (dimension)
        {
            case CompanyDimension.Month:
                return Enumerable.Range(1, 12).ToDictionary(m => m.ToString(CultureInfo.InvariantCulture), MonthName);
            case CompanyDimension.AccountManager:
                var users = await _db.Users.Where(u => keys.Contains(u.Id)).Select(u => new { u.Id, u.FullName }).ToDictionaryAsync(u => u.Id, u => u.FullName, ct);
                return keys.ToDictionary(k => k, k => k.Length == 0 ? "(nessuno)" : users.GetValueOrDefault(k) ?? "(utente rimosso)");
            case CompanyDimension.AtecoSection:
                return keys.ToDictionary(k => k, k => k.Length == 1 && AtecoCode.SectionName(k[0]) is { } name ? $"{k} – {name}" : "(non indicato)");
            default:
                var provinces = await _db.Municipalities.Where(m => keys.Contains(m.ProvinceCode)).Select(m => new { m.ProvinceCode, m.ProvinceName })
                    .Distinct().ToListAsync(ct);
                var names = provinces.GroupBy(p => p.ProvinceCode).ToDictionary(g => g.Key, g => g.First().ProvinceName);
                return keys.ToDictionary(k => k, k => k.Length == 0 ? "(comune non indicato)" : names.TryGetValue(k, out var n) ? $"{n} ({k})" : k);
        }
    }

    private static ReportColumn[] PeopleColumns() =>
    [
        new("handled", "Persone seguite"),
        new("proposed", "Persone proposte"),
        new("interviews", "Colloqui"),
        new("internships", "Tirocini avviati"),
        new("hires", "Assunzioni"),
        new("closed", "Percorsi chiusi"),
        new("closed-hired", "Chiusi con assunzione"),
        new("permanent", "di cui indeterminato"),
        new("fixed-term", "determinato"),
        new("other", "altri contratti"),
        new("closed-no-hire", "Chiusi senza assunzione"),
    ];

    /// <summary>The people funnel of every caseload, and the group's total.</summary>
    public async Task<ReportTable> PeopleByCaseloadAsync(CancellationToken ct)
    {
        var table = new ReportTable("people-by-caseload", "Persone per servizio", PeopleColumns());
        var counts = await PeopleCountsAsync(ct);
        var caseloads = await _db.Caseloads.AsNoTracking().OrderBy(c => c.Id).Select(c => new { c.Id, c.Code, c.Name }).ToListAsync(ct);
        var rows = new List<ReportRow>();
        foreach (var caseload in caseloads)
        {
            var values = PeopleValues(counts.Where(c => c.CaseloadId == caseload.Id));
            rows.Add(AddPeopleRow(table, caseload.Code, caseload.Name, values, !SeesPeople(caseload.Id, false), caseloadId: caseload.Id));
        }

        var total = AddPeopleRow(table, "total", "Totale", PeopleValues(counts), !SeesPeople(null, false), isTotal: true);
        table.SumOfRows(total, rows);
        SmallCells.Apply(table);
        return table;
    }

    /// <summary>Each caseload's people funnel by target group, under the caseload's total.</summary>
    public async Task<ReportTable> PeopleByTargetGroupAsync(CancellationToken ct)
    {
        var table = new ReportTable("people-by-target-group", "Persone per servizio e gruppo", PeopleColumns());
        var counts = await PeopleCountsAsync(ct);
        var caseloads = await _db.Caseloads.AsNoTracking().OrderBy(c => c.Id).Select(c => new { c.Id, c.Name }).ToListAsync(ct);
        foreach (var caseload in caseloads)
        {
            var mine = counts.Where(c => c.CaseloadId == caseload.Id).ToList();
            var hidden = !SeesPeople(caseload.Id, true);
            var subtotal = AddPeopleRow(table, caseload.Id.ToString(CultureInfo.InvariantCulture), caseload.Name, PeopleValues(mine), !SeesPeople(caseload.Id, false), isTotal: true, caseloadId: caseload.Id);
            var parts = new List<ReportRow>();
            foreach (var group in Enum.GetValues<TargetGroup>())
            {
                var values = PeopleValues(mine.Where(c => c.Group == group));
                if (values.All(v => v == 0))
                {
                    continue;
                }

                parts.Add(AddPeopleRow(table, $"{caseload.Id}:{group}", TargetGroupNames.Of(group), values, hidden, caseloadId: caseload.Id));
            }

            table.SumOfRows(subtotal, parts);
        }

        SmallCells.Apply(table);
        return table;
    }

    private static ReportRow AddPeopleRow(ReportTable table, string key, string label, int[] values, bool countsPeople, bool isTotal = false, int? caseloadId = null)
    {
        var row = table.Add(new ReportRow(key, label, values.Select(v => new ReportCell(v, countsPeople)).ToList(), isTotal, caseloadId));
        var cells = row.Cells;
        table.Sum(cells[5], cells[6], cells[10]);
        table.Sum(cells[6], cells[7], cells[8], cells[9]);
        return row;
    }

    private static int[] PeopleValues(IEnumerable<PeopleCount> counts)
    {
        var list = counts.ToList();
        return
        [
            list.Sum(c => c.Handled), list.Sum(c => c.Proposed), list.Sum(c => c.Interviews), list.Sum(c => c.Internships), list.Sum(c => c.Hires),
            list.Sum(c => c.Closed), list.Sum(c => c.ClosedHired), list.Sum(c => c.Permanent), list.Sum(c => c.FixedTerm), list.Sum(c => c.OtherContracts),
            list.Sum(c => c.Closed - c.ClosedHired),
        ];
    }

    private sealed record PersonFact(int CaseloadId, TargetGroup Group, string TakenInChargeOn, string? ClosedOn, ClosureOutcome? Outcome);

    private sealed record PlacementFact(int CandidateId, string ProposedOn, string? InterviewOn, string? InternshipStartOn, string? HiredOn, ContractType? Contract, PlacementStage Stage);

    private sealed record PeopleCount(int CaseloadId, TargetGroup Group)
    {
        public int Handled { get; set; }

        public int Proposed { get; set; }

        public int Interviews { get; set; }

        public int Internships { get; set; }

        public int Hires { get; set; }

        public int Closed { get; set; }

        public int ClosedHired { get; set; }

        public int Permanent { get; set; }

        public int FixedTerm { get; set; }

        public int OtherContracts { get; set; }
    }

    /// <summary>The year's people figures grouped by caseload and target group, with the definitions of <see cref="FunnelReport"/>.</summary>
    private Task<List<PeopleCount>> PeopleCountsAsync(CancellationToken ct) => _peopleCounts ??= LoadPeopleCountsAsync(ct);

    private async Task<List<PeopleCount>> LoadPeopleCountsAsync(CancellationToken ct)
    {
        var (from, to) = (_period.From, _period.To);
        var result = new Dictionary<(int, TargetGroup), PeopleCount>();
        PeopleCount At(int caseload, TargetGroup group) =>
            result.TryGetValue((caseload, group), out var c) ? c : result[(caseload, group)] = new PeopleCount(caseload, group);

        // Everyone's caseload, group and path dates come from an index that holds them (the wide
        // person rows are not read); the placements that count this year are read once, without a join.
        // Dates stay ISO text, which compares like the dates.
        var (fromText, toText) = (ReportReader.Iso(from), ReportReader.Iso(to));
        bool InYear(string? day) => day is not null && string.CompareOrdinal(day, fromText) >= 0 && string.CompareOrdinal(day, toText) <= 0;
        var people = new Dictionary<int, PersonFact>();
        await ReportReader.ReadAsync(_database, """
            SELECT "Id", "CaseloadId", "TargetGroup", "TakenInChargeOn", "ClosedOn", "ClosureOutcome" FROM "Candidates"
            """, new Dictionary<string, object>(), r => people[r.GetInt32(0)] = new PersonFact(
                r.GetInt32(1), (TargetGroup)r.GetInt32(2), r.GetString(3), ReportReader.IsoDate(r, 4), r.IsDBNull(5) ? null : (ClosureOutcome)r.GetInt32(5)), ct);
        foreach (var person in people.Values)
        {
            var handled = string.CompareOrdinal(person.TakenInChargeOn, toText) <= 0 && (person.ClosedOn is null || string.CompareOrdinal(person.ClosedOn, fromText) >= 0);
            var closed = InYear(person.ClosedOn);
            if (handled || closed)
            {
                var count = At(person.CaseloadId, person.Group);
                count.Handled += handled ? 1 : 0;
                count.Closed += closed ? 1 : 0;
                count.ClosedHired += closed && person.Outcome == ClosureOutcome.Hired ? 1 : 0;
            }
        }

        var placements = new List<PlacementFact>();
        await ReportReader.ReadAsync(_database, """
            SELECT "CandidateId", "ProposedOn", "InterviewOn", "InternshipStartOn", "HiredOn", "HiredContract", "Stage" FROM "Placements"
            WHERE ("ProposedOn" >= $from AND "ProposedOn" <= $to) OR ("InterviewOn" >= $from AND "InterviewOn" <= $to)
               OR ("InternshipStartOn" >= $from AND "InternshipStartOn" <= $to) OR ("HiredOn" >= $from AND "HiredOn" <= $to)
            """, new Dictionary<string, object> { ["$from"] = fromText, ["$to"] = toText }, r => placements.Add(new PlacementFact(
                r.GetInt32(0), r.GetString(1), ReportReader.IsoDate(r, 2), ReportReader.IsoDate(r, 3), ReportReader.IsoDate(r, 4),
                r.IsDBNull(5) ? null : (ContractType)r.GetInt32(5), (PlacementStage)r.GetInt32(6))), ct);
        foreach (var group in placements.GroupBy(p => p.CandidateId))
        {
            if (!people.TryGetValue(group.Key, out var person))
            {
                continue;
            }

            var count = At(person.CaseloadId, person.Group);
            count.Proposed += group.Any(p => InYear(p.ProposedOn)) ? 1 : 0;
            count.Interviews += group.Count(p => InYear(p.InterviewOn));
            count.Internships += group.Count(p => InYear(p.InternshipStartOn));
            count.Hires += group.Count(p => InYear(p.HiredOn));

            // A path closed with a hire counts once per contract of the hire that closed it (as the social report counts them).
            if (person.Outcome == ClosureOutcome.Hired && InYear(person.ClosedOn))
            {
                foreach (var contract in group.Where(p => p.Stage == PlacementStage.Hired && p.HiredOn == person.ClosedOn).Select(p => p.Contract).Distinct())
                {
                    switch (contract)
                    {
                        case ContractType.Permanent: count.Permanent++; break;
                        case ContractType.FixedTerm: count.FixedTerm++; break;
                        default: count.OtherContracts++; break;
                    }
                }
            }
        }

        // Groups with no figure at all are not rows.
        return result.Values.Where(c => c.Handled + c.Proposed + c.Interviews + c.Internships + c.Hires + c.Closed > 0).ToList();
    }

    /// <summary>
    /// Days from a person's first proposal to their hire, for the hires of the year: the median per
    /// caseload and for the group. A median of fewer than five hires is hidden with them.
    /// </summary>
    public async Task<ReportTable> TimeToHireAsync(CancellationToken ct)
    {
        var (from, to) = (_period.From, _period.To);
        var hires = await _db.Placements.Where(p => p.HiredOn >= from && p.HiredOn <= to)
            .Select(p => new
            {
                p.Candidate!.CaseloadId,
                HiredOn = p.HiredOn!.Value,
                FirstProposal = p.Candidate.Placements.Min(q => q.ProposedOn),
            })
            .ToListAsync(ct);
        var table = new ReportTable("time-to-hire", "Tempi: dalla prima proposta all'assunzione",
            [new("hires", "Assunzioni"), new("median-days", "Giorni (mediana)")]);
        var caseloads = await _db.Caseloads.AsNoTracking().OrderBy(c => c.Id).Select(c => new { c.Id, c.Code, c.Name }).ToListAsync(ct);
        var rows = new List<ReportRow>();
        foreach (var caseload in caseloads)
        {
            var days = hires.Where(h => h.CaseloadId == caseload.Id).Select(h => h.HiredOn.DayNumber - h.FirstProposal.DayNumber).ToList();
            var hidden = !SeesPeople(caseload.Id, false);
            rows.Add(table.Add(new ReportRow(caseload.Code, caseload.Name, [new ReportCell(days.Count, hidden), new ReportCell(Median(days), false)], CaseloadId: caseload.Id)));
        }

        var all = hires.Select(h => h.HiredOn.DayNumber - h.FirstProposal.DayNumber).ToList();
        var total = table.Add(new ReportRow("total", "Totale", [new ReportCell(all.Count, !SeesPeople(null, false)), new ReportCell(Median(all), false)], IsTotal: true));
        table.Sum(total.Cells[0], rows.Select(r => r.Cells[0]).ToArray());
        SmallCells.Apply(table);
        foreach (var row in table.Rows.Where(r => r.Cells[0].Suppressed))
        {
            row.Cells[1].Suppression = Suppression.Complementary;
        }

        return table;
    }

    private static int Median(List<int> values)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (int)Math.Round((values[middle - 1] + values[middle]) / 2.0, MidpointRounding.AwayFromZero);
    }

    /// <summary>Month by month, this year against the year before: companies contacted, positions opened, proposals, hires.</summary>
    public async Task<ReportTable> TrendAsync(CancellationToken ct)
    {
        var year = _period.Year;
        var previous = FunnelPeriod.Of(year - 1, _period.ToTime);
        var table = new ReportTable("trend", "Andamento mese per mese",
        [
            new("contacted", $"Aziende contattate {year}"), new("contacted-previous", $"Aziende contattate {year - 1}"),
            new("positions", $"Posizioni aperte {year}"), new("positions-previous", $"Posizioni aperte {year - 1}"),
            new("proposals", $"Proposte {year}"), new("proposals-previous", $"Proposte {year - 1}"),
            new("hires", $"Assunzioni {year}"), new("hires-previous", $"Assunzioni {year - 1}"),
        ]);
        var series = new List<Dictionary<int, int>>();
        foreach (var period in new[] { _period, previous })
        {
            series.Add((await ContactedByMonthAsync(period, ct)).ToDictionary(x => int.Parse(x.Key, CultureInfo.InvariantCulture), x => x.Value));
        }

        foreach (var period in new[] { _period, previous })
        {
            series.Add((await FactsAsync(period, withAuthors: false, ct)).Positions(filledOnly: false, v => v.Month.ToString(CultureInfo.InvariantCulture))
                .ToDictionary(x => int.Parse(x.Key, CultureInfo.InvariantCulture), x => x.Value));
        }

        foreach (var period in new[] { _period, previous })
        {
            series.Add((await _db.Placements.Where(p => p.ProposedOn >= period.From && p.ProposedOn <= period.To)
                .GroupBy(p => p.ProposedOn.Month).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct)).ToDictionary(x => x.Key, x => x.N));
        }

        foreach (var period in new[] { _period, previous })
        {
            series.Add((await _db.Placements.Where(p => p.HiredOn >= period.From && p.HiredOn <= period.To)
                .GroupBy(p => p.HiredOn!.Value.Month).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct)).ToDictionary(x => x.Key, x => x.N));
        }

        var yearTotals = new List<int>();
        foreach (var period in new[] { _period, previous })
        {
            yearTotals.Add(await ContactedInYearAsync(period, ct));
        }

        var hidden = !SeesPeople(null, false);
        var rows = new List<ReportRow>();
        for (var month = 1; month <= 12; month++)
        {
            var m = month;
            rows.Add(table.Add(new ReportRow(m.ToString(CultureInfo.InvariantCulture), MonthName(m),
                series.Select((s, i) => new ReportCell(s.GetValueOrDefault(m), i >= 4 && hidden)).ToList())));
        }

        var total = table.Add(new ReportRow("total", "Totale",
            series.Select((s, i) => new ReportCell(i < 2 ? yearTotals[i] : s.Values.Sum(), i >= 4 && hidden)).ToList(), IsTotal: true));
        for (var column = 2; column < series.Count; column++)
        {
            var c = column;
            table.Sum(total.Cells[c], rows.Select(r => r.Cells[c]).ToArray());
        }

        SmallCells.Apply(table);
        return table;
    }
}
