using AeI.Crm.Persistence;
using AeI.Crm.Users;
using Microsoft.AspNetCore.Identity;

namespace AeI.Crm.Web.Accounts;

/// <summary>Identity settings: passwords as NIST 800-63B asks, lockout, unique e-mail.</summary>
public static class AccountRules
{
    public const int MinimumPasswordLength = 12;

    public static void Configure(IdentityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.User.RequireUniqueEmail = true;
        // Length and a common-password list (CommonPasswordValidator), no composition rules.
        options.Password.RequiredLength = MinimumPasswordLength;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequiredUniqueChars = 4;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.Lockout.AllowedForNewUsers = true;
    }

    public static IdentityBuilder AddCrmIdentity(this IServiceCollection services)
    {
        services.AddSingleton(CommonPasswords.Load());
        services.AddScoped<SignInTiming>();
        services.AddSingleton<DatabaseTicketStore>();
        return services.AddIdentity<CrmUser, IdentityRole>(Configure)
            .AddEntityFrameworkStores<CrmDbContext>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddClaimsPrincipalFactory<CrmClaimsPrincipalFactory>()
            .AddErrorDescriber<ItalianIdentityErrors>()
            .AddDefaultTokenProviders();
    }
}
