namespace AeI.Crm.Matching.Ranking;

/// <summary>The hard requirements a person must meet to be proposed.</summary>
public enum HardRequirement
{
    /// <summary>A required driving licence.</summary>
    Licence,
    /// <summary>A required certificate.</summary>
    Certificate,
    /// <summary>The law-68 reservation of the position.</summary>
    Law68Reservation,
    /// <summary>The minimum language level.</summary>
    Language,
    /// <summary>Part-time or full-time availability.</summary>
    Hours,
    /// <summary>Shifts, nights or weekends.</summary>
    Shifts,
    /// <summary>Distance beyond what the person accepts.</summary>
    Commute,
    /// <summary>Residence or workplace not on the map.</summary>
    UnknownLocation,
}

/// <summary>A hard requirement a person breaks, in words a mediator understands.</summary>
/// <param name="Requirement">Which requirement.</param>
/// <param name="Message">Italian explanation, e.g. "Manca la patente C".</param>
public sealed record RequirementFailure(HardRequirement Requirement, string Message);
