using AeI.Crm.Common;
using AeI.Crm.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Companies;

/// <summary>
/// Possible duplicates of a company without a VAT number: another company in the same comune whose
/// name, without the legal form and punctuation ("Rossi S.r.l." and "ROSSI SRL"), is the same or
/// contains it.
/// </summary>
public static class SimilarCompanies
{
    private static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal)
    {
        "SRL", "SRLS", "SPA", "SNC", "SAS", "SAPA", "SCARL", "SCRL", "SOC", "COOP", "SOCIETA", "COOPERATIVA", "ONLUS", "SOCIALE", "DI", "E", "&", "IMPRESA", "DITTA",
    };

    /// <summary>The name reduced to its distinctive words: folded, no punctuation, no legal form.</summary>
    public static string Core(string? name) =>
        string.Join(' ', SearchText.Fold(new string((name ?? "").Select(c => char.IsLetterOrDigit(c) || c == '&' ? c : c == '.' ? '\0' : ' ').Where(c => c != '\0').ToArray()))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !LegalForms.Contains(w)));

    public static async Task<IReadOnlyList<(int Id, string Name)>> FindAsync(CrmDbContext db, string legalName, string? municipalityIstat, int? exceptId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var core = Core(legalName);
        if (municipalityIstat is null || core.Length < 3)
        {
            return [];
        }

        var sameComune = await db.Companies.AsNoTracking()
            .Where(c => c.MunicipalityIstat == municipalityIstat && c.Id != exceptId)
            .Select(c => new { c.Id, c.LegalName }).ToListAsync(ct);
        return sameComune
            .Where(c => Core(c.LegalName) is { Length: >= 3 } other && (other == core || other.Contains(core, StringComparison.Ordinal) || core.Contains(other, StringComparison.Ordinal)))
            .Select(c => (c.Id, c.LegalName)).Take(5).ToList();
    }
}
