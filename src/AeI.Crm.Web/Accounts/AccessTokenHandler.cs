using System.Security.Claims;
using System.Text.Encodings.Web;
using AeI.Crm.Audit;
using AeI.Crm.Persistence;
using AeI.Crm.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AeI.Crm.Web.Accounts;

/// <summary>
/// Signs in a request that carries "Authorization: Bearer aei_…" with a personal access token, for
/// the OData feed only, and only GET and HEAD.
/// A revoked or expired token, or one of a disabled, locked or not-yet-activated user, is refused.
/// Every use is written to the audit trail: the path and the names of the query options, no values.
/// </summary>
public sealed class AccessTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    CrmDbContext db,
    UserManager<CrmUser> users,
    IUserClaimsPrincipalFactory<CrmUser> principals,
    TimeProvider clock) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "AccessToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        // Tokens open the feed and nothing else: on any other path this scheme does not sign anyone in.
        var header = Request.Headers.Authorization.ToString();
        if (!Request.Path.StartsWithSegments("/" + OData.FeedModel.Route, StringComparison.OrdinalIgnoreCase)
            || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        if (!HttpMethods.IsGet(Request.Method) && !HttpMethods.IsHead(Request.Method))
        {
            return AuthenticateResult.Fail("Access tokens only read.");
        }

        var secret = header["Bearer ".Length..].Trim();
        if (!secret.StartsWith(AccessToken.Prefix, StringComparison.Ordinal) || secret.Length > 100)
        {
            return AuthenticateResult.Fail("Not an access token.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var hash = AccessToken.HashOf(secret);
        var token = await db.AccessTokens.Include(t => t.User).FirstOrDefaultAsync(t => t.Hash == hash, Context.RequestAborted);
        if (token?.User is not { } user || !token.IsUsable(now) || !user.IsActive || user.MustChangePassword || await users.IsLockedOutAsync(user))
        {
            return AuthenticateResult.Fail("Token revoked, expired or unknown.");
        }

        token.LastUsedUtc = now;
        var options = string.Join(',', Request.Query.Keys.Where(k => k.StartsWith('$')).Order(StringComparer.Ordinal));
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = now,
            UserId = user.Id,
            Action = AuditActions.TokenUse,
            Target = Truncate(Request.Path.Value ?? "", 200),
            Detail = Truncate($"token={token.Id}" + (options.Length > 0 ? $"; options={options}" : ""), 400),
        });
        await db.SaveChangesAsync(Context.RequestAborted);

        var principal = await principals.CreateAsync(user);
        var identity = new ClaimsIdentity(principal.Claims, SchemeName);
        identity.AddClaim(new Claim("aei:token", token.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (!Request.Path.StartsWithSegments("/" + OData.FeedModel.Route, StringComparison.OrdinalIgnoreCase))
        {
            // A page: the sign-in cookie's challenge (the redirect to the sign-in page) is the one that counts.
            return Task.CompletedTask;
        }

        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer realm=\"AeI.Crm\"";
        return Task.CompletedTask;
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}
