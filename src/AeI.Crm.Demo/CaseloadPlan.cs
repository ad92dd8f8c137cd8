using AeI.Crm.Candidates;
using AeI.Crm.Caseloads;
using AeI.Crm.Common;
using AeI.Crm.Vacancies;
using AeI.Crm.Placements;
using AeI.Crm.Users;

namespace AeI.Crm.Demo;

/// <summary>
/// How many paths of one caseload the demo opens and how they end in 2020: internships started,
/// hires (after an internship or direct), other closures; all other 2020 paths close in 2021.
/// </summary>
internal sealed record CaseloadPlan(
    string Code, int Handled, int From2019, int Internships, int InternsHired, int DirectHires, int OtherClosures, int Current)
{
    private static readonly DateOnly EventsFrom = new(2020, 3, 1);
    private static readonly DateOnly YearEnd = new(2020, 12, 31);

    public IEnumerable<Candidate> Build(DemoSeeder s, Caseload caseload)
    {
        var f = s.Faker;
        var mediators = s.Users.MediatorsByCaseload[Code];
        var people = new List<Candidate>(Handled + Current);
        for (var i = 0; i < Handled; i++)
        {
            var tic = i < From2019
                ? s.RandomDate(new DateOnly(2019, 2, 1), new DateOnly(2019, 12, 20))
                : s.RandomDate(new DateOnly(2020, 1, 7), new DateOnly(2020, 11, 30));
            people.Add(DemoPerson.Create(s, caseload, f.PickOne(mediators), tic));
        }

        var pool = f.Random.Shuffle(people.Where(p => p.TakenInChargeOn <= new DateOnly(2020, 9, 1))).ToList();
        var hiredAfterInternship = pool.Take(InternsHired).ToList();
        var hiredDirectly = pool.Skip(InternsHired).Take(DirectHires).ToList();
        var internsOnly = pool.Skip(InternsHired + DirectHires).Take(Internships - InternsHired).ToList();
        if (hiredAfterInternship.Count + hiredDirectly.Count + internsOnly.Count != InternsHired + DirectHires + Internships - InternsHired)
        {
            throw new InvalidOperationException($"{Code}: not enough paths opened early enough for the planned events.");
        }

        var contracts = Contracts(f, InternsHired + DirectHires);
        var c = 0;
        foreach (var p in hiredAfterInternship)
        {
            var start = s.RandomDate(Later(p.TakenInChargeOn.AddDays(21), EventsFrom), new DateOnly(2020, 9, 30));
            var hired = start.AddDays(f.Random.Int(60, 90));
            var placement = Propose(s, p, s.Vacancy2020Before(start, DemoPerson.JobOf(p)), start);
            placement.MoveTo(PlacementStage.Internship, start);
            placement.MoveTo(PlacementStage.Hired, hired, contracts[c++]);
            MarkFilled(placement.Vacancy!, hired);
            Close(p, hired, ClosureOutcome.Hired);
        }

        foreach (var p in hiredDirectly)
        {
            var hired = s.RandomDate(Later(p.TakenInChargeOn.AddDays(30), EventsFrom), YearEnd);
            var placement = Propose(s, p, s.Vacancy2020Before(hired, DemoPerson.JobOf(p)), hired);
            placement.MoveTo(PlacementStage.Interview, Later(placement.ProposedOn.AddDays(1), hired.AddDays(-7)));
            placement.MoveTo(PlacementStage.Hired, hired, contracts[c++]);
            MarkFilled(placement.Vacancy!, hired);
            Close(p, hired, ClosureOutcome.Hired);
        }

        foreach (var p in internsOnly)
        {
            var start = s.RandomDate(Later(p.TakenInChargeOn.AddDays(21), EventsFrom), new DateOnly(2020, 12, 1));
            var placement = Propose(s, p, s.Vacancy2020Before(start, DemoPerson.JobOf(p)), start);
            placement.MoveTo(PlacementStage.Internship, start);
            placement.MoveTo(PlacementStage.NotSelected, start.AddDays(f.Random.Int(60, 120)), reason: "Tirocinio concluso: l'azienda non ha posti per un'assunzione.");
            // Closed after the year, so internships alone never change the 2020 closures.
            Close(p, s.RandomDate(Later(start.AddDays(130), new DateOnly(2021, 1, 11)), new DateOnly(2021, 12, 17)), ClosureOutcome.InternshipCompleted);
        }

        var withEvents = hiredAfterInternship.Concat(hiredDirectly).Concat(internsOnly).ToHashSet();
        var rest = f.Random.Shuffle(people.Where(p => !withEvents.Contains(p))).ToList();
        foreach (var p in rest.Take(OtherClosures))
        {
            Close(p, s.RandomDate(Later(p.TakenInChargeOn.AddDays(30), new DateOnly(2020, 1, 15)), YearEnd),
                f.PickRandom(ClosureOutcome.Dropout, ClosureOutcome.ReturnedToService, ClosureOutcome.Moved, ClosureOutcome.Other));
        }

        foreach (var p in rest.Skip(OtherClosures))
        {
            if (p.TakenInChargeOn <= new DateOnly(2020, 10, 15) && f.Random.Bool(0.3f))
            {
                var proposed = s.RandomDate(Later(p.TakenInChargeOn.AddDays(7), EventsFrom), new DateOnly(2020, 11, 30));
                var placement = Propose(s, p, s.Vacancy2020Before(proposed.AddDays(14), DemoPerson.JobOf(p)), proposed.AddDays(14));
                placement.MoveTo(PlacementStage.NotSelected, proposed.AddDays(20), reason: "L'azienda ha scelto un altro candidato.");
            }

            Close(p, s.RandomDate(new DateOnly(2021, 1, 11), new DateOnly(2021, 12, 17)),
                f.PickRandom(ClosureOutcome.Dropout, ClosureOutcome.ReturnedToService, ClosureOutcome.Moved, ClosureOutcome.Other));
        }

        for (var i = 0; i < Current; i++)
        {
            var p = DemoPerson.Create(s, caseload, f.PickOne(mediators), s.Today.AddDays(-f.Random.Int(10, 365)));
            AddCurrentWork(s, p);
            people.Add(p);
        }

        return people;
    }

    private static void AddCurrentWork(DemoSeeder s, Candidate p)
    {
        var f = s.Faker;
        var roll = f.Random.Double();
        if (roll > 0.5)
        {
            return;
        }

        var sameJob = s.CurrentVacancies.Where(v => s.JobOf(v) == DemoPerson.JobOf(p) && v.OpenedOn >= p.TakenInChargeOn).ToList();
        if (sameJob.Count == 0)
        {
            return;
        }

        var vacancy = f.PickRandom(sameJob);
        var proposed = s.RandomDate(vacancy.OpenedOn, s.Today);
        var placement = Placement.Propose(0, 0, proposed, p.Mediator?.Id);
        placement.Vacancy = vacancy;
        placement.CreatedBy = p.Mediator;
        p.Placements.Add(placement);
        var target = roll < 0.08 ? PlacementStage.Internship : f.PickRandom(PlacementStage.Proposed, PlacementStage.CvSent, PlacementStage.Interview);
        if (target != PlacementStage.Proposed)
        {
            placement.MoveTo(target, s.RandomDate(proposed, s.Today));
            if (target == PlacementStage.Internship)
            {
                // At least a month long, ending within five months; some in the coming weeks (the follow-up rules remind of those).
                placement.InternshipEndOn = Later(placement.InternshipStartOn!.Value.AddMonths(1), s.Today.AddDays(f.Random.Int(5, 150)));
            }
        }

        if (target == PlacementStage.Internship)
        {
            p.Status = CandidateStatus.InInternship;
        }
    }

    private static Placement Propose(DemoSeeder s, Candidate p, Vacancies.Vacancy vacancy, DateOnly eventDay)
    {
        var earliest = Later(vacancy.OpenedOn, p.TakenInChargeOn);
        var latest = eventDay.AddDays(-7);
        var proposed = latest < earliest ? earliest : s.RandomDate(earliest, latest);
        var placement = Placement.Propose(0, 0, proposed, p.Mediator?.Id);
        placement.Vacancy = vacancy;
        placement.CreatedBy = p.Mediator;
        placement.MoveTo(PlacementStage.CvSent, proposed.AddDays(1));
        p.Placements.Add(placement);
        if (vacancy.ClosedOn < eventDay)
        {
            vacancy.ClosedOn = eventDay;
        }

        return placement;
    }

    private static void MarkFilled(Vacancies.Vacancy vacancy, DateOnly hired)
    {
        vacancy.Status = Vacancies.VacancyStatus.Filled;
        vacancy.ClosedOn = Later(vacancy.ClosedOn ?? hired, hired);
    }

    private static void Close(Candidate p, DateOnly on, ClosureOutcome outcome)
    {
        p.ClosedOn = on;
        p.ClosureOutcome = outcome;
        p.Status = outcome == ClosureOutcome.Hired ? CandidateStatus.Placed : CandidateStatus.Closed;
    }

    private List<ContractType> Contracts(Bogus.Faker f, int count)
    {
        if (Code == "CeLAV")
        {
            var list = Enumerable.Repeat(ContractType.Permanent, Demo2020Figures.CelavHiredPermanent)
                .Concat(Enumerable.Repeat(ContractType.FixedTerm, Demo2020Figures.CelavHiredFixedTerm))
                .Concat(Enumerable.Repeat(ContractType.Apprenticeship, 18))
                .Concat(Enumerable.Repeat(ContractType.AgencyWork, Demo2020Figures.CelavHiredOther - 18))
                .ToList();
            return f.Random.Shuffle(list).ToList();
        }

        return Enumerable.Range(0, count)
            .Select(_ => f.Random.WeightedRandom([ContractType.FixedTerm, ContractType.Permanent, ContractType.Apprenticeship, ContractType.AgencyWork], [0.5f, 0.25f, 0.15f, 0.1f]))
            .ToList();
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}
