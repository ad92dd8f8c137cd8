namespace AeI.Crm.Placements;

public enum ContractType
{
    Internship = 1,
    FixedTerm = 2,
    Permanent = 3,
    Apprenticeship = 4,
    AgencyWork = 5,
}
