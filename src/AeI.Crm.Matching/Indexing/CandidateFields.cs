using System.Globalization;
using System.Text.Json;
using AeI.Crm.Common;
using AeI.Crm.Placements;
using AeI.Crm.Vacancies;
using AeI.Crm.Candidates;
using AeI.Crm.Matching.Model;
using AeI.Crm.Matching.Ranking;
using Lucene.Net.Documents;

namespace AeI.Crm.Matching.Indexing;

/// <summary>Field names of the candidate index and how a candidate becomes a Lucene document.</summary>
public static class CandidateFields
{
    /// <summary>Candidate id.</summary>
    public const string Id = "id";
    /// <summary>Caseload code.</summary>
    public const string Caseload = "caseload";
    /// <summary>The whole candidate as JSON (stored), for explanations.</summary>
    public const string Json = "json";
    /// <summary>Effective driving licences.</summary>
    public const string Licence = "lic";
    /// <summary>Certificate keys (distinctive words and synonym groups).</summary>
    public const string Certificate = "cert";
    /// <summary>Law-68 category.</summary>
    public const string Law68 = "l68";
    /// <summary>Availability: full, part or any.</summary>
    public const string Availability = "avail";
    /// <summary>Accepts shifts: 1 or 0.</summary>
    public const string Shifts = "shifts";
    /// <summary>Latitude doc values.</summary>
    public const string LatValues = "lat_dv";
    /// <summary>Longitude doc values.</summary>
    public const string LonValues = "lon_dv";
    /// <summary>Farthest commute accepted, km, doc values.</summary>
    public const string CommuteValues = "commute_dv";
    /// <summary>What the person can do: roles of past jobs (twice, they weigh most), skills and certificates.</summary>
    public const string Core = "core";
    /// <summary>Where and how: descriptions and sectors of past jobs.</summary>
    public const string Experience = "exp";
    /// <summary>Profile written by the mediator, and education.</summary>
    public const string Profile = "profile";
    /// <summary>Character n-grams of roles and skills.</summary>
    public const string Grams = "grams";
    /// <summary>Synonym groups found in the text.</summary>
    public const string Concepts = "syn";
    /// <summary>ESCO occupation concepts of past roles.</summary>
    public const string Occupations = "occ";
    /// <summary>ISCO-08 groups of past roles' occupations ("4:9112", "3:911", "2:91"): neighbouring jobs.</summary>
    public const string Isco = "isco";

    /// <summary>Farthest commute the index accepts.</summary>
    public const int MaxCommuteKm = 200;

    /// <summary>Field of a language's level, e.g. "lang_it".</summary>
    public static string LanguageField(string code) => "lang_" + code.ToLowerInvariant();

    /// <summary>
    /// Term meaning "at least this level": a person is indexed with one term per level up to their
    /// own, so a minimum level is one term query (cheaper to index than a numeric trie).
    /// </summary>
    public static string AtLeast(CefrLevel level) => ((int)level).ToString(CultureInfo.InvariantCulture);

    /// <summary>Term of a law-68 category.</summary>
    public static string Law68Term(ProtectedCategory category) => category switch
    {
        ProtectedCategory.Article1 => "art1",
        ProtectedCategory.Article18 => "art18",
        _ => "none",
    };

    /// <summary>Term of an availability.</summary>
    public static string AvailabilityTerm(Availability availability) => availability switch
    {
        Candidates.Availability.FullTime => "full",
        Candidates.Availability.PartTime => "part",
        _ => "any",
    };

    /// <summary>The JSON stored with each document.</summary>
    public static string ToJson(CandidateDocument c) => JsonSerializer.Serialize(c, StoredJson.Default.CandidateDocument);

    /// <summary>Reads a stored document back.</summary>
    public static CandidateDocument FromJson(string json) => JsonSerializer.Deserialize(json, StoredJson.Default.CandidateDocument)!;

    /// <summary>Whether a field holds exact terms (<see cref="KeywordList"/>) rather than text.</summary>
    public static bool IsKeywordField(string field) =>
        field is Id or Caseload or Licence or Certificate or Law68 or Availability or Shifts or Concepts or Occupations or Isco
        || field.StartsWith("lang_", StringComparison.Ordinal);

    /// <summary>Builds the Lucene document of a candidate.</summary>
    public static Document Build(CandidateDocument c, MatchingContext context)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(context);
        var doc = new Document
        {
            new StoredField(Json, ToJson(c)),
            new NumericDocValuesField(CommuteValues, Math.Clamp(c.MaxCommuteKm, 0, MaxCommuteKm)),
        };

        void Keywords(string field, IEnumerable<string> values)
        {
            if (KeywordList.Field(field, values) is { } f)
            {
                doc.Add(f);
            }
        }

        Keywords(Id, [c.Id]);
        Keywords(Caseload, [c.Caseload]);
        Keywords(Law68, [Law68Term(c.ProtectedCategory)]);
        Keywords(Availability, [AvailabilityTerm(c.Availability)]);
        Keywords(Shifts, [c.ShiftsOk ? "1" : "0"]);
        Keywords(Licence, Licences.Effective(c.Licences));
        Keywords(Certificate, c.Certificates.SelectMany(context.Certificates.IndexTerms).Distinct());
        foreach (var language in c.Languages.GroupBy(l => l.Code.ToLowerInvariant()))
        {
            Keywords(LanguageField(language.Key), Enumerable.Range(1, (int)language.Max(l => l.Level)).Select(level => AtLeast((CefrLevel)level)));
        }

        if (context.Points.Point(c.ResidenceIstat) is { } point)
        {
            doc.Add(new DoubleDocValuesField(LatValues, point.Lat));
            doc.Add(new DoubleDocValuesField(LonValues, point.Lon));
        }
        else
        {
            doc.Add(new DoubleDocValuesField(LatValues, double.NaN));
            doc.Add(new DoubleDocValuesField(LonValues, double.NaN));
        }

        var roles = string.Join(" . ", c.Experiences.Select(e => e.Role));
        var experience = string.Join(" . ", c.Experiences.Select(e => $"{e.Sector} {e.Description}"));
        var skills = string.Join(" . ", c.Skills);
        var certificates = string.Join(" . ", c.Certificates);
        // One field for what the person can do (a word costs one postings list, not one per field);
        // roles are written twice so they weigh more than a skill listed once.
        doc.Add(new TextField(Core, string.Join(" . ", roles, roles, skills, certificates), Field.Store.NO));
        doc.Add(new TextField(Experience, experience, Field.Store.NO));
        doc.Add(new TextField(Profile, c.Profile + " . " + c.Education, Field.Store.NO));
        doc.Add(new TextField(Grams, roles + " . " + skills, Field.Store.NO));

        // Phrases that repeat across people (roles, skills, certificates, sectors) are looked up in a cache.
        var concepts = c.Skills.Concat(c.Certificates).Concat(c.Experiences.Select(e => e.Role)).Concat(c.Experiences.Select(e => e.Sector ?? ""))
            .SelectMany(context.Synonyms.ConceptsCached)
            .Concat(context.Synonyms.Concepts(string.Join(" . ", c.Experiences.Select(e => e.Description).Append(c.Profile))))
            .Distinct();
        Keywords(Concepts, concepts);
        Keywords(Occupations, c.Experiences.SelectMany(e => context.OccupationsOf(e.Role)).Distinct());
        Keywords(Isco, c.Experiences.SelectMany(e => context.IscoTermsOf(e.Role)).Distinct());
        return doc;
    }

    internal static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The stored records' JSON, generated at build time (no reflection when a search reads results back).</summary>
[System.Text.Json.Serialization.JsonSerializable(typeof(CandidateDocument))]
[System.Text.Json.Serialization.JsonSerializable(typeof(VacancyDocument))]
internal sealed partial class StoredJson : System.Text.Json.Serialization.JsonSerializerContext;
