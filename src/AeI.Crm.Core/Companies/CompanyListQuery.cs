using AeI.Crm.Common;
using AeI.Crm.Placements;
using AeI.Crm.Vacancies;
using AeI.Crm.Candidates;
using AeI.Crm.Persistence;
using AeI.Crm.Search;

namespace AeI.Crm.Companies;

/// <summary>
/// The company list's filters and sort orders, as SQL-translatable query steps. Shared by the
/// list page and the benchmark that checks it stays fast at 35,000 companies.
/// </summary>
public static class CompanyListQuery
{
    /// <summary>Applies the filters; the comuni are searched by name once per query (an uncorrelated IN).</summary>
    /// <param name="query">The companies.</param>
    /// <param name="db">The database, for the name index and the comuni.</param>
    /// <param name="f">The filters the user chose.</param>
    /// <param name="today">Today, for "no contact for N months".</param>
    public static IQueryable<Company> Apply(IQueryable<Company> query, CrmDbContext db, CompanyFilter f, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(f);
        if (!string.IsNullOrWhiteSpace(f.Q))
        {
            var text = f.Q.Trim();
            var digits = PartitaIva.Normalize(text);
            if (digits is not null && digits.All(char.IsAsciiDigit))
            {
                // A range on the indexed column instead of LIKE, which SQLite cannot serve from the index.
                var upper = digits + ":";
                query = query.Where(c => c.VatNumber!.CompareTo(digits) >= 0 && c.VatNumber.CompareTo(upper) < 0);
            }
            else
            {
                // Every word somewhere in the name (through the trigram index), or the whole text starting a comune's name.
                var byName = db.Companies.Matching(db, SearchText.Words(text)).Select(c => c.Id);
                var inMunicipality = db.Municipalities.Where(m => m.Name.StartsWith(text)).Select(m => m.IstatCode);
                query = query.Where(c => byName.Contains(c.Id) || inMunicipality.Contains(c.MunicipalityIstat!));
            }
        }

        if (f.Status is { } status)
        {
            query = query.Where(c => c.Status == status);
        }

        if (!string.IsNullOrEmpty(f.Section))
        {
            query = query.Where(c => c.AtecoSection == f.Section);
        }

        if (!string.IsNullOrEmpty(f.Am))
        {
            query = query.Where(c => c.AccountManagerId == f.Am);
        }

        if (!string.IsNullOrEmpty(f.Province))
        {
            query = query.Where(c => c.Municipality!.ProvinceCode == f.Province);
        }

        if (f.NoContactMonths is > 0)
        {
            // Any number of months is a valid question; beyond 100 years it asks the same as 100 years.
            var since = today.AddMonths(-Math.Min(f.NoContactMonths.Value, 1200));
            query = query.Where(c => c.LastContactOn == null || c.LastContactOn < since);
        }

        if (f.QuotaUncovered)
        {
            query = query.Where(c => c.Law68QuotaTotal > (c.ProtectedWorkersEmployed ?? 0));
        }

        return query;
    }

    public static IQueryable<Company> Sort(IQueryable<Company> query, string? sort) => sort switch
    {
        "contact" => query.OrderBy(c => c.LastContactOn).ThenBy(c => c.SearchName),
        "-contact" => query.OrderByDescending(c => c.LastContactOn).ThenBy(c => c.SearchName),
        "employees" => query.OrderBy(c => c.EmployeeCount).ThenBy(c => c.SearchName),
        "-employees" => query.OrderByDescending(c => c.EmployeeCount).ThenBy(c => c.SearchName),
        "-name" => query.OrderByDescending(c => c.SearchName),
        _ => query.OrderBy(c => c.SearchName).ThenBy(c => c.Id),
    };

}
