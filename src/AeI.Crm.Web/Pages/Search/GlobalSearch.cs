using AeI.Crm.Search;
using AeI.Crm.Common;
using AeI.Crm.Companies;
using AeI.Crm.Persistence;
using AeI.Crm.Web.Infrastructure;
using AeI.Crm.Web.Pages.Candidates;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Pages.Search;

/// <summary>One hit of the global search: what it is, how it reads, where it leads.</summary>
public sealed record SearchHit(string Kind, string Label, string? Detail, string Url, int? CompanyId = null);

/// <summary>The hits of a query, by kind, each list cut at the limit asked for.</summary>
public sealed record SearchResults(string Query, IReadOnlyList<SearchHit> Companies, IReadOnlyList<SearchHit> Contacts, IReadOnlyList<SearchHit> Vacancies, IReadOnlyList<SearchHit> People)
{
    public static SearchResults Empty(string query) => new(query, [], [], [], []);

    public int Count => Companies.Count + Contacts.Count + Vacancies.Count + People.Count;

    public IEnumerable<SearchHit> All => Companies.Concat(Contacts).Concat(Vacancies).Concat(People);
}

/// <summary>
/// The header's search: companies (name, P. IVA, comune), contacts, positions and the people the
/// user may see (<see cref="CandidateAccess"/>, the same rule as every page), case- and
/// accent-insensitive on the folded search columns, every word of the query found somewhere (also
/// inside a word: "rossi" finds Grossi, after the names that start with it).
/// </summary>
public sealed class GlobalSearch(CrmDbContext db, CandidateAccess access)
{
    public const int MinLength = 2;

    public async Task<SearchResults> FindAsync(string? query, int limit, CancellationToken ct)
    {
        var text = (query ?? "").Trim();
        var words = SearchText.Words(text);
        if (text.Length < MinLength || words.Count == 0)
        {
            return SearchResults.Empty(text);
        }

        return new SearchResults(text,
            await CompaniesAsync(text, words, limit, ct),
            await ContactsAsync(words, limit, ct),
            await VacanciesAsync(words, limit, ct),
            await PeopleAsync(words, limit, ct));
    }

    private async Task<IReadOnlyList<SearchHit>> CompaniesAsync(string text, IReadOnlyList<string> words, int limit, CancellationToken ct)
    {
        var companies = db.Companies.AsNoTracking();
        var digits = PartitaIva.Normalize(text);
        if (digits is { Length: >= 3 } && digits.All(char.IsAsciiDigit))
        {
            var upper = digits + ":";
            companies = companies.Where(c => c.VatNumber!.CompareTo(digits) >= 0 && c.VatNumber.CompareTo(upper) < 0);
        }
        else
        {
            // A word matches the name, or the whole query starts a comune's name ("Rho", "Cologno Monzese").
            var inMunicipality = db.Municipalities.Where(m => m.Name.StartsWith(text)).Select(m => m.IstatCode);
            var byName = db.Companies.Matching(db, words).Select(c => c.Id);
            companies = companies.Where(c => byName.Contains(c.Id) || inMunicipality.Contains(c.MunicipalityIstat!));
        }

        var first = words[0];
        return (await companies.OrderBy(c => c.SearchName.StartsWith(first) ? 0 : 1).ThenBy(c => c.SearchName).Take(limit)
                .Select(c => new { c.Id, c.LegalName, c.VatNumber, Comune = c.Municipality != null ? c.Municipality.Name : null })
                .ToListAsync(ct))
            .Select(c => new SearchHit("company", c.LegalName, Join(c.VatNumber is null ? null : "P. IVA " + c.VatNumber, c.Comune), $"/Companies/Details/{c.Id}", c.Id))
            .ToList();
    }

    private async Task<IReadOnlyList<SearchHit>> ContactsAsync(IReadOnlyList<string> words, int limit, CancellationToken ct)
    {
        var contacts = db.Contacts.AsNoTracking().Matching(db, words);

        var first = words[0];
        return (await contacts.OrderBy(c => c.SearchName.StartsWith(first) ? 0 : 1).ThenBy(c => c.SearchName).Take(limit)
                .Select(c => new { c.FullName, c.Role, c.CompanyId, Company = c.Company!.LegalName })
                .ToListAsync(ct))
            .Select(c => new SearchHit("contact", c.FullName, Join(c.Role, c.Company), $"/Companies/Details/{c.CompanyId}", c.CompanyId))
            .ToList();
    }

    private async Task<IReadOnlyList<SearchHit>> VacanciesAsync(IReadOnlyList<string> words, int limit, CancellationToken ct)
    {
        var vacancies = db.Vacancies.AsNoTracking().Matching(db, words);

        return (await vacancies.OrderBy(v => v.Status).ThenByDescending(v => v.OpenedOn).Take(limit)
                .Select(v => new { v.Id, v.Title, v.Status, Company = v.Company!.LegalName, Comune = v.WorkMunicipality != null ? v.WorkMunicipality.Name : null })
                .ToListAsync(ct))
            .Select(v => new SearchHit("vacancy", v.Title, Join(v.Company, v.Comune, Labels.Of(v.Status)), $"/Vacancies/Details/{v.Id}"))
            .ToList();
    }

    private async Task<IReadOnlyList<SearchHit>> PeopleAsync(IReadOnlyList<string> words, int limit, CancellationToken ct)
    {
        var people = (await access.VisibleAsync(ct)).Matching(db, words);

        // Names with a word that starts with the first word come first ("rossi": Mario Rossi before Anna Grossi).
        var first = words[0];
        var wordStart = " " + first;
        return (await people.OrderBy(c => c.SearchName.StartsWith(first) || c.SearchName.Contains(wordStart) ? 0 : 1).ThenBy(c => c.LastName).ThenBy(c => c.FirstName).Take(limit)
                .Select(c => new { c.Id, c.FirstName, c.LastName, c.Status, Caseload = c.Caseload!.Code })
                .ToListAsync(ct))
            .Select(c => new SearchHit("person", $"{c.FirstName} {c.LastName}", Join(c.Caseload, Labels.Of(c.Status)), $"/Candidates/Details/{c.Id}"))
            .ToList();
    }

    private static string? Join(params string?[] parts)
    {
        var present = parts.Where(p => !string.IsNullOrWhiteSpace(p)).ToArray();
        return present.Length == 0 ? null : string.Join(" · ", present);
    }
}
