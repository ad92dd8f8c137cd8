using AeI.Crm.Activities;
using AeI.Crm.Common;
using AeI.Crm.Placements;
using AeI.Crm.Candidates;
using AeI.Crm.Contacts;
using AeI.Crm.Geography;
using AeI.Crm.Users;
using AeI.Crm.Vacancies;

namespace AeI.Crm.Companies;

public class Company : IVersioned, ISearchable
{
    public int Id { get; set; }

    public string LegalName { get; set; } = "";

    /// <summary>Upper-case name for case-insensitive search and sorting in SQL.</summary>
    public string SearchName { get; set; } = "";

    public string? VatNumber { get; set; }

    public string? FiscalCode { get; set; }

    public string? AtecoCode { get; set; }

    public string? AtecoSection { get; set; }

    public int? EmployeeCount { get; set; }

    /// <summary>Protected workers (law 68/1999) already employed, when the company tells us.</summary>
    public int? ProtectedWorkersEmployed { get; set; }

    /// <summary>Law-68 quota from <see cref="EmployeeCount"/>, kept in a column to filter on.</summary>
    public int Law68QuotaTotal { get; set; }

    public string? Address { get; set; }

    public string? MunicipalityIstat { get; set; }

    public Municipality? Municipality { get; set; }

    public RelationshipStatus Status { get; set; } = RelationshipStatus.Prospect;

    public string? AccountManagerId { get; set; }

    public CrmUser? AccountManager { get; set; }

    public string? CsrNotes { get; set; }

    public List<string> Tags { get; set; } = [];

    public DateOnly? LastContactOn { get; set; }

    public DateTime CreatedAt { get; set; }

    public int Version { get; set; }

    public List<Contact> Contacts { get; set; } = [];

    public List<Activity> Activities { get; set; } = [];

    public List<Vacancy> Vacancies { get; set; } = [];

    public Law68Quota Law68Quota => Law68Quota.For(EmployeeCount);

    /// <summary>Sets the name and the derived search column together.</summary>
    public void Rename(string legalName)
    {
        LegalName = legalName.Trim();
        RefreshSearchName();
    }

    public void RefreshSearchName() => SearchName = SearchText.Fold(LegalName);

    /// <summary>Sets the head count and the derived quota together.</summary>
    public void SetEmployees(int? employees)
    {
        EmployeeCount = employees;
        Law68QuotaTotal = Law68Quota.For(employees).Total;
    }

    /// <summary>Moves the last-contact date forward (never back) when an activity is logged.</summary>
    public void RecordContact(DateOnly on)
    {
        if (LastContactOn is null || on > LastContactOn)
        {
            LastContactOn = on;
        }
    }

    /// <summary>
    /// An activity with the company happened: the last contact moves forward, and the relationship
    /// with it (a visit makes a prospect, contacted or dormant company "visited"; any other contact
    /// makes a prospect or dormant one "contacted"; a partner stays a partner).
    /// </summary>
    public void RecordActivity(ActivityType type, DateOnly on)
    {
        RecordContact(on);
        Status = (Status, type) switch
        {
            (RelationshipStatus.Prospect or RelationshipStatus.Contacted or RelationshipStatus.Dormant, ActivityType.OnSiteVisit) => RelationshipStatus.Visited,
            (RelationshipStatus.Prospect or RelationshipStatus.Dormant, _) => RelationshipStatus.Contacted,
            _ => Status,
        };
    }
}
