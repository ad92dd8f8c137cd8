namespace AeI.Crm.Candidates;

/// <summary>Why a path (percorso) in a caseload was closed.</summary>
public enum ClosureOutcome
{
    Hired = 1,
    InternshipCompleted = 2,
    Dropout = 3,
    ReturnedToService = 4,
    Moved = 5,
    Other = 6,
}
