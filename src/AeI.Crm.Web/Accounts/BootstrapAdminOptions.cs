namespace AeI.Crm.Web.Accounts;

/// <summary>Outside demo mode, the first administrator is created from these settings when no user exists.</summary>
public sealed class BootstrapAdminOptions
{
    public const string Section = "BootstrapAdmin";

    public string? Email { get; set; }

    public string? Password { get; set; }

    public string FullName { get; set; } = "Amministratore";
}
