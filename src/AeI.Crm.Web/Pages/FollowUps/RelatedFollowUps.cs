using System.Linq.Expressions;
using AeI.Crm.FollowUps;
using AeI.Crm.Persistence;
using AutoMapper;
using AutoMapper.QueryableExtensions;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Pages.FollowUps;

/// <summary>The open follow-ups about a company, position, person or placement, for its page (everyone's, with the owner).</summary>
public sealed class RelatedFollowUps(CrmDbContext db, IMapper mapper, PersonLabels people)
{
    public Task<IReadOnlyList<FollowUpItem>> ForCompanyAsync(int id, CancellationToken ct) => LoadAsync(f => f.CompanyId == id, ct);

    public Task<IReadOnlyList<FollowUpItem>> ForVacancyAsync(int id, CancellationToken ct) => LoadAsync(f => f.VacancyId == id, ct);

    public Task<IReadOnlyList<FollowUpItem>> ForCandidateAsync(int id, CancellationToken ct) => LoadAsync(f => f.CandidateId == id || f.Placement!.CandidateId == id, ct);

    public Task<IReadOnlyList<FollowUpItem>> ForPlacementAsync(int id, CancellationToken ct) => LoadAsync(f => f.PlacementId == id, ct);

    private async Task<IReadOnlyList<FollowUpItem>> LoadAsync(Expression<Func<FollowUp, bool>> about, CancellationToken ct)
    {
        var items = await db.FollowUps.AsNoTracking().Where(f => f.CompletedAt == null).Where(about)
            .OrderBy(f => f.DueOn).Take(50).ProjectTo<FollowUpItem>(mapper.ConfigurationProvider).ToListAsync(ct);
        await people.FillAsync(items, ct);
        return items;
    }
}
