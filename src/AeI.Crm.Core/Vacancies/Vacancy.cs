using AeI.Crm.Common;
using AeI.Crm.Candidates;
using AeI.Crm.Companies;
using AeI.Crm.Geography;
using AeI.Crm.Placements;
using AeI.Crm.Users;

namespace AeI.Crm.Vacancies;

/// <summary>A job position opened at a company.</summary>
public class Vacancy : IVersioned, ISearchable
{
    public int Id { get; set; }

    public int CompanyId { get; set; }

    public Company? Company { get; set; }

    public string Title { get; set; } = "";

    /// <summary>ESCO occupation concept URI, when picked from the list.</summary>
    public string? OccupationUri { get; set; }

    public string? OccupationLabel { get; set; }

    /// <summary>Title and occupation folded for search (kept by the context on save).</summary>
    public string SearchName { get; set; } = "";

    public void RefreshSearchName() => SearchName = SearchText.Fold($"{Title} | {OccupationLabel}");

    public string? Description { get; set; }

    public List<string> RequiredSkills { get; set; } = [];

    public List<string> PreferredSkills { get; set; } = [];

    public List<string> RequiredLicences { get; set; } = [];

    public List<string> RequiredCertificates { get; set; } = [];

    public CefrLevel? MinItalianLevel { get; set; }

    public ContractType Contract { get; set; }

    public WorkingHours Hours { get; set; }

    public bool Shifts { get; set; }

    public string? WorkMunicipalityIstat { get; set; }

    public Municipality? WorkMunicipality { get; set; }

    public int Openings { get; set; } = 1;

    public Law68Reservation Law68Reservation { get; set; }

    public VacancyStatus Status { get; set; } = VacancyStatus.Open;

    public DateOnly OpenedOn { get; set; }

    public DateOnly? ClosedOn { get; set; }

    public string? OwnerId { get; set; }

    public CrmUser? Owner { get; set; }

    public int Version { get; set; }

    public List<Placement> Placements { get; set; } = [];
}
