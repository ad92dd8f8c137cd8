namespace AeI.Crm.Vacancies;

public enum WorkingHours
{
    FullTime = 1,
    PartTime = 2,
}
