namespace AeI.Crm.Demo;

/// <summary>
/// Fills an empty database with a demo that reproduces the cooperative's 2020 social report
/// (<see cref="Demo2020Figures"/>) when read back through the app, plus current work around
/// today's date: open vacancies, active candidates, placements in progress and follow-ups.
/// </summary>
public sealed partial class DemoSeeder(CrmDbContext db, UserManager<CrmUser> users, OccupationCatalog occupations, TimeProvider clock)
{
    private static readonly DateOnly YearStart = new(Demo2020Figures.Year, 1, 1);
    private static readonly DateOnly YearEnd = new(Demo2020Figures.Year, 12, 31);

    private readonly Faker _f = new("it") { Random = new Randomizer(2020) };
    private readonly Dictionary<Vacancy, JobArchetype> _vacancyJob = [];
    private readonly Dictionary<Company, JobArchetype> _companyJob = [];
    private readonly List<Vacancy> _vacancies2020 = [];
    private readonly List<Vacancy> _currentVacancies = [];
    private readonly List<FollowUp> _followUps = [];
    private DateOnly _today;
    private IReadOnlyList<Municipality> _municipalities = [];
    private DemoUsers.Created _users = null!;

    /// <summary>True when the database holds no company yet: the demo only fills an empty database.</summary>
    public async Task<bool> IsDatabaseEmptyAsync(CancellationToken ct) =>
        !await db.Companies.AnyAsync(ct) && !await db.Users.AnyAsync(ct);

    public async Task SeedAsync(CancellationToken ct = default)
    {
        _today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        if (_today.Year < Demo2020Figures.Year + 2)
        {
            throw new InvalidOperationException("The demo needs a clock at least two years after 2020, so current work stays out of the 2020 figures.");
        }

        _municipalities = await db.Municipalities.AsNoTracking().ToListAsync(ct);
        // All or nothing: a crash half-way leaves an empty database, and the next start loads the demo again.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        _users = await DemoUsers.CreateAsync(db, users, _f, ct);
        var caseloads = await db.Caseloads.ToListAsync(ct);

        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var companies = CreateCompanies();
        CreateVacancies2020(companies);
        CreateCurrentVacancies(companies);
        CreateRecentActivities(companies);
        CreateAccountManagerFollowUps(companies);
        db.Companies.AddRange(companies);
        await db.SaveChangesAsync(ct);

        var candidates = new List<Candidate>();
        candidates.AddRange(new CaseloadPlan("CeLAV", Demo2020Figures.CelavHandled, From2019: 300, Internships: 120, InternsHired: 50,
            DirectHires: Demo2020Figures.CelavClosedWithHire - 50, OtherClosures: Demo2020Figures.CelavClosed - Demo2020Figures.CelavClosedWithHire,
            Current: 200).Build(this, DemoUsers.Find(caseloads, "CeLAV")));
        candidates.AddRange(new CaseloadPlan("NIL", Demo2020Figures.NilPaths, From2019: 120, Internships: Demo2020Figures.NilInternships, InternsHired: 30,
            DirectHires: Demo2020Figures.NilHires - 30, OtherClosures: 60, Current: 70).Build(this, DemoUsers.Find(caseloads, "NIL")));
        candidates.AddRange(new CaseloadPlan("SIL", Demo2020Figures.SilPaths, From2019: 70, Internships: Demo2020Figures.SilInternships, InternsHired: 12,
            DirectHires: Demo2020Figures.SilHires - 12, OtherClosures: 30, Current: 50).Build(this, DemoUsers.Find(caseloads, "SIL")));
        db.Candidates.AddRange(candidates);
        db.FollowUps.AddRange(_followUps);
        CreateMediatorFollowUps(candidates);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        db.ChangeTracker.Clear();
    }

    internal Faker Faker => _f;

    internal DateOnly Today => _today;

    internal IReadOnlyList<Municipality> Municipalities => _municipalities;

    internal DemoUsers.Created Users => _users;

    internal IReadOnlyList<Vacancy> CurrentVacancies => _currentVacancies;

    internal DateOnly RandomDate(DateOnly from, DateOnly to) => from.AddDays(_f.Random.Int(0, Math.Max(0, to.DayNumber - from.DayNumber)));

    internal JobArchetype JobOf(Vacancy vacancy) => _vacancyJob[vacancy];

    /// <summary>A 2020 vacancy opened at least two weeks before the day, preferring the person's kind of job.</summary>
    internal Vacancy Vacancy2020Before(DateOnly day, JobArchetype job)
    {
        var limit = day.AddDays(-14);
        var count = _vacancies2020.FindLastIndex(v => v.OpenedOn <= limit) + 1;
        if (count == 0)
        {
            throw new InvalidOperationException($"No 2020 vacancy opened before {day}.");
        }

        for (var attempt = 0; attempt < 30; attempt++)
        {
            var v = _vacancies2020[_f.Random.Int(0, count - 1)];
            if (_vacancyJob[v] == job)
            {
                return v;
            }
        }

        return _vacancies2020[_f.Random.Int(0, count - 1)];
    }

    internal static string Slug(string text) => new(SearchText.Fold(text).ToLowerInvariant().Where(char.IsAsciiLetterLower).ToArray());
}
