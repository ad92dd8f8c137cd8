namespace AeI.Crm.Demo;

/// <summary>Positions opened in 2020 and open today.</summary>
public sealed partial class DemoSeeder
{
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
}
