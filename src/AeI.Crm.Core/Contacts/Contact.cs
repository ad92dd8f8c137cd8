using AeI.Crm.Common;
using AeI.Crm.Placements;
using AeI.Crm.Vacancies;
using AeI.Crm.Candidates;
using AeI.Crm.Companies;

namespace AeI.Crm.Contacts;

/// <summary>A person at a company.</summary>
public class Contact : IVersioned, ISearchable
{
    public int Id { get; set; }

    public int CompanyId { get; set; }

    public Company? Company { get; set; }

    public string FullName { get; set; } = "";

    /// <summary>The name folded for search (kept by the context on save).</summary>
    public string SearchName { get; set; } = "";

    public void RefreshSearchName() => SearchName = SearchText.Fold(FullName);

    public string? Role { get; set; }

    public string? Email { get; set; }

    /// <summary>E.164, e.g. +390212345678.</summary>
    public string? Phone { get; set; }

    /// <summary>The person agreed to be contacted by the cooperative.</summary>
    public bool ConsentToContact { get; set; }

    public int Version { get; set; }
}
