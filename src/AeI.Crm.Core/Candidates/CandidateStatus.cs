namespace AeI.Crm.Candidates;

public enum CandidateStatus
{
    Active = 1,
    InInternship = 2,
    Placed = 3,
    Closed = 4,
}
