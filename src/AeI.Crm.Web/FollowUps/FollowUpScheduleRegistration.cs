using AeI.Crm.Notifications.Scheduling;
using Hangfire;
using Microsoft.Extensions.Options;

namespace AeI.Crm.Web.FollowUps;

/// <summary>
/// At start-up: the recurring jobs under stable ids, and, when today's daily run is already past
/// (the app was down at 07:30), that run at once. The run is keyed in the database, so a day
/// already done adds and sends nothing.
/// </summary>
public sealed class FollowUpScheduleRegistration(IRecurringJobManager recurring, IBackgroundJobClient jobs, IOptions<FollowUpScheduleOptions> options, TimeProvider clock) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var schedule = options.Value;
        var rome = new RecurringJobOptions { TimeZone = ItalianCalendar.Rome };
        recurring.AddOrUpdate<FollowUpJobs>(FollowUpJobs.DailyJobId, j => j.RunDailyAsync(CancellationToken.None), schedule.DailyCron, rome);
        recurring.AddOrUpdate<FollowUpJobs>(FollowUpJobs.DeliveryJobId, j => j.DeliverAsync(CancellationToken.None), schedule.DeliveryCron, rome);
        var now = clock.GetUtcNow();
        if (now >= schedule.DailyRunOn(ItalianCalendar.Today(now)))
        {
            jobs.Enqueue<FollowUpJobs>(j => j.RunDailyAsync(CancellationToken.None));
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
