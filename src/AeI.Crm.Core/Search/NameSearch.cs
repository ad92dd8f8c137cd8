using AeI.Crm.Common;
using AeI.Crm.Candidates;
using AeI.Crm.Companies;
using AeI.Crm.Contacts;
using AeI.Crm.Persistence;
using AeI.Crm.Vacancies;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Search;

/// <summary>
/// Substring search over the folded names (<see cref="Common.SearchText"/>): every word of the
/// query found anywhere in the name ("rossi" finds "GROSSI"), through an SQLite FTS5 index with the
/// trigram tokenizer that triggers keep in step with each table (migration NameSearchIndexes).
/// Words shorter than three letters cannot use trigrams and are matched by a scan of the rows the
/// longer words left. This is the seam another database would fill (PostgreSQL: pg_trgm).
/// </summary>
public static class NameSearch
{
    /// <summary>Shortest word the trigram index can look up.</summary>
    public const int IndexedLength = 3;

    public static IQueryable<Company> Matching(this IQueryable<Company> query, CrmDbContext db, IReadOnlyList<string> words) =>
        ByName(query, db, "CompanyNames", words);

    public static IQueryable<Contact> Matching(this IQueryable<Contact> query, CrmDbContext db, IReadOnlyList<string> words) =>
        ByName(query, db, "ContactNames", words);

    public static IQueryable<Candidate> Matching(this IQueryable<Candidate> query, CrmDbContext db, IReadOnlyList<string> words) =>
        ByName(query, db, "CandidateNames", words);

    /// <summary>Rows whose own folded name holds every word: the indexed words through <paramref name="table"/>, the short ones by a scan.</summary>
    private static IQueryable<T> ByName<T>(IQueryable<T> query, CrmDbContext db, string table, IReadOnlyList<string> words)
        where T : class, ISearchable
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(words);
        if (MatchExpression(words) is { } match)
        {
            var ids = Ids(db, table, match);
            query = query.Where(e => ids.Contains(e.Id));
        }

        foreach (var word in Short(words))
        {
            query = query.Where(e => e.SearchName.Contains(word));
        }

        return query;
    }

    /// <summary>Positions whose title or occupation, or whose company's name, holds each word (words may be split between the two).</summary>
    public static IQueryable<Vacancy> Matching(this IQueryable<Vacancy> query, CrmDbContext db, IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(words);
        foreach (var word in words)
        {
            if (word.Length >= IndexedLength)
            {
                var match = Phrase(word);
                var own = Ids(db, "VacancyNames", match);
                var companies = Ids(db, "CompanyNames", match);
                query = query.Where(v => own.Contains(v.Id) || companies.Contains(v.CompanyId));
            }
            else
            {
                query = query.Where(v => v.SearchName.Contains(word) || v.Company!.SearchName.Contains(word));
            }
        }

        return query;
    }

    private static IEnumerable<string> Short(IReadOnlyList<string> words) => words.Where(w => w.Length < IndexedLength);

    /// <summary>The FTS5 query for the indexable words (each a quoted phrase, all required), or null when there are none.</summary>
    private static string? MatchExpression(IReadOnlyList<string> words)
    {
        var phrases = words.Where(w => w.Length >= IndexedLength).Select(Phrase).ToList();
        return phrases.Count == 0 ? null : string.Join(" AND ", phrases);
    }

    private static string Phrase(string word) => "\"" + word.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    // The table names are constants of this class, never user text; the query is a parameter.
    private static IQueryable<int> Ids(CrmDbContext db, string table, string match) => table switch
    {
        "CompanyNames" => db.Database.SqlQuery<int>($"SELECT rowid AS \"Value\" FROM \"CompanyNames\" WHERE \"CompanyNames\" MATCH {match}"),
        "ContactNames" => db.Database.SqlQuery<int>($"SELECT rowid AS \"Value\" FROM \"ContactNames\" WHERE \"ContactNames\" MATCH {match}"),
        "CandidateNames" => db.Database.SqlQuery<int>($"SELECT rowid AS \"Value\" FROM \"CandidateNames\" WHERE \"CandidateNames\" MATCH {match}"),
        "VacancyNames" => db.Database.SqlQuery<int>($"SELECT rowid AS \"Value\" FROM \"VacancyNames\" WHERE \"VacancyNames\" MATCH {match}"),
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, "No name index with this name."),
    };
}
