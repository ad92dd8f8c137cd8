namespace AeI.Crm.Web.Infrastructure;

public static class TodayExtensions
{
    /// <summary>Today's date where the cooperative works (server local time).</summary>
    public static DateOnly Today(this TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
    }
}
