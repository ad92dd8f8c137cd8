using PublicHoliday;

namespace AeI.Crm.Notifications.Scheduling;

/// <summary>
/// Days and hours as the group lives them: Italian working days (no weekends, no national public
/// holidays, Easter Monday included, from the PublicHoliday library) and the time in Rome, daylight
/// saving included.
/// </summary>
public static class ItalianCalendar
{
    private static readonly ItalyPublicHoliday Holidays = new();
    private static readonly Lock Gate = new();

    public static TimeZoneInfo Rome { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome");

    public static bool IsPublicHoliday(DateOnly day)
    {
        // The library caches a year's list in the instance: one caller at a time.
        lock (Gate)
        {
            return Holidays.IsPublicHoliday(day.ToDateTime(TimeOnly.MinValue));
        }
    }

    public static bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsPublicHoliday(day);

    /// <summary>The instant of <paramref name="time"/> on <paramref name="day"/> in Rome.</summary>
    public static DateTimeOffset At(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Rome.GetUtcOffset(local));
    }

    /// <summary>The day in Rome at <paramref name="instant"/>.</summary>
    public static DateOnly Today(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Rome).DateTime);

    /// <summary>The wall-clock time in Rome at <paramref name="instant"/>, as the app stores local times.</summary>
    public static DateTime LocalTime(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Rome).DateTime;
}
