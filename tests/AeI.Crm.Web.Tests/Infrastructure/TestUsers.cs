using AeI.Crm.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace AeI.Crm.Web.Tests.Infrastructure;

/// <summary>Test set-up done directly through Identity, as an administrator's change would be.</summary>
public static class TestUsers
{
    /// <summary>Disables the user and renews the security stamp, as the admin page does.</summary>
    public static async Task DisableAsync(IServiceProvider services, string email)
    {
        using var scope = services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CrmUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        user.IsActive = false;
        await users.UpdateSecurityStampAsync(user);
    }
}
