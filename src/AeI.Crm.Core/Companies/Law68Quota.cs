namespace AeI.Crm.Companies;

/// <summary>
/// Compulsory hiring quota of law 68/1999 (art. 3 and art. 18), from the number of employees
/// counted for the quota. Fractions above one half count as a whole unit (DPR 333/2000, art. 5).
/// </summary>
public readonly record struct Law68Quota(int Article1, int Article18)
{
    public int Total => Article1 + Article18;

    public static Law68Quota For(int? employees)
    {
        return employees switch
        {
            null or < 15 => new Law68Quota(0, 0),
            <= 35 => new Law68Quota(1, 0),
            <= 50 => new Law68Quota(2, 0),
            <= 150 => new Law68Quota(Percent(employees.Value, 7), 1),
            _ => new Law68Quota(Percent(employees.Value, 7), Percent(employees.Value, 1)),
        };
    }

    private static int Percent(int employees, int percent)
    {
        var hundredths = employees * percent;
        var units = hundredths / 100;
        return hundredths % 100 > 50 ? units + 1 : units;
    }
}
