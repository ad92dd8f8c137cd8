using System.Text.Json;
using System.Text.Json.Serialization;
using AeI.Crm.Common;
using AeI.Crm.Placements;
using AeI.Crm.Vacancies;
using AeI.Crm.Candidates;
using AeI.Crm.Matching.Model;

namespace AeI.Crm.Matching.Evaluation;

/// <summary>A matching evaluation set (shared/matching/FORMAT.md): candidates, vacancies, graded judgments.</summary>
public sealed class EvaluationSet
{
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    /// <summary>The people.</summary>
    public required IReadOnlyList<CandidateDocument> Candidates { get; init; }

    /// <summary>The positions.</summary>
    public required IReadOnlyList<VacancyDocument> Vacancies { get; init; }

    /// <summary>Grade by vacancy id, then candidate id (missing pairs are grade 0).</summary>
    public required IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Grades { get; init; }

    /// <summary>Reads a set from its JSON file.</summary>
    public static EvaluationSet Load(string path)
    {
        var raw = JsonSerializer.Deserialize<RawSet>(File.ReadAllText(path), JsonOptions)
            ?? throw new InvalidDataException($"{path} is not an evaluation set.");
        return new EvaluationSet
        {
            Candidates = raw.Candidates.Select(ToCandidate).ToList(),
            Vacancies = raw.Vacancies.Select(ToVacancy).ToList(),
            Grades = raw.Judgments.GroupBy(j => j.Vacancy).ToDictionary(
                g => g.Key,
                g => (IReadOnlyDictionary<string, int>)g.GroupBy(j => j.Candidate).ToDictionary(x => x.Key, x => x.Max(j => j.Grade))),
        };
    }

    /// <summary>CEFR level from the set's wording ("B1", "madrelingua").</summary>
    public static CefrLevel Level(string level) =>
        level.Equals("madrelingua", StringComparison.OrdinalIgnoreCase) || level.Equals("native", StringComparison.OrdinalIgnoreCase)
            ? CefrLevel.Native
            : Enum.Parse<CefrLevel>(level, ignoreCase: true);

    private static CandidateDocument ToCandidate(RawCandidate c) => new()
    {
        Id = c.Id,
        Caseload = c.Service ?? "",
        ResidenceIstat = c.ResidenceIstat,
        Languages = (c.Languages ?? []).Select(l => new LanguageLevel(l.Code, Level(l.Level))).ToList(),
        Licences = c.DrivingLicences ?? [],
        HasCar = c.HasCar,
        MaxCommuteKm = (int)Math.Floor(c.MaxCommuteKm),
        Availability = c.Availability switch { "full-time" => Availability.FullTime, "part-time" => Availability.PartTime, _ => Availability.Any },
        ShiftsOk = c.ShiftsOk,
        ProtectedCategory = c.ProtectedCategory switch { "L68_art1" => ProtectedCategory.Article1, "L68_art18" => ProtectedCategory.Article18, _ => ProtectedCategory.None },
        Certificates = c.Certificates ?? [],
        Skills = c.Skills ?? [],
        Experiences = (c.Experiences ?? []).Select(e => new ExperienceEntry(e.Role ?? "", e.Sector, e.Years, e.Description)).ToList(),
        Profile = c.Profile,
        Education = c.Education,
        DisplayName = c.Id,
    };

    private static VacancyDocument ToVacancy(RawVacancy v) => new()
    {
        Id = v.Id,
        Title = v.Title ?? "",
        Company = v.Company,
        Description = v.Description,
        Required = v.Required ?? [],
        Preferred = v.Preferred ?? [],
        RequiredLicences = v.RequiredLicences ?? [],
        RequiredCertificates = v.RequiredCertificates ?? [],
        MinLanguage = v.MinLanguage is { } m ? new LanguageLevel(m.Code, Level(m.Level)) : null,
        Hours = v.Hours == "part-time" ? WorkingHours.PartTime : WorkingHours.FullTime,
        Shifts = v.Shifts,
        Reservation = v.ReservedProtected switch
        {
            "L68_art1" => Law68Reservation.Article1,
            "L68_art18" => Law68Reservation.Article18,
            "any_L68" => Law68Reservation.Any,
            _ => Law68Reservation.None,
        },
        WorkIstat = v.WorkIstat,
    };

    private sealed record RawSet(List<RawCandidate> Candidates, List<RawVacancy> Vacancies, List<RawJudgment> Judgments);

    private sealed record RawLanguage(string Code, string Level);

    private sealed record RawExperience(string? Role, string? Sector, decimal Years, string? Description);

    private sealed record RawJudgment(string Vacancy, string Candidate, int Grade);

    private sealed record RawCandidate(
        string Id,
        string? Service,
        [property: JsonPropertyName("residence_istat")] string? ResidenceIstat,
        List<RawLanguage>? Languages,
        [property: JsonPropertyName("driving_licences")] List<string>? DrivingLicences,
        [property: JsonPropertyName("has_car")] bool HasCar,
        [property: JsonPropertyName("max_commute_km")] double MaxCommuteKm,
        string? Availability,
        [property: JsonPropertyName("shifts_ok")] bool ShiftsOk,
        [property: JsonPropertyName("protected_category")] string? ProtectedCategory,
        List<string>? Certificates,
        List<string>? Skills,
        List<RawExperience>? Experiences,
        string? Profile,
        string? Education);

    private sealed record RawVacancy(
        string Id,
        string? Company,
        string? Title,
        string? Description,
        [property: JsonPropertyName("work_istat")] string? WorkIstat,
        List<string>? Required,
        List<string>? Preferred,
        [property: JsonPropertyName("required_licences")] List<string>? RequiredLicences,
        [property: JsonPropertyName("required_certificates")] List<string>? RequiredCertificates,
        [property: JsonPropertyName("min_language")] RawLanguage? MinLanguage,
        string? Hours,
        bool Shifts,
        [property: JsonPropertyName("reserved_protected")] string? ReservedProtected);
}
