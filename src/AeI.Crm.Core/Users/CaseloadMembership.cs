using AeI.Crm.Caseloads;

namespace AeI.Crm.Users;

/// <summary>A mediator's assignment to a caseload: it opens that caseload's people to them.</summary>
public class CaseloadMembership
{
    public string UserId { get; set; } = "";

    public CrmUser? User { get; set; }

    public int CaseloadId { get; set; }

    public Caseload? Caseload { get; set; }
}
