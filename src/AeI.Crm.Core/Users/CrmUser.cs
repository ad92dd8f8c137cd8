using Microsoft.AspNetCore.Identity;

namespace AeI.Crm.Users;

public class CrmUser : IdentityUser
{
    public string FullName { get; set; } = "";

    public bool IsActive { get; set; } = true;

    /// <summary>Set when an administrator chose the password: the user must change it before anything else.</summary>
    public bool MustChangePassword { get; set; }

    public List<CaseloadMembership> Caseloads { get; set; } = [];
}
