using Microsoft.AspNetCore.Identity;

namespace AeI.Crm.Users;

public class CrmUser : IdentityUser
{
    public string FullName { get; set; } = "";

    public bool IsActive { get; set; } = true;

    public List<CaseloadMembership> Caseloads { get; set; } = [];
}
