using AeI.Crm.Common;
using AeI.Crm.Placements;
using AeI.Crm.Vacancies;
using AeI.Crm.Candidates;
using AeI.Crm.Companies;

namespace AeI.Crm.Contacts;

/// <summary>A person at a company.</summary>
public class Contact : IVersioned
{
    public int Id { get; set; }

    public int CompanyId { get; set; }

    public Company? Company { get; set; }

    public string FullName { get; set; } = "";

    public string? Role { get; set; }

    public string? Email { get; set; }

    /// <summary>E.164, e.g. +390212345678.</summary>
    public string? Phone { get; set; }

    /// <summary>The person agreed to be contacted by the cooperative.</summary>
    public bool ConsentToContact { get; set; }

    public int Version { get; set; }
}
