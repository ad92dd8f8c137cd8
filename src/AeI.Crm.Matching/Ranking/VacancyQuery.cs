using AeI.Crm.Common;
using AeI.Crm.Placements;
using AeI.Crm.Vacancies;
using AeI.Crm.Candidates;
using AeI.Crm.Matching.Analysis;
using AeI.Crm.Matching.Indexing;
using AeI.Crm.Matching.Model;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace AeI.Crm.Matching.Ranking;

/// <summary>
/// Turns a position into the relevance query (weighted words in weighted fields, synonym groups,
/// ESCO occupations, n-grams for typos) and the hard-requirement filter.
/// </summary>
internal static class VacancyQuery
{
    // How much each part of the position counts, and how much each field of the person counts.
    private const float TitleWeight = 3f;
    private const float RequiredWeight = 2f;
    private const float PreferredWeight = 1f;
    private const float DescriptionWeight = 0.4f;

    // Below this size every word is kept: shares of a handful of people say nothing about a word.
    private const int MinPeopleForPruning = 200;

    private static readonly (string Field, float Boost)[] TextFields =
    [
        (CandidateFields.Core, 2.0f),
        (CandidateFields.Experience, 1.0f),
        (CandidateFields.Profile, 0.6f),
    ];

    // Words that come only from the description are looked for in what the person can do.
    private static readonly (string Field, float Boost)[] DescriptionFields =
    [
        (CandidateFields.Core, 1.5f),
    ];

    /// <summary>
    /// The relevance query. Words found in most people's records are left out (they cost time and
    /// tell nothing); words found in nobody's record are likely typos, and only for those the
    /// n-grams of the title are searched.
    /// </summary>
    public static Query Relevance(VacancyDocument v, MatchingContext context, IndexReader reader) => Relevance(v, context, reader, out _);

    /// <summary>The relevance query; <paramref name="bridged"/> tells whether it searches n-grams for words nobody has.</summary>
    public static Query Relevance(VacancyDocument v, MatchingContext context, IndexReader reader, out bool bridged)
    {
        var people = Math.Max(1, reader.NumDocs);
        var weights = new Dictionary<string, float>(StringComparer.Ordinal);
        void AddTerms(string? text, float weight)
        {
            foreach (var term in ItalianTextAnalyzer.Terms(text).Distinct())
            {
                weights[term] = Math.Min(6f, weights.GetValueOrDefault(term) + weight);
            }
        }

        AddTerms(v.Title, TitleWeight);
        foreach (var r in v.Required)
        {
            AddTerms(r, RequiredWeight);
        }

        foreach (var p in v.Preferred)
        {
            AddTerms(p, PreferredWeight);
        }

        AddTerms(v.Description, DescriptionWeight);

        var query = new BooleanQuery(disableCoord: true);
        var unknown = new List<string>();
        var chosen = new List<(string Term, float Weight, double Value)>();
        foreach (var (term, weight) in weights)
        {
            var df = TextFields.Max(f => DocFrequencies.Of(reader, f.Field, term));
            if (df == 0)
            {
                unknown.Add(term);
                continue;
            }

            if (people >= MinPeopleForPruning && df > people * (weight > DescriptionWeight ? 0.6 : 0.25))
            {
                continue;
            }

            chosen.Add((term, weight, weight * Math.Log(1 + (people / (double)df))));
        }

        foreach (var (term, weight, _) in chosen)
        {
            // Each word counts once, in the field of the person where it weighs most.
            var perField = new DisjunctionMaxQuery(0.3f);
            foreach (var (field, boost) in weight > DescriptionWeight ? TextFields : DescriptionFields)
            {
                perField.Add(new TermQuery(new Term(field, term)) { Boost = weight * boost });
            }

            query.Add(perField, Occur.SHOULD);
        }

        var strongConcepts = context.Synonyms.Concepts(string.Join(" . ", v.Required.Prepend(v.Title)));
        var allConcepts = context.Synonyms.Concepts(string.Join(" . ", v.Preferred.Append(v.Description ?? "")));
        foreach (var concept in strongConcepts.Union(allConcepts))
        {
            query.Add(new TermQuery(new Term(CandidateFields.Concepts, concept)) { Boost = strongConcepts.Contains(concept) ? 3f : 1f }, Occur.SHOULD);
        }

        var occupations = context.OccupationsOf(v.Title).ToList();
        if (v.OccupationUri is { } picked && !occupations.Contains(picked))
        {
            occupations.Insert(0, picked);
        }

        foreach (var uri in occupations)
        {
            query.Add(new TermQuery(new Term(CandidateFields.Occupations, uri)) { Boost = 3f }, Occur.SHOULD);
        }

        // Neighbouring occupations (same ISCO group or family) bring in people who share no word with the title.
        foreach (var group in context.IscoTerms(occupations.Take(1)))
        {
            var boost = group[0] switch { '4' => 1.2f, '3' => 0.6f, '2' => 0.25f, _ => 0.1f };
            query.Add(new TermQuery(new Term(CandidateFields.Isco, group)) { Boost = boost }, Occur.SHOULD);
        }

        // The 4-grams of words nobody has (typos, unusual forms) bridge to the words people wrote.
        var grams = unknown.Where(t => weights[t] > DescriptionWeight).SelectMany(t => GramAnalyzer.Grams(t, 4, 4)).Distinct().ToList();
        bridged = grams.Count > 0;
        if (grams.Count > 0)
        {
            var gramQuery = new BooleanQuery(disableCoord: true) { Boost = 4f / grams.Count };
            foreach (var gram in grams)
            {
                gramQuery.Add(new TermQuery(new Term(CandidateFields.Grams, gram)), Occur.SHOULD);
            }

            query.Add(gramQuery, Occur.SHOULD);
        }

        return query;
    }

    /// <summary>
    /// The core of the position for near misses: its title and required items in roles and
    /// skills, a small query that is cheap over the whole index.
    /// </summary>
    public static Query Core(VacancyDocument v, MatchingContext context, IndexReader reader)
    {
        var people = Math.Max(1, reader.NumDocs);
        var query = new BooleanQuery(disableCoord: true);
        var terms = ItalianTextAnalyzer.Terms(string.Join(" . ", v.Required.Prepend(v.Title))).Distinct();
        // The four rarest words: near misses are the strongest text matches, and rare words find
        // them without walking the long postings of common ones.
        var rarest = terms
            .Select(t => (Term: t, Df: DocFrequencies.Of(reader, CandidateFields.Core, t)))
            .Where(t => t.Df > 0 && (people < MinPeopleForPruning || t.Df < people * 0.6))
            .OrderBy(t => t.Df)
            .Take(4);
        foreach (var (term, _) in rarest)
        {
            query.Add(new TermQuery(new Term(CandidateFields.Core, term)), Occur.SHOULD);
        }

        if (query.Clauses.Count == 0)
        {
            // No word of the title is in anybody's record: look for its synonyms instead.
            foreach (var concept in context.Synonyms.Concepts(v.Title))
            {
                query.Add(new TermQuery(new Term(CandidateFields.Concepts, concept)), Occur.SHOULD);
            }
        }

        return query;
    }

    /// <summary>The hard requirements as a filter; null point when the workplace is unknown (nobody is eligible).</summary>
    public static (Query Filter, (double Lat, double Lon)? Work) HardFilter(VacancyDocument v, MatchingContext context, IReadOnlyCollection<string>? caseloads)
    {
        var filter = new BooleanQuery();
        filter.Add(CaseloadFilter(caseloads), Occur.MUST);
        foreach (var licence in v.RequiredLicences.Where(CredentialStatus.IsHeld).Select(Licences.Normalize).Where(l => l.Length > 0))
        {
            filter.Add(new TermQuery(new Term(CandidateFields.Licence, licence)), Occur.MUST);
        }

        foreach (var certificate in v.RequiredCertificates)
        {
            // One of the alternatives, each a set of keys that must all be present (CertificateKeys).
            var either = new BooleanQuery();
            foreach (var alternative in context.Certificates.Requirement(certificate))
            {
                var all = new BooleanQuery();
                foreach (var key in alternative)
                {
                    all.Add(new TermQuery(new Term(CandidateFields.Certificate, key)), Occur.MUST);
                }

                either.Add(all, Occur.SHOULD);
            }

            filter.Add(either, Occur.MUST);
        }

        if (v.Reservation != Law68Reservation.None)
        {
            var categories = new BooleanQuery();
            if (v.Reservation is Law68Reservation.Article1 or Law68Reservation.Any)
            {
                categories.Add(new TermQuery(new Term(CandidateFields.Law68, "art1")), Occur.SHOULD);
            }

            if (v.Reservation is Law68Reservation.Article18 or Law68Reservation.Any)
            {
                categories.Add(new TermQuery(new Term(CandidateFields.Law68, "art18")), Occur.SHOULD);
            }

            filter.Add(categories, Occur.MUST);
        }

        if (v.MinLanguage is { } min)
        {
            filter.Add(new TermQuery(new Term(CandidateFields.LanguageField(min.Code), CandidateFields.AtLeast(min.Level))), Occur.MUST);
        }

        var hours = new BooleanQuery
        {
            { new TermQuery(new Term(CandidateFields.Availability, "any")), Occur.SHOULD },
            { new TermQuery(new Term(CandidateFields.Availability, v.Hours == WorkingHours.PartTime ? "part" : "full")), Occur.SHOULD },
        };
        filter.Add(hours, Occur.MUST);

        if (v.Shifts)
        {
            filter.Add(new TermQuery(new Term(CandidateFields.Shifts, "1")), Occur.MUST);
        }

        // Distance is checked per person, against their own limit, in the collector (doc values):
        // people live within a metropolitan area, where a bounding box would cut nobody.
        return (filter, context.Points.Point(v.WorkIstat));
    }

    /// <summary>Only people of the given caseloads (none at all for an empty list).</summary>
    public static Query CaseloadFilter(IReadOnlyCollection<string>? caseloads)
    {
        if (caseloads is null)
        {
            return new MatchAllDocsQuery();
        }

        var any = new BooleanQuery();
        foreach (var code in caseloads)
        {
            any.Add(new TermQuery(new Term(CandidateFields.Caseload, code)), Occur.SHOULD);
        }

        return any;
    }
}
