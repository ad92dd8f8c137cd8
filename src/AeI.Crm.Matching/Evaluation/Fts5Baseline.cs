using System.Globalization;
using AeI.Crm.Matching.Model;
using Microsoft.Data.Sqlite;

namespace AeI.Crm.Matching.Evaluation;

/// <summary>
/// The baseline the engine is measured against: SQLite FTS5 with BM25 over the same texts (skills,
/// experiences, certificates, profile, education), a plain OR of the position's words, no
/// structured filters.
/// </summary>
public sealed class Fts5Baseline : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    /// <summary>Indexes the candidates in an in-memory FTS5 table.</summary>
    public Fts5Baseline(IEnumerable<CandidateDocument> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        _connection.Open();
        using (var create = _connection.CreateCommand())
        {
            create.CommandText = "CREATE VIRTUAL TABLE people USING fts5(id UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 2')";
            create.ExecuteNonQuery();
        }

        using var tx = _connection.BeginTransaction();
        using var insert = _connection.CreateCommand();
        insert.CommandText = "INSERT INTO people(id, body) VALUES ($id, $body)";
        var id = insert.Parameters.Add("$id", SqliteType.Text);
        var body = insert.Parameters.Add("$body", SqliteType.Text);
        foreach (var c in candidates)
        {
            id.Value = c.Id;
            body.Value = string.Join(" . ", c.Skills.Concat(c.Certificates).Concat(c.Experiences.Select(e => $"{e.Role} {e.Sector} {e.Description}")).Append(c.Profile ?? "").Append(c.Education ?? ""));
            insert.ExecuteNonQuery();
        }

        tx.Commit();
    }

    /// <summary>Candidate ids by BM25 for the position's text.</summary>
    public IReadOnlyList<string> Rank(VacancyDocument v, int top) => Rank(v, top, eligible: null);

    /// <summary>
    /// Candidate ids by BM25 for the position's text, only those <paramref name="eligible"/> accepts
    /// (the engine's own hard filter, for a ranking-only comparison).
    /// </summary>
    public IReadOnlyList<string> Rank(VacancyDocument v, int top, Func<string, bool>? eligible)
    {
        ArgumentNullException.ThrowIfNull(v);
        var words = string.Join(' ', v.Required.Concat(v.Preferred).Prepend(v.Title).Append(v.Description ?? ""))
            .Split((char[])[' ', ',', '.', ';', ':', '(', ')', '/', '\'', '’', '"', '-', '!', '?', '\n'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 2)
            .Select(w => "\"" + w.Replace("\"", "", StringComparison.Ordinal) + "\"")
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (words.Count == 0)
        {
            return [];
        }

        using var query = _connection.CreateCommand();
        query.CommandText = "SELECT id FROM people WHERE people MATCH $q ORDER BY bm25(people) LIMIT $top";
        query.Parameters.AddWithValue("$q", string.Join(" OR ", words));
        query.Parameters.AddWithValue("$top", (eligible is null ? top : -1).ToString(CultureInfo.InvariantCulture));
        var ids = new List<string>();
        using var reader = query.ExecuteReader();
        while (ids.Count < top && reader.Read())
        {
            var id = reader.GetString(0);
            if (eligible is null || eligible(id))
            {
                ids.Add(id);
            }
        }

        return ids;
    }

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();
}
