using AeI.Crm.Users;
using Microsoft.AspNetCore.Authorization;

namespace AeI.Crm.Web.Infrastructure;

/// <summary>Authorization policies named after what a role may do.</summary>
public static class Policies
{
    public const string EditCompanies = nameof(EditCompanies);
    public const string ManagePlacements = nameof(ManagePlacements);
    public const string ManageCandidates = nameof(ManageCandidates);
    public const string ReadReports = nameof(ReadReports);

    /// <summary>The social report's JSON: coordinators (and administrators).</summary>
    public const string ReadSocialReport = nameof(ReadSocialReport);
    public const string Administer = nameof(Administer);

    /// <summary>
    /// Importing: companies and the activities history (account managers, coordinators, administrators),
    /// people into one's own caseload (mediators). Which kinds a user may import: <c>ImportRuns.KindsFor</c>.
    /// </summary>
    public const string Import = nameof(Import);

    /// <summary>The OData feed: every signed-in user, by cookie or by personal access token (what each sees is decided per row).</summary>
    public const string ReadFeed = nameof(ReadFeed);

    public static void Configure(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        // Every page and endpoint requires sign-in unless it says [AllowAnonymous].
        // The access-token scheme signs in only on the OData feed (its $metadata included), never on a page.
        options.FallbackPolicy = new AuthorizationPolicyBuilder(Microsoft.AspNetCore.Identity.IdentityConstants.ApplicationScheme, Accounts.AccessTokenHandler.SchemeName)
            .RequireAuthenticatedUser().Build();
        options.AddPolicy(EditCompanies, p => p.RequireRole(Roles.AccountManager));
        options.AddPolicy(ManagePlacements, p => p.RequireRole(Roles.Mediator));
        options.AddPolicy(ManageCandidates, p => p.RequireRole(Roles.Mediator));
        options.AddPolicy(ReadSocialReport, p => p.RequireRole(Roles.Coordinator, Roles.Admin));
        options.AddPolicy(ReadReports, p => p.RequireRole(Roles.Coordinator, Roles.Admin, Roles.AccountManager, Roles.Mediator));
        options.AddPolicy(Administer, p => p.RequireRole(Roles.Admin));
        options.AddPolicy(Import, p => p.RequireRole(Roles.AccountManager, Roles.Coordinator, Roles.Admin, Roles.Mediator));
        options.AddPolicy(ReadFeed, p => p
            .AddAuthenticationSchemes(Accounts.AccessTokenHandler.SchemeName, Microsoft.AspNetCore.Identity.IdentityConstants.ApplicationScheme)
            .RequireAuthenticatedUser());
    }
}
