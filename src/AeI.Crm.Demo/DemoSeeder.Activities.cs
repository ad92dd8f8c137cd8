namespace AeI.Crm.Demo;

/// <summary>Contacts with companies in 2020 and in recent months.</summary>
public sealed partial class DemoSeeder
{
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
}
