namespace AeI.Crm.Users;

public enum NotificationPreference
{
    /// <summary>The daily digest, and an e-mail at once when someone else gives you a follow-up.</summary>
    DigestAndImmediate = 0,

    DigestOnly = 1,

    None = 2,
}
