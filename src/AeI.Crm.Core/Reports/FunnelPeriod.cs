namespace AeI.Crm.Reports;

/// <summary>
/// A report year as at a moment: dates from 1 January to 31 December, and activities up to now (a
/// visit planned for later counts once it has taken place).
/// </summary>
public sealed record FunnelPeriod(int Year, DateOnly From, DateOnly To, DateTime FromTime, DateTime ToTime)
{
    public static FunnelPeriod Of(int year, DateTime now)
    {
        var from = new DateOnly(year, 1, 1);
        var yearEnd = from.AddYears(1).ToDateTime(TimeOnly.MinValue);
        return new FunnelPeriod(year, from, new DateOnly(year, 12, 31), from.ToDateTime(TimeOnly.MinValue), now < yearEnd ? now.AddTicks(1) : yearEnd);
    }
}
