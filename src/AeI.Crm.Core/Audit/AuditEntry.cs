namespace AeI.Crm.Audit;

/// <summary>
/// Who did what, when: every use of an access token and every export. It names the thing read
/// (an entity set, a report table) and the query options used, never the values read or filtered on.
/// </summary>
public class AuditEntry
{
    public long Id { get; set; }

    public DateTime AtUtc { get; set; }

    public string UserId { get; set; } = "";

    /// <summary>One of <see cref="AuditActions"/>.</summary>
    public string Action { get; set; } = "";

    /// <summary>What was read or exported ("odata/Vacancies", "reports/companies-by-am.xlsx").</summary>
    public string Target { get; set; } = "";

    /// <summary>Names only: the query options ("$filter,$select"), a row count, a token's id.</summary>
    public string? Detail { get; set; }
}

public static class AuditActions
{
    public const string TokenUse = "token-use";
    public const string TokenCreated = "token-created";
    public const string TokenRevoked = "token-revoked";
    public const string Export = "export";
}
