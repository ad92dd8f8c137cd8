using AeI.Crm.Users;

namespace AeI.Crm.Access;

/// <summary>Who is asking: a user's id, roles and the caseloads they belong to (active or closed).</summary>
public sealed record Viewer(string UserId, IReadOnlySet<string> Roles, IReadOnlySet<int> CaseloadIds)
{
    public bool IsMediator => Roles.Contains(Users.Roles.Mediator);

    public bool IsAccountManager => Roles.Contains(Users.Roles.AccountManager);

    public bool IsCoordinator => Roles.Contains(Users.Roles.Coordinator);

    public bool IsAdmin => Roles.Contains(Users.Roles.Admin);
}
