namespace AeI.Crm.Common;

public enum CefrLevel
{
    A1 = 1,
    A2 = 2,
    B1 = 3,
    B2 = 4,
    C1 = 5,
    C2 = 6,
    Native = 7,
}

public enum ContractType
{
    Internship = 1,
    FixedTerm = 2,
    Permanent = 3,
    Apprenticeship = 4,
    AgencyWork = 5,
}

public enum WorkingHours
{
    FullTime = 1,
    PartTime = 2,
}

public enum Availability
{
    FullTime = 1,
    PartTime = 2,
    Any = 3,
}

/// <summary>Law 68/1999 category of a person.</summary>
public enum ProtectedCategory
{
    None = 0,
    Article1 = 1,
    Article18 = 18,
}

/// <summary>Who a position reserved for law 68/1999 may be offered to.</summary>
public enum Law68Reservation
{
    None = 0,
    Article1 = 1,
    Article18 = 18,
    Any = 99,
}
