using AeI.Crm.Common;
using AeI.Crm.Placements;
using AeI.Crm.Candidates;
using AeI.Crm.Vacancies;

namespace AeI.Crm.Web.Pages.Vacancies;

public sealed class VacancyView
{
    public int Id { get; set; }

    public int CompanyId { get; set; }

    public string CompanyLegalName { get; set; } = "";

    public string? CompanyAccountManagerId { get; set; }

    public string Title { get; set; } = "";

    public string? OccupationLabel { get; set; }

    public string? OccupationUri { get; set; }

    public string? Description { get; set; }

    public List<string> RequiredSkills { get; set; } = [];

    public List<string> PreferredSkills { get; set; } = [];

    public List<string> RequiredLicences { get; set; } = [];

    public List<string> RequiredCertificates { get; set; } = [];

    public CefrLevel? MinItalianLevel { get; set; }

    public ContractType Contract { get; set; }

    public WorkingHours Hours { get; set; }

    public bool Shifts { get; set; }

    public string? WorkMunicipalityName { get; set; }

    public string? WorkMunicipalityProvinceCode { get; set; }

    public int Openings { get; set; }

    public Law68Reservation Law68Reservation { get; set; }

    public VacancyStatus Status { get; set; }

    public DateOnly OpenedOn { get; set; }

    public DateOnly? ClosedOn { get; set; }

    public string? OwnerId { get; set; }

    public string? OwnerFullName { get; set; }
}
