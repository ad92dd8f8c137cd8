namespace AeI.Crm.Vacancies;

public enum Law68Reservation
{
    None = 0,
    Article1 = 1,
    Article18 = 18,
    Any = 99,
}
