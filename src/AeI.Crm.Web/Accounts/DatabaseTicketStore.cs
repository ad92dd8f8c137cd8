using System.Security.Claims;
using System.Security.Cryptography;
using AeI.Crm.Persistence;
using AeI.Crm.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AeI.Crm.Web.Accounts;

/// <summary>
/// Sign-in sessions in the database (see docs/decisions/0006-server-side-sessions.md). The cookie
/// carries a random key; every request looks the session up, so logout, disabling a user or a change
/// of their security stamp (password, role, caseloads) refuses the very next request.
/// </summary>
public sealed class DatabaseTicketStore(IServiceScopeFactory scopes, TimeProvider clock, IOptionsMonitor<IdentityOptions> identity) : ITicketStore
{
    public Task<string> StoreAsync(AuthenticationTicket ticket) => StoreAsync(ticket, CancellationToken.None);

    public async Task<string> StoreAsync(AuthenticationTicket ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var key = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow().UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        // Expired sessions are removed as new ones begin: the table stays as small as the active sessions.
        await db.UserSessions.Where(s => s.ExpiresUtc < now).ExecuteDeleteAsync(cancellationToken);
        db.UserSessions.Add(new UserSession
        {
            Key = key,
            UserId = ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("A session needs a user id."),
            SecurityStamp = ticket.Principal.FindFirstValue(identity.CurrentValue.ClaimsIdentity.SecurityStampClaimType) ?? "",
            Ticket = TicketSerializer.Default.Serialize(ticket),
            CreatedUtc = now,
            ExpiresUtc = Expiry(ticket, now),
        });
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket) => RenewAsync(key, ticket, CancellationToken.None);

    public async Task RenewAsync(string key, AuthenticationTicket ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var bytes = TicketSerializer.Default.Serialize(ticket);
        var expires = Expiry(ticket, clock.GetUtcNow().UtcDateTime);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        await db.UserSessions.Where(s => s.Key == key)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Ticket, bytes).SetProperty(x => x.ExpiresUtc, expires), cancellationToken);
    }

    public Task<AuthenticationTicket?> RetrieveAsync(string key) => RetrieveAsync(key, CancellationToken.None);

    public async Task<AuthenticationTicket?> RetrieveAsync(string key, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var session = await db.UserSessions.AsNoTracking().Where(s => s.Key == key)
            .Select(s => new
            {
                s.Ticket,
                s.ExpiresUtc,
                UserStillValid = db.Users.Any(u => u.Id == s.UserId && u.IsActive && u.SecurityStamp == s.SecurityStamp),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (session is null)
        {
            return null;
        }

        if (!session.UserStillValid || session.ExpiresUtc < now)
        {
            await db.UserSessions.Where(s => s.Key == key).ExecuteDeleteAsync(cancellationToken);
            return null;
        }

        return TicketSerializer.Default.Deserialize(session.Ticket);
    }

    public Task RemoveAsync(string key) => RemoveAsync(key, CancellationToken.None);

    public async Task RemoveAsync(string key, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        await db.UserSessions.Where(s => s.Key == key).ExecuteDeleteAsync(cancellationToken);
    }

    private static DateTime Expiry(AuthenticationTicket ticket, DateTime now) =>
        ticket.Properties.ExpiresUtc?.UtcDateTime ?? now.AddHours(9);
}
