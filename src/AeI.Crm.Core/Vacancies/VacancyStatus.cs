namespace AeI.Crm.Vacancies;

public enum VacancyStatus
{
    Open = 1,
    OnHold = 2,
    Filled = 3,
    Closed = 4,
}
