using System.Security.Claims;
using AeI.Crm.Persistence;
using AeI.Crm.Users;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Infrastructure;

/// <summary>The signed-in user of this request, with the caseloads they belong to.</summary>
public sealed class CurrentUser(IHttpContextAccessor accessor, CrmDbContext db)
{
    private IReadOnlySet<int>? _caseloads;

    private ClaimsPrincipal Principal => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    public string Id => Principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    public bool IsAccountManager => Principal.IsInRole(Roles.AccountManager);

    public bool IsMediator => Principal.IsInRole(Roles.Mediator);

    public bool IsCoordinator => Principal.IsInRole(Roles.Coordinator);

    public bool IsAdmin => Principal.IsInRole(Roles.Admin);

    /// <summary>The user as the access rules see them (<see cref="AeI.Crm.Access.PeopleAccess"/>).</summary>
    public async Task<AeI.Crm.Access.Viewer> ViewerAsync(CancellationToken ct)
    {
        var roles = Roles.All.Where(Principal.IsInRole).ToHashSet();
        return new AeI.Crm.Access.Viewer(Id, roles, await CaseloadIdsAsync(ct));
    }

    public async Task<IReadOnlySet<int>> CaseloadIdsAsync(CancellationToken ct)
    {
        if (_caseloads is null)
        {
            var id = Id;
            _caseloads = IsMediator
                ? (await db.CaseloadMemberships.Where(m => m.UserId == id).Select(m => m.CaseloadId).ToListAsync(ct)).ToHashSet()
                : new HashSet<int>();
        }

        return _caseloads;
    }
}
