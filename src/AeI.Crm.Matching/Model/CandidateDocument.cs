using AeI.Crm.Common;
using AeI.Crm.Placements;
using AeI.Crm.Vacancies;
using AeI.Crm.Candidates;

namespace AeI.Crm.Matching.Model;

/// <summary>A past job as the matcher reads it.</summary>
public sealed record ExperienceEntry(string Role, string? Sector, decimal Years, string? Description);

/// <summary>A language and its CEFR level (ISO 639-1 code).</summary>
public sealed record LanguageLevel(string Code, CefrLevel Level);

/// <summary>
/// A job seeker as the matcher indexes them: the text mediators wrote and the structured fields
/// hard requirements are checked against. Independent of the database and of the web app.
/// </summary>
public sealed record CandidateDocument
{
    /// <summary>Unique id (the database id, or the evaluation set's id).</summary>
    public required string Id { get; init; }

    /// <summary>Caseload code; results are scoped to the caseloads a user may see.</summary>
    public required string Caseload { get; init; }

    /// <summary>ISTAT code of the municipality of residence.</summary>
    public string? ResidenceIstat { get; init; }

    /// <summary>Languages with CEFR level.</summary>
    public IReadOnlyList<LanguageLevel> Languages { get; init; } = [];

    /// <summary>Driving licences held (B, C, CQC...).</summary>
    public IReadOnlyList<string> Licences { get; init; } = [];

    /// <summary>Owns or can use a car.</summary>
    public bool HasCar { get; init; }

    /// <summary>Farthest straight-line distance the person accepts.</summary>
    public int MaxCommuteKm { get; init; }

    /// <summary>Full-time, part-time or either.</summary>
    public Availability Availability { get; init; } = Availability.Any;

    /// <summary>Accepts shifts, nights and weekends.</summary>
    public bool ShiftsOk { get; init; }

    /// <summary>Law-68 category: special-category data, used only to honour reserved positions.</summary>
    public ProtectedCategory ProtectedCategory { get; init; }

    /// <summary>Certificates and courses (HACCP, attestato OSS...).</summary>
    public IReadOnlyList<string> Certificates { get; init; } = [];

    /// <summary>Skills in free Italian phrases.</summary>
    public IReadOnlyList<string> Skills { get; init; } = [];

    /// <summary>Past jobs and internships.</summary>
    public IReadOnlyList<ExperienceEntry> Experiences { get; init; } = [];

    /// <summary>Free profile written by the mediator.</summary>
    public string? Profile { get; init; }

    /// <summary>Highest title, in words.</summary>
    public string? Education { get; init; }

    /// <summary>Display name for result lists (never indexed for search).</summary>
    public string? DisplayName { get; init; }
}
