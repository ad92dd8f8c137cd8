using System.Text.RegularExpressions;
using AeI.Crm.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Infrastructure;

/// <summary>
/// Reads the municipality a user typed: an ISTAT code ("015182"), "Rho (MI)" as the autocomplete
/// writes it, or a name that only one comune has.
/// </summary>
public static partial class MunicipalityField
{
    public sealed record Resolution(string? IstatCode, string? Error);

    public static async Task<Resolution> ResolveAsync(CrmDbContext db, string? text, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var value = text?.Trim() ?? "";
        if (value.Length == 0)
        {
            return new(null, null);
        }

        if (IstatShape().IsMatch(value))
        {
            return await db.Municipalities.AnyAsync(m => m.IstatCode == value, ct)
                ? new(value, null)
                : new(null, $"Il codice ISTAT {value} non corrisponde a nessun comune.");
        }

        var match = NameAndProvince().Match(value);
        var name = match.Success ? match.Groups["name"].Value.Trim() : value;
        var province = match.Success ? match.Groups["prov"].Value.ToUpperInvariant() : null;
        var candidates = await db.Municipalities.AsNoTracking()
            // SQLite's LIKE without wildcards is a case-insensitive equality.
            .Where(m => EF.Functions.Like(m.Name, name.Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal)) && (province == null || m.ProvinceCode == province))
            .Select(m => m.IstatCode)
            .ToListAsync(ct);
        return candidates.Count switch
        {
            1 => new(candidates[0], null),
            0 => new(null, $"Comune «{value}» non trovato: scegli dall'elenco o indica il codice ISTAT."),
            _ => new(null, $"Più comuni si chiamano «{name}»: indica anche la provincia, ad esempio «{name} (MI)»."),
        };
    }

    public static async Task<string?> DisplayAsync(CrmDbContext db, string? istatCode, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return istatCode is null
            ? null
            : await db.Municipalities.Where(m => m.IstatCode == istatCode).Select(m => m.Name + " (" + m.ProvinceCode + ")").FirstOrDefaultAsync(ct);
    }

    [GeneratedRegex(@"^\d{6}$")]
    private static partial Regex IstatShape();

    [GeneratedRegex(@"^(?<name>.+?)\s*\((?<prov>[A-Za-z]{2})\)$")]
    private static partial Regex NameAndProvince();
}
