using AeI.Crm.Activities;
using AeI.Crm.Candidates;
using AeI.Crm.Caseloads;
using AeI.Crm.Common;
using AeI.Crm.Companies;
using AeI.Crm.Contacts;
using AeI.Crm.FollowUps;
using AeI.Crm.Geography;
using AeI.Crm.Occupations;
using AeI.Crm.Persistence;
using AeI.Crm.Placements;
using AeI.Crm.Users;
using AeI.Crm.Vacancies;
using Bogus;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Demo;

/// <summary>
/// Fills an empty database with a demo that reproduces the cooperative's 2020 social report
/// (<see cref="Demo2020Figures"/>) when read back through the app, plus current work around
/// today's date: open vacancies, active candidates, placements in progress and follow-ups.
/// </summary>
public sealed class DemoSeeder(CrmDbContext db, UserManager<CrmUser> users, OccupationCatalog occupations, TimeProvider clock)
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

    private List<Company> CreateCompanies()
    {
        const int total = 3900;
        var vatNumbers = new HashSet<string>();
        var milanArea = _municipalities.Where(m => m.ProvinceCode == "MI").ToList();
        var nearby = _municipalities.Where(m => m.ProvinceCode is "MB" or "VA" or "CO" or "PV" or "LO" or "NO").ToList();
        var milano = _municipalities.Single(m => m.Name == "Milano");
        var order = _f.Random.Shuffle(Enumerable.Range(0, total)).ToArray();
        var contacted = order.Take(Demo2020Figures.CompaniesContacted).ToHashSet();
        var visited = order.Take(Demo2020Figures.CompaniesVisited).ToHashSet();
        var companies = new List<Company>(total);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        for (var i = 0; i < total; i++)
        {
            var job = _f.PickOne(JobArchetypes.All);
            var municipality = _f.Random.Double() switch
            {
                < 0.45 => milano,
                < 0.9 => _f.PickRandom(milanArea),
                _ => _f.PickRandom(nearby),
            };
            var company = new Company
            {
                VatNumber = NewVatNumber(vatNumbers),
                AtecoCode = _f.PickRandom(job.AtecoCodes),
                Address = _f.Address.StreetAddress(),
                MunicipalityIstat = municipality.IstatCode,
                AccountManager = _f.PickOne(_users.AccountManagers),
                CreatedAt = new DateTime(2019, 1, 1).AddDays(_f.Random.Int(0, 700)),
                Status = visited.Contains(i)
                    ? _f.Random.Bool(0.6f) ? RelationshipStatus.ActivePartner : RelationshipStatus.Visited
                    : contacted.Contains(i)
                        ? _f.Random.Bool(0.7f) ? RelationshipStatus.Contacted : RelationshipStatus.Dormant
                        : RelationshipStatus.Prospect,
            };
            company.Rename(UniqueName(names, job));
            company.FiscalCode = company.VatNumber;
            company.AtecoSection = AtecoCode.SectionOf(company.AtecoCode)?.ToString();
            company.SetEmployees(_f.Random.Double() switch
            {
                < 0.35 => _f.Random.Int(3, 14),
                < 0.6 => _f.Random.Int(15, 35),
                < 0.72 => _f.Random.Int(36, 50),
                < 0.95 => _f.Random.Int(51, 250),
                _ => _f.Random.Int(251, 1500),
            });
            company.ProtectedWorkersEmployed = company.Law68QuotaTotal == 0 ? 0 : _f.Random.Int(0, company.Law68QuotaTotal);
            if (_f.Random.Bool(0.15f))
            {
                company.CsrNotes = _f.PickRandom(
                    "Bilancio di sostenibilità pubblicato; interesse per progetti di inclusione lavorativa.",
                    "Ha ospitato tirocini in passato; referente HR molto disponibile.",
                    "Convenzione art. 14 in valutazione per la copertura della quota.",
                    "Partecipa al tavolo CSR del Comune di Milano.");
            }

            company.Tags = _f.Random.Bool(0.3f) ? [_f.PickRandom("tirocini", "convenzione art. 14", "CSR", "grande azienda", "stagionale")] : [];
            company.Contacts.AddRange(CreateContacts(company));
            _companyJob[company] = job;
            if (contacted.Contains(i))
            {
                Add2020Activities(company, visited.Contains(i));
            }

            companies.Add(company);
        }

        return companies;
    }

    private IEnumerable<Contact> CreateContacts(Company company)
    {
        var count = _f.Random.Int(1, 3);
        for (var i = 0; i < count; i++)
        {
            var first = _f.Name.FirstName();
            var last = _f.Name.LastName();
            var domain = new string(company.LegalName.ToLowerInvariant().Where(char.IsAsciiLetterLower).Take(14).ToArray());
            yield return new Contact
            {
                FullName = $"{first} {last}",
                Role = _f.PickRandom("Responsabile risorse umane", "Titolare", "Responsabile di produzione", "Office manager", "Referente CSR", "Responsabile di magazzino"),
                Email = $"{Slug(first)}.{Slug(last)}@{domain}.it",
                Phone = PhoneNumberNormalizer.ToE164(_f.Random.Bool() ? $"02 {_f.Random.Int(2000000, 9999999)}" : $"3{_f.Random.Int(20, 49)} {_f.Random.Int(1000000, 9999999)}"),
                ConsentToContact = _f.Random.Bool(0.85f),
            };
        }
    }

    private void Add2020Activities(Company company, bool visited)
    {
        var count = _f.Random.Int(1, 3);
        for (var i = 0; i < count; i++)
        {
            var type = i == 0 ? _f.PickRandom(ActivityType.Call, ActivityType.Email) : _f.PickRandom(ActivityType.Call, ActivityType.Email, ActivityType.VideoCall, ActivityType.Event);
            AddActivity(company, type, RandomDate(YearStart, YearEnd));
        }

        if (visited)
        {
            AddActivity(company, ActivityType.OnSiteVisit, RandomDate(new DateOnly(2020, 1, 15), new DateOnly(2020, 12, 18)));
        }
    }

    private Activity AddActivity(Company company, ActivityType type, DateOnly on)
    {
        var job = _companyJob[company];
        var activity = new Activity
        {
            Type = type,
            OccurredAt = on.ToDateTime(new TimeOnly(_f.Random.Int(9, 17), _f.PickRandom(0, 15, 30, 45))),
            User = company.AccountManager,
            UserId = company.AccountManager!.Id,
            Outcome = _f.PickRandom<ActivityOutcome>(),
            Contact = company.Contacts.Count > 0 ? _f.PickRandom(company.Contacts) : null,
            Notes = type switch
            {
                ActivityType.OnSiteVisit => $"Visita in sede: giro del reparto {job.Sector}, parlato di fabbisogni per {job.Title.ToLowerInvariant()} e di tirocini.",
                ActivityType.Call => _f.PickRandom("Primo contatto telefonico, presentati servizi e agevolazioni.", "Richiamato per aggiornamento sulle ricerche in corso.", "Parlato con l'HR della quota legge 68."),
                ActivityType.Email => _f.PickRandom("Inviata presentazione della cooperativa e dei servizi.", "Inviati i profili richiesti.", "Mandata documentazione sulla convenzione art. 14."),
                ActivityType.VideoCall => $"Videochiamata con il referente: possibili inserimenti come {job.Title.ToLowerInvariant()}.",
                _ => "Incontro all'evento di networking CSR.",
            },
        };
        company.Activities.Add(activity);
        company.RecordContact(on);
        return activity;
    }

    private void CreateVacancies2020(List<Company> companies)
    {
        var visited = companies.Where(c => c.Activities.Any(a => a.Type == ActivityType.OnSiteVisit)).ToList();
        var contacted = companies.Where(c => c.Activities.Count > 0).ToList();
        for (var i = 0; i < Demo2020Figures.PositionsOpened; i++)
        {
            var company = i < 420 ? _f.PickRandom(visited) : _f.PickRandom(contacted);
            var opened = RandomDate(new DateOnly(2020, 1, 2), new DateOnly(2020, 11, 30));
            var vacancy = NewVacancy(company, opened);
            vacancy.Status = _f.Random.Bool(0.55f) ? VacancyStatus.Filled : VacancyStatus.Closed;
            vacancy.ClosedOn = opened.AddDays(_f.Random.Int(30, 120));
            _vacancies2020.Add(vacancy);
        }

        _vacancies2020.Sort((a, b) => a.OpenedOn.CompareTo(b.OpenedOn));
    }

    private void CreateCurrentVacancies(List<Company> companies)
    {
        var partners = companies.Where(c => c.Status is RelationshipStatus.ActivePartner or RelationshipStatus.Visited).ToList();
        for (var i = 0; i < 70; i++)
        {
            var vacancy = NewVacancy(_f.PickRandom(partners), _today.AddDays(-_f.Random.Int(0, 120)));
            vacancy.Status = _f.Random.Bool(0.85f) ? VacancyStatus.Open : VacancyStatus.OnHold;
            _currentVacancies.Add(vacancy);
        }
    }

    private Vacancy NewVacancy(Company company, DateOnly opened)
    {
        var job = _companyJob[company];
        var partTime = job.PartTimeTypical && _f.Random.Bool(0.5f);
        var required = _f.Random.ListItems(job.Skills.ToList(), 2).ToList();
        var vacancy = new Vacancy
        {
            Company = company,
            Title = job.Title,
            OccupationLabel = job.EscoLabel,
            OccupationUri = occupations.Labels.FirstOrDefault(l => l.Label == job.EscoLabel)?.ConceptUri,
            Description = $"{company.LegalName} cerca {job.Title.ToLowerInvariant()} per {(partTime ? "un inserimento part-time" : "un inserimento a tempo pieno")} nel settore {job.Sector}. "
                + $"La persona si occuperà di {string.Join(", ", required)}. {(job.ShiftsTypical ? "È previsto il lavoro su turni, anche nel fine settimana." : "Orario giornaliero dal lunedì al venerdì.")}",
            RequiredSkills = required,
            PreferredSkills = job.Skills.Except(required).Take(2).ToList(),
            RequiredLicences = job.Licences.ToList(),
            RequiredCertificates = job.Certificates.Length > 0 && _f.Random.Bool(0.5f) ? [job.Certificates[0]] : [],
            MinItalianLevel = Enum.Parse<CefrLevel>(job.MinItalian),
            Contract = _f.Random.WeightedRandom(
                [ContractType.Internship, ContractType.FixedTerm, ContractType.Permanent, ContractType.Apprenticeship, ContractType.AgencyWork],
                [0.3f, 0.35f, 0.15f, 0.1f, 0.1f]),
            Hours = partTime ? WorkingHours.PartTime : WorkingHours.FullTime,
            Shifts = job.ShiftsTypical && _f.Random.Bool(0.7f),
            WorkMunicipalityIstat = company.MunicipalityIstat,
            Openings = _f.Random.WeightedRandom([1, 2, 3], [0.75f, 0.2f, 0.05f]),
            Law68Reservation = company.Law68QuotaTotal > (company.ProtectedWorkersEmployed ?? 0) && _f.Random.Bool(0.4f)
                ? _f.Random.WeightedRandom([Law68Reservation.Article1, Law68Reservation.Article18, Law68Reservation.Any], [0.7f, 0.1f, 0.2f])
                : Law68Reservation.None,
            OpenedOn = opened,
            Owner = company.AccountManager,
        };
        company.Vacancies.Add(vacancy);
        _vacancyJob[vacancy] = job;
        return vacancy;
    }

    private void CreateRecentActivities(List<Company> companies)
    {
        var from = _today.AddDays(-540);
        foreach (var company in _f.Random.ListItems(companies, 700))
        {
            var count = _f.Random.Int(1, 3);
            for (var i = 0; i < count; i++)
            {
                var type = _f.Random.WeightedRandom(
                    [ActivityType.Call, ActivityType.Email, ActivityType.VideoCall, ActivityType.OnSiteVisit, ActivityType.Event],
                    [0.4f, 0.3f, 0.15f, 0.1f, 0.05f]);
                var activity = AddActivity(company, type, RandomDate(from, _today.AddDays(-1)));
                if (activity.OccurredAt >= _today.AddDays(-20).ToDateTime(TimeOnly.MinValue) && _f.Random.Bool(0.6f))
                {
                    activity.NextStep = _f.PickRandom("Richiamare per fissare la visita", "Inviare profili", "Verificare l'apertura della posizione", "Mandare la convenzione firmata");
                    activity.NextStepOn = _today.AddDays(_f.Random.Int(-5, 25));
                    var followUp = FollowUp.ForNextStep(activity, company.AccountManager!.Id, activity.OccurredAt)!;
                    followUp.Owner = company.AccountManager;
                    followUp.Company = company;
                    _followUps.Add(followUp);
                }
            }
        }
    }

    private void CreateAccountManagerFollowUps(List<Company> companies)
    {
        foreach (var am in _users.AccountManagers)
        {
            var theirs = companies.Where(c => c.AccountManager == am && c.Status != RelationshipStatus.Prospect).ToList();
            foreach (var company in _f.Random.ListItems(theirs, Math.Min(theirs.Count, 6)))
            {
                _followUps.Add(new FollowUp
                {
                    Owner = am,
                    OwnerId = am.Id,
                    DueOn = _today.AddDays(_f.Random.Int(-10, 20)),
                    Subject = _f.PickRandom("Richiamare l'HR per la quota legge 68", "Fissare una visita in sede", "Mandare i profili per la posizione", "Chiedere l'esito dei colloqui", "Inviare la bozza di convenzione art. 14"),
                    Company = company,
                    CreatedAt = _today.AddDays(-_f.Random.Int(1, 20)).ToDateTime(new TimeOnly(9, 30)),
                });
            }
        }
    }

    private void CreateMediatorFollowUps(List<Candidate> candidates)
    {
        foreach (var candidate in candidates.Where(c => c.Status is CandidateStatus.Active or CandidateStatus.InInternship && c.Mediator is not null).Take(120))
        {
            var followUp = new FollowUp
            {
                OwnerId = candidate.Mediator!.Id,
                DueOn = _today.AddDays(_f.Random.Int(-7, 21)),
                Subject = _f.PickRandom("Colloquio di monitoraggio", "Aggiornare il CV", "Verificare documenti per il tirocinio", "Chiamare per esito colloquio"),
                Candidate = candidate,
                CreatedAt = _today.AddDays(-_f.Random.Int(1, 30)).ToDateTime(new TimeOnly(10, 0)),
            };
            db.FollowUps.Add(followUp);
        }
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

    private string NewVatNumber(HashSet<string> used)
    {
        while (true)
        {
            var first = $"{_f.Random.Int(1000000, 9999999)}{_f.Random.Int(1, 100):000}";
            var vat = first + PartitaIva.ComputeCheckDigit(first);
            if (used.Add(vat))
            {
                return vat;
            }
        }
    }

    private string UniqueName(HashSet<string> used, JobArchetype job)
    {
        while (true)
        {
            var core = _f.Random.Int(0, 3) switch
            {
                0 => $"{_f.Name.LastName()} {job.Sector switch { "ristorazione" => "Ristorazione", "logistica" => "Logistica", "assistenza" => "Servizi alla Persona", "grande distribuzione" => "Market", _ => "Servizi" }}",
                1 => $"{_f.Name.LastName()} & {_f.Name.LastName()}",
                2 => $"{_f.Name.LastName()} {_f.PickRandom("Group", "Italia", "Lombardia", "Milano", "Industrie", "Tecnica")}",
                _ => $"{_f.Address.City().Split(' ')[0]} {job.Sector switch { "metalmeccanica" => "Meccanica", "alimentare" => "Alimentari", "cura del verde" => "Verde", "trasporti" => "Trasporti", _ => "Servizi" }}",
            };
            var name = $"{core} {_f.PickRandom("S.r.l.", "S.p.A.", "S.n.c.", "Soc. Coop.", "S.r.l.s.")}";
            if (used.Add(name))
            {
                return name;
            }
        }
    }

    internal static string Slug(string text) => new(SearchText.Fold(text).ToLowerInvariant().Where(char.IsAsciiLetterLower).ToArray());
}
