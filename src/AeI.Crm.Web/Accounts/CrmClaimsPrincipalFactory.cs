using System.Security.Claims;
using AeI.Crm.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace AeI.Crm.Web.Accounts;

/// <summary>Identity's claims, plus one that says the user must choose a new password first.</summary>
public sealed class CrmClaimsPrincipalFactory(UserManager<CrmUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<CrmUser, IdentityRole>(users, roles, options)
{
    public const string MustChangePasswordClaim = "aei:must-change-password";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(CrmUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(MustChangePasswordClaim, "true"));
        }

        return identity;
    }
}
