using AeI.Crm.Persistence;
using AeI.Crm.Reports;
using AeI.Crm.Web.Infrastructure;

namespace AeI.Crm.Web.Api;

/// <summary>The social report's figures as JSON, for coordinators (aggregates only).</summary>
public static class ReportsApi
{
    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/reports").RequireAuthorization(Policies.ReadSocialReport);
        api.MapGet("/social-report/{year:int}", async (int year, CrmDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            if (SocialReportYears.Problem(year, clock.Today().Year) is { } problem)
            {
                return Results.Problem(title: "Anno non valido", detail: problem, statusCode: StatusCodes.Status400BadRequest);
            }

            return Results.Ok(SocialReport.From(await FunnelReport.ForYearAsync(db, year, clock.RomeNow(), ct)));
        });
        return app;
    }
}

/// <summary>The years a report may be asked for: from 2000 to the current one.</summary>
public static class SocialReportYears
{
    public const int First = 2000;

    /// <summary>Why <paramref name="year"/> cannot be reported on (in Italian), or null when it can.</summary>
    public static string? Problem(int year, int currentYear) =>
        year < First || year > currentYear ? $"Scegli un anno tra il {First} e il {currentYear}." : null;
}
