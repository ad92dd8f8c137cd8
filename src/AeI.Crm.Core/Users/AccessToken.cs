using System.Security.Cryptography;
using System.Text;

namespace AeI.Crm.Users;

/// <summary>
/// A personal access token: how a tool that is not a browser (Excel, Power BI) reads the OData feed
/// as its user. Only a SHA-256 hash of the secret is kept; the secret is shown once, when created.
/// Tokens read, never write; a revoked or expired token is refused, and so is the token of a disabled user.
/// </summary>
public class AccessToken
{
    /// <summary>Every secret starts with this, so that a leaked one can be recognised by scanners.</summary>
    public const string Prefix = "aei_";

    public int Id { get; set; }

    public string UserId { get; set; } = "";

    public CrmUser? User { get; set; }

    /// <summary>What the user called it ("Excel ufficio", "Power BI").</summary>
    public string Name { get; set; } = "";

    /// <summary>Lower-case hex SHA-256 of the whole secret.</summary>
    public string Hash { get; set; } = "";

    /// <summary>The secret's first characters, to tell tokens apart on the profile page.</summary>
    public string Hint { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    public DateTime ExpiresUtc { get; set; }

    public DateTime? RevokedUtc { get; set; }

    public DateTime? LastUsedUtc { get; set; }

    public bool IsUsable(DateTime utcNow) => RevokedUtc is null && utcNow < ExpiresUtc;

    /// <summary>A new token for a user and the secret to show them once.</summary>
    public static (AccessToken Token, string Secret) Create(string userId, string name, DateTime utcNow, TimeSpan lifetime)
    {
        var secret = Prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var token = new AccessToken
        {
            UserId = userId,
            Name = name,
            Hash = HashOf(secret),
            Hint = secret[..(Prefix.Length + 6)],
            CreatedUtc = utcNow,
            ExpiresUtc = utcNow.Add(lifetime),
        };
        return (token, secret);
    }

    public static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
