using AeI.Crm.Matching.Analysis;
using AeI.Crm.Matching.Model;

namespace AeI.Crm.Matching.Ranking;

/// <summary>One past job as evidence: its words and synonym groups (<see cref="FeatureIds"/>), occupations, depth and end.</summary>
public sealed record JobEvidence(string Role, int[] Features, IReadOnlyList<string> Occupations, double Depth, int? EndYear)
{
    /// <summary>The occupations as ids (<see cref="FeatureIds"/>), compared without hashing strings.</summary>
    public int[] OccupationIds { get; } = [.. Occupations.Select(FeatureIds.Of)];
}

/// <summary>
/// A person's record analysed once, whatever the position: the words and synonym groups of each
/// past job (what the text states, not what it negates), of skills, certificates held and profile;
/// what the record negates; whether it states a health limit. Kept per index segment
/// (<see cref="Indexing.SegmentCache{T}"/>), so a person is analysed once, not once per search;
/// compact (word ids, no copy of the record), so a large index's records fit in memory.
/// </summary>
public sealed class CandidateEvidence
{
    private CandidateEvidence()
    {
    }

    /// <summary>Past jobs.</summary>
    public IReadOnlyList<JobEvidence> Jobs { get; private init; } = [];

    /// <summary>Words and groups of the skills.</summary>
    public int[] Skills { get; private init; } = [];

    /// <summary>Words and groups of the certificates actually held.</summary>
    public int[] Certificates { get; private init; } = [];

    /// <summary>Words and groups the profile states.</summary>
    public int[] Profile { get; private init; } = [];

    /// <summary>Words and groups the record negates ("mai lavorato in cucina").</summary>
    public int[] Negated { get; private init; } = [];

    /// <summary>The record states a health limit for physical work.</summary>
    public bool PhysicalLimit { get; private init; }

    /// <summary>The person has a car.</summary>
    public bool HasCar { get; private init; }

    /// <summary>The farthest commute the person accepts, km (0: not stated).</summary>
    public int MaxCommuteKm { get; private init; }

    /// <summary>Analyses a person's record.</summary>
    public static CandidateEvidence Of(CandidateDocument c, MatchingContext context)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(context);
        var year = context.Clock.GetUtcNow().Year;
        var negated = new List<string>();
        int[] Features(List<string> terms) => FeatureIds.Of(terms.Concat(context.Synonyms.Concepts(terms)));

        void Negate(List<string> terms)
        {
            negated.AddRange(terms);
            negated.AddRange(context.Synonyms.Concepts(terms));
        }

        var jobs = new List<JobEvidence>(c.Experiences.Count);
        foreach (var e in c.Experiences)
        {
            var (stated, not) = ClauseReader.Read($"{e.Sector} . {e.Description}");
            Negate(not);
            var role = ItalianTextAnalyzer.Terms(e.Role);
            jobs.Add(new JobEvidence(e.Role, Features([.. role, .. stated]), context.OccupationsOf(e.Role), Depth(e, role.Count > 0), ProfileCaveats.EndYear(e.Description, year)));
        }

        var skillTerms = new List<string>();
        foreach (var s in c.Skills)
        {
            var (stated, not) = ClauseReader.Read(s);
            skillTerms.AddRange(stated);
            Negate(not);
        }

        var (profileStated, profileNot) = ClauseReader.Read(c.Profile);
        Negate(profileNot);
        return new CandidateEvidence
        {
            Jobs = jobs,
            Skills = Features(skillTerms),
            Certificates = Features(c.Certificates.Where(CredentialStatus.IsHeld).SelectMany(ItalianTextAnalyzer.Terms).ToList()),
            Profile = Features(profileStated),
            Negated = FeatureIds.Of(negated),
            PhysicalLimit = ProfileCaveats.HasPhysicalLimit(string.Join(" . ", c.Experiences.Select(e => e.Description).Append(c.Profile))),
            HasCar = c.HasCar,
            MaxCommuteKm = c.MaxCommuteKm,
        };
    }

    /// <summary>Ten years in a role count in full, one year about half, a three-month internship or a course less.</summary>
    private static double Depth(ExperienceEntry e, bool hasRole)
    {
        var years = (double)Math.Max(0, e.Years);
        var depth = 0.35 + (0.65 * Math.Min(1, Math.Log(1 + years) / Math.Log(11)));
        var text = $"{e.Role} {e.Sector} {e.Description}".ToLowerInvariant();
        if (text.Contains("tirocin", StringComparison.Ordinal) || text.Contains("stage", StringComparison.Ordinal) || text.Contains("stagist", StringComparison.Ordinal)
            || text.Contains("corso", StringComparison.Ordinal) || text.Contains("scuola", StringComparison.Ordinal) || text.Contains("volontar", StringComparison.Ordinal))
        {
            depth = Math.Min(depth, 0.5);
        }

        return hasRole ? depth : depth * 0.8;
    }
}
