namespace AeI.Crm.Web.Accounts;

/// <summary>
/// Common and breached passwords (SecLists' top-1M list, see docs/security.md), embedded in the app
/// and compared without regard to case.
/// </summary>
public sealed class CommonPasswords
{
    private readonly HashSet<string> _passwords;

    private CommonPasswords(HashSet<string> passwords) => _passwords = passwords;

    public int Count => _passwords.Count;

    public bool Contains(string password) => _passwords.Contains(password.Trim());

    public static CommonPasswords Load()
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream("AeI.Crm.Web.Accounts.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                set.Add(line);
            }
        }

        return new CommonPasswords(set);
    }
}
