using AeI.Crm.Persistence;
using AeI.Crm.Placements;
using AeI.Crm.Web.Infrastructure;
using AeI.Crm.Web.Pages.Candidates;
using AutoMapper;
using AutoMapper.QueryableExtensions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Pages.Placements;

/// <summary>The open placements of the candidates the user may see, by stage.</summary>
[Authorize(Roles = "Mediator,Coordinator,Admin")]
public class IndexModel(CandidateAccess access, IMapper mapper) : PageModel
{
    public IReadOnlyList<PlacementCard> Open { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Open = await (await access.VisiblePlacementsAsync(ct)).AsNoTracking()
            .Where(p => p.Stage == PlacementStage.Proposed || p.Stage == PlacementStage.CvSent || p.Stage == PlacementStage.Interview || p.Stage == PlacementStage.Internship)
            .OrderBy(p => p.ProposedOn)
            .ProjectTo<PlacementCard>(mapper.ConfigurationProvider)
            .ToListAsync(ct);
    }
}
