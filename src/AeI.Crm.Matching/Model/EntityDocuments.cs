using System.Globalization;
using AeI.Crm.Candidates;
using AeI.Crm.Vacancies;

namespace AeI.Crm.Matching.Model;

/// <summary>Maps the CRM's entities to the matcher's documents.</summary>
public static class EntityDocuments
{
    /// <summary>The people who belong in the index, as a query filter: paths still open (in charge or in internship).</summary>
    public static System.Linq.Expressions.Expression<Func<Candidate, bool>> Searchable { get; } =
        c => (c.Status == CandidateStatus.Active || c.Status == CandidateStatus.InInternship) && (c.Caseload == null || c.Caseload.IsActive);

    /// <summary>Whether a person belongs in the index.</summary>
    public static bool IsSearchable(Candidate c) => SearchableCheck(c);

    private static readonly Func<Candidate, bool> SearchableCheck = Searchable.Compile();

    /// <summary>The document of a person; <paramref name="caseloadCode"/> is the code of their caseload.</summary>
    public static CandidateDocument From(Candidate c, string caseloadCode)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new CandidateDocument
        {
            Id = c.Id.ToString(CultureInfo.InvariantCulture),
            Caseload = caseloadCode,
            ResidenceIstat = c.ResidenceIstat,
            Languages = c.Languages.Select(l => new LanguageLevel(l.Code, l.Level)).ToList(),
            Licences = c.DrivingLicences,
            HasCar = c.HasCar,
            MaxCommuteKm = c.MaxCommuteKm,
            Availability = c.Availability,
            ShiftsOk = c.ShiftsOk,
            ProtectedCategory = c.ProtectedCategory,
            Certificates = c.Certificates,
            Skills = c.Skills,
            Experiences = c.Experiences.Select(e => new ExperienceEntry(e.Role, e.Sector, e.Years, e.Description)).ToList(),
            Profile = c.Profile,
            Education = c.Education.ToString(),
            DisplayName = c.LastName + " " + c.FirstName,
        };
    }

    /// <summary>The document of a position.</summary>
    public static VacancyDocument From(Vacancy v, string? companyName = null)
    {
        ArgumentNullException.ThrowIfNull(v);
        return new VacancyDocument
        {
            Id = v.Id.ToString(CultureInfo.InvariantCulture),
            Title = v.Title,
            Company = companyName ?? v.Company?.LegalName,
            OccupationUri = v.OccupationUri,
            Description = v.Description,
            Required = v.RequiredSkills,
            Preferred = v.PreferredSkills,
            RequiredLicences = v.RequiredLicences,
            RequiredCertificates = v.RequiredCertificates,
            MinLanguage = v.MinItalianLevel is { } level ? new LanguageLevel("it", level) : null,
            Hours = v.Hours,
            Shifts = v.Shifts,
            Reservation = v.Law68Reservation,
            WorkIstat = v.WorkMunicipalityIstat,
        };
    }
}
