using AeI.Crm.Notifications.Scheduling;

namespace AeI.Crm.Notifications.Tests.Scheduling;

public sealed class ItalianCalendarTests
{
    [Theory]
    [InlineData("2026-04-06")] // Pasquetta 2026
    [InlineData("2027-03-29")] // Pasquetta 2027
    [InlineData("2026-12-08")]
    [InlineData("2026-12-25")]
    [InlineData("2026-12-26")]
    [InlineData("2027-01-06")]
    [InlineData("2027-04-25")]
    [InlineData("2027-06-02")]
    [InlineData("2027-08-15")]
    public void Italian_public_holidays_are_not_working_days(string date) =>
        Assert.False(ItalianCalendar.IsWorkingDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2026-12-15")]
    [InlineData("2026-04-07")] // the Tuesday after Easter
    [InlineData("2027-03-30")]
    public void Ordinary_weekdays_are_working_days(string date) =>
        Assert.True(ItalianCalendar.IsWorkingDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void The_daily_run_is_at_seven_thirty_in_rome_in_winter_and_in_summer()
    {
        var schedule = new FollowUpScheduleOptions();
        // Summer time ends on 25 October 2026, begins on 28 March 2027.
        Assert.Equal(new DateTimeOffset(2026, 10, 24, 5, 30, 0, TimeSpan.Zero), schedule.DailyRunOn(new DateOnly(2026, 10, 24)).ToUniversalTime());
        Assert.Equal(new DateTimeOffset(2026, 10, 26, 6, 30, 0, TimeSpan.Zero), schedule.DailyRunOn(new DateOnly(2026, 10, 26)).ToUniversalTime());
        Assert.Equal(new DateTimeOffset(2027, 3, 27, 6, 30, 0, TimeSpan.Zero), schedule.DailyRunOn(new DateOnly(2027, 3, 27)).ToUniversalTime());
        Assert.Equal(new DateTimeOffset(2027, 3, 29, 5, 30, 0, TimeSpan.Zero), schedule.DailyRunOn(new DateOnly(2027, 3, 29)).ToUniversalTime());
    }

    [Fact]
    public void Late_in_the_evening_in_utc_it_is_already_tomorrow_in_rome()
    {
        Assert.Equal(new DateOnly(2026, 7, 2), ItalianCalendar.Today(new DateTimeOffset(2026, 7, 1, 22, 30, 0, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2026, 12, 1), ItalianCalendar.Today(new DateTimeOffset(2026, 12, 1, 22, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void A_schedule_that_is_not_cron_is_refused()
    {
        var schedule = new FollowUpScheduleOptions { DailyCron = "ogni mattina" };
        var results = schedule.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(schedule)).ToList();
        Assert.Contains(results, r => r.ErrorMessage!.Contains("DailyCron", StringComparison.Ordinal));
    }
}
