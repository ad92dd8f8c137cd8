namespace AeI.Crm.Users;

public static class Roles
{
    public const string AccountManager = nameof(AccountManager);
    public const string Mediator = nameof(Mediator);
    public const string Coordinator = nameof(Coordinator);
    public const string Admin = nameof(Admin);

    public static IReadOnlyList<string> All { get; } = [AccountManager, Mediator, Coordinator, Admin];
}
