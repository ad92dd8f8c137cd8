using AeI.Crm.Notifications.Scheduling;

namespace AeI.Crm.Web.Infrastructure;

public static class TodayExtensions
{
    /// <summary>Today's date where the cooperative works (Rome), whatever the server's own time zone.</summary>
    public static DateOnly Today(this TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return ItalianCalendar.Today(clock.GetUtcNow());
    }

    /// <summary>The wall-clock time in Rome: what users type in date-time fields and read on the pages.</summary>
    public static DateTime RomeNow(this TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return ItalianCalendar.LocalTime(clock.GetUtcNow());
    }
}
