using AeI.Crm.Companies;

namespace AeI.Crm.Web.Pages.Companies;

public sealed class CompanyListItem
{
    public int Id { get; set; }

    public string LegalName { get; set; } = "";

    public string? VatNumber { get; set; }

    public string? MunicipalityName { get; set; }

    public string? MunicipalityProvinceCode { get; set; }

    public RelationshipStatus Status { get; set; }

    public string? AccountManagerFullName { get; set; }

    public int? EmployeeCount { get; set; }

    public int Law68QuotaTotal { get; set; }

    public int? ProtectedWorkersEmployed { get; set; }

    public DateOnly? LastContactOn { get; set; }

    public bool QuotaUncovered => Law68QuotaTotal > (ProtectedWorkersEmployed ?? 0);
}
