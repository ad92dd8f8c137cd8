using AeI.Crm.Users;
using Microsoft.AspNetCore.Identity;

namespace AeI.Crm.Web.Accounts;

/// <summary>
/// Makes a refused sign-in cost one password hash check, like a real one: against the user's own
/// hash when there is a user, against a fixed dummy hash when there is none.
/// </summary>
public sealed class SignInTiming(IPasswordHasher<CrmUser> hasher)
{
    private static readonly CrmUser Nobody = new() { UserName = "nobody", Email = "nobody@invalid" };
    private static string? s_dummyHash;

    public void SpendPasswordCheck(CrmUser? user, string password)
    {
        var hash = user?.PasswordHash ?? (s_dummyHash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString("N")));
        _ = hasher.VerifyHashedPassword(user ?? Nobody, hash, password);
    }
}
