namespace AeI.Crm.Candidates;

public enum ProtectedCategory
{
    None = 0,
    Article1 = 1,
    Article18 = 18,
}
