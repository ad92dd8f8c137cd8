namespace AeI.Crm.Demo;

/// <summary>Recent activities with next steps, and the follow-ups of account managers and mediators.</summary>
public sealed partial class DemoSeeder
{
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
}
