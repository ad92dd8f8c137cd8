namespace AeI.Crm.Companies;

public enum RelationshipStatus
{
    Prospect = 1,
    Contacted = 2,
    Visited = 3,
    ActivePartner = 4,
    Dormant = 5,
}
