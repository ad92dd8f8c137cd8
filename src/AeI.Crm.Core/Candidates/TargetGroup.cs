namespace AeI.Crm.Candidates;

/// <summary>Vulnerability a person's path addresses. Special-category or judicial data.</summary>
public enum TargetGroup
{
    None = 0,
    Refugee = 1,
    Migrant = 2,
    ExDetainee = 3,
    Neet = 4,
    WomanLeavingViolence = 5,
    Disability = 6,
    LongTermUnemployed = 7,
}
