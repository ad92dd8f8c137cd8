using Microsoft.AspNetCore.Identity;

namespace AeI.Crm.Users;

public class CrmUser : IdentityUser
{
    public string FullName { get; set; } = "";

    public bool IsActive { get; set; } = true;

    /// <summary>Set when an administrator chose the password: the user must change it before anything else.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>Which e-mails the user wants: the daily digest and assignments, the digest only, or none.</summary>
    public NotificationPreference Notifications { get; set; } = NotificationPreference.DigestAndImmediate;

    /// <summary>SHA-256 (hex) of the secret in the user's calendar feed address; null when there is no feed.</summary>
    public string? CalendarTokenHash { get; set; }

    public List<CaseloadMembership> Caseloads { get; set; } = [];
}
