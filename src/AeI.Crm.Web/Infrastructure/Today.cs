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
}
