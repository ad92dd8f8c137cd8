using AeI.Crm.Persistence;
using AeI.Crm.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.FollowUps;

/// <summary>The count in the navigation bar: the user's follow-ups overdue or due today.</summary>
public sealed class FollowUpBadges(CrmDbContext db, CurrentUser me, TimeProvider clock)
{
    public async Task<int> DueFollowUpsAsync(CancellationToken ct)
    {
        if (string.IsNullOrEmpty(me.Id))
        {
            return 0;
        }

        var mine = me.Id;
        var today = clock.Today();
        return await db.FollowUps.CountAsync(f => f.OwnerId == mine && f.CompletedAt == null && f.DueOn <= today, ct);
    }
}
