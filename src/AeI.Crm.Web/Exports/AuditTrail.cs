using AeI.Crm.Audit;
using AeI.Crm.Persistence;
using AeI.Crm.Web.Infrastructure;

namespace AeI.Crm.Web.Exports;

/// <summary>Writes <see cref="AuditEntry"/> rows for the signed-in user: names of what was read, never values.</summary>
public sealed class AuditTrail(CrmDbContext db, CurrentUser me, TimeProvider clock)
{
    public async Task RecordAsync(string action, string target, string? detail, CancellationToken ct)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = clock.GetUtcNow().UtcDateTime,
            UserId = me.Id,
            Action = action,
            Target = Truncate(target, 200),
            Detail = detail is null ? null : Truncate(detail, 400),
        });
        await db.SaveChangesAsync(ct);
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}
