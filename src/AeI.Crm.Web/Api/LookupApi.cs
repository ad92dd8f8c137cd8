using AeI.Crm.Common;
using AeI.Crm.Placements;
using AeI.Crm.Vacancies;
using AeI.Crm.Candidates;
using AeI.Crm.Occupations;
using AeI.Crm.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Api;

/// <summary>JSON look-ups for the forms' autocomplete: ESCO occupations and municipalities.</summary>
public static class LookupApi
{
    public static IEndpointRouteBuilder MapLookupApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/lookup").RequireAuthorization();
        api.MapGet("/occupations", (string? q, OccupationCatalog catalog) =>
            Results.Ok(catalog.Suggest(q).Select(o => new { label = o.Label, uri = o.ConceptUri })));
        api.MapGet("/municipalities", async (string? q, CrmDbContext db, CancellationToken ct) =>
        {
            var text = (q ?? "").Trim();
            if (text.Length < 2)
            {
                return Results.Ok(Array.Empty<object>());
            }

            var list = await db.Municipalities.AsNoTracking()
                .Where(m => EF.Functions.Like(m.Name, text + "%"))
                .OrderBy(m => m.Name.Length).ThenBy(m => m.Name)
                .Take(15)
                .Select(m => new { code = m.IstatCode, label = m.Name + " (" + m.ProvinceCode + ")" })
                .ToListAsync(ct);
            return Results.Ok(list);
        });
        return app;
    }
}
