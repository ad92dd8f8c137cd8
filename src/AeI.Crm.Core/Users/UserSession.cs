namespace AeI.Crm.Users;

/// <summary>
/// A signed-in session kept on the server: the browser's cookie holds only <see cref="Key"/>. A
/// session ends when it is deleted (logout), when it expires, or when its user is disabled or their
/// security stamp changes (password, role, caseloads).
/// </summary>
public class UserSession
{
    public string Key { get; set; } = "";

    public string UserId { get; set; } = "";

    /// <summary>The user's security stamp when the session began; a different stamp today ends it.</summary>
    public string SecurityStamp { get; set; } = "";

    /// <summary>The serialized authentication ticket.</summary>
    public byte[] Ticket { get; set; } = [];

    public DateTime CreatedUtc { get; set; }

    public DateTime ExpiresUtc { get; set; }
}
