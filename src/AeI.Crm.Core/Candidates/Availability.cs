namespace AeI.Crm.Candidates;

public enum Availability
{
    FullTime = 1,
    PartTime = 2,
    Any = 3,
}
