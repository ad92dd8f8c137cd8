using AeI.Crm.Common;
using AeI.Crm.Placements;
using AeI.Crm.Vacancies;
using AeI.Crm.Candidates;

namespace AeI.Crm.Matching.Model;

/// <summary>A job position as the matcher reads it.</summary>
public sealed record VacancyDocument
{
    /// <summary>Unique id (database id or evaluation set id).</summary>
    public required string Id { get; init; }

    /// <summary>Position title as the company wrote it.</summary>
    public required string Title { get; init; }

    /// <summary>Company name, for display.</summary>
    public string? Company { get; init; }

    /// <summary>ESCO occupation URI when the account manager picked one.</summary>
    public string? OccupationUri { get; init; }

    /// <summary>Free description of the position.</summary>
    public string? Description { get; init; }

    /// <summary>Must-have skills or experience.</summary>
    public IReadOnlyList<string> Required { get; init; } = [];

    /// <summary>Nice-to-have skills or experience.</summary>
    public IReadOnlyList<string> Preferred { get; init; } = [];

    /// <summary>Mandatory driving licences.</summary>
    public IReadOnlyList<string> RequiredLicences { get; init; } = [];

    /// <summary>Mandatory certificates.</summary>
    public IReadOnlyList<string> RequiredCertificates { get; init; } = [];

    /// <summary>Minimum level of one language, usually Italian.</summary>
    public LanguageLevel? MinLanguage { get; init; }

    /// <summary>Full-time or part-time.</summary>
    public WorkingHours Hours { get; init; } = WorkingHours.FullTime;

    /// <summary>Whether the job needs shifts, nights or weekends.</summary>
    public bool Shifts { get; init; }

    /// <summary>Law-68 reservation of the position.</summary>
    public Law68Reservation Reservation { get; init; }

    /// <summary>ISTAT code of the municipality where the work is done.</summary>
    public string? WorkIstat { get; init; }
}
