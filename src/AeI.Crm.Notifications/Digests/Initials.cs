namespace AeI.Crm.Notifications.Digests;

/// <summary>A person as e-mails and calendar feeds may name them: initials, nothing more.</summary>
public static class Initials
{
    public static string Of(string firstName, string lastName) => $"{First(firstName)}.{First(lastName)}.";

    private static string First(string name) =>
        string.IsNullOrWhiteSpace(name) ? "?" : char.ToUpperInvariant(name.Trim()[0]).ToString();
}
