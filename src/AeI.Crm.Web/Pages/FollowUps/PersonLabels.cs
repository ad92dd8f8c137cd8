using AeI.Crm.Notifications.Digests;
using AeI.Crm.Persistence;
using AeI.Crm.Web.Pages.Candidates;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Pages.FollowUps;

/// <summary>Names the person a follow-up is about: full name where the user may see the person, initials otherwise.</summary>
public sealed class PersonLabels(CrmDbContext db, CandidateAccess access)
{
    public async Task FillAsync(IReadOnlyList<FollowUpItem> items, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(items);
        var ids = items.Where(i => i.PersonId is not null).Select(i => i.PersonId!.Value).Distinct().ToList();
        if (ids.Count == 0)
        {
            return;
        }

        var visible = await (await access.VisibleAsync(ct)).Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.FirstName, c.LastName }).ToDictionaryAsync(c => c.Id, c => $"{c.FirstName} {c.LastName}", ct);
        var initials = await db.Candidates.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.FirstName, c.LastName }).ToDictionaryAsync(c => c.Id, c => Initials.Of(c.FirstName, c.LastName), ct);
        foreach (var item in items.Where(i => i.PersonId is not null))
        {
            var id = item.PersonId!.Value;
            item.PersonLabel = visible.TryGetValue(id, out var name) ? name : initials.GetValueOrDefault(id);
        }
    }

    /// <summary>Whether the user may open the person's record (the link is shown only then).</summary>
    public async Task<IReadOnlySet<int>> VisibleIdsAsync(IReadOnlyList<FollowUpItem> items, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(items);
        var ids = items.Where(i => i.PersonId is not null).Select(i => i.PersonId!.Value).Distinct().ToList();
        return ids.Count == 0 ? new HashSet<int>() : (await (await access.VisibleAsync(ct)).Where(c => ids.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct)).ToHashSet();
    }
}
