using AeI.Crm.Candidates;

namespace AeI.Crm.Web.Pages.Candidates;

/// <summary>A row of the candidate list. Holds no sensitive field, whoever reads it.</summary>
public sealed class CandidateListItem
{
    public int Id { get; set; }

    public string FirstName { get; set; } = "";

    public string LastName { get; set; } = "";

    public string CaseloadCode { get; set; } = "";

    public string? MediatorFullName { get; set; }

    public string? ResidenceName { get; set; }

    public CandidateStatus Status { get; set; }

    public DateOnly TakenInChargeOn { get; set; }
}
