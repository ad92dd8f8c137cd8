using AeI.Crm.Users;
using Hangfire.Dashboard;

namespace AeI.Crm.Web.FollowUps;

/// <summary>The Hangfire dashboard is for administrators only: anonymous callers get 401, other roles 403.</summary>
public sealed class AdminOnlyDashboardFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.GetHttpContext();
        return http.User.Identity?.IsAuthenticated == true && http.User.IsInRole(Roles.Admin);
    }
}
