namespace AeI.Crm.Companies;

/// <summary>What the user filters the company list by (query string of /Companies).</summary>
public sealed class CompanyFilter
{
    public string? Q { get; set; }

    public RelationshipStatus? Status { get; set; }

    public string? Section { get; set; }

    public string? Am { get; set; }

    public string? Province { get; set; }

    public int? NoContactMonths { get; set; }

    public bool QuotaUncovered { get; set; }

    public string? Sort { get; set; }
}
