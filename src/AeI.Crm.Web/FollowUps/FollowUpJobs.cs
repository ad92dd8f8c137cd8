using AeI.Crm.Notifications.Mail;
using AeI.Crm.Notifications.Scheduling;
using Microsoft.Extensions.Options;

namespace AeI.Crm.Web.FollowUps;

/// <summary>
/// What Hangfire runs. Jobs take ids or nothing, never entities, and re-read the database; each is
/// keyed there (follow-up keys, the message log), so a job run twice or by two workers changes
/// nothing the second time.
/// </summary>
public sealed class FollowUpJobs(FollowUpDay day, MailDelivery delivery, IOptions<FollowUpScheduleOptions> schedule, TimeProvider clock, ILogger<FollowUpJobs> log)
{
    public const string DailyJobId = "followups-daily";
    public const string DeliveryJobId = "mail-delivery";

    /// <summary>Today's rules, digests (working days) and a delivery pass, as at the daily moment.</summary>
    public async Task RunDailyAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = ItalianCalendar.Today(now);
        var moment = schedule.Value.DailyRunOn(today);
        var result = await day.RunAsync(today, now > moment ? now : moment, ct);
        log.LogInformation("Follow-ups of {Day}: {Created} created, {Digests} digests queued, {Sent} sent, {NotDelivered} not delivered",
            today, result.Rules.Created, result.DigestsQueued, result.Delivery.Sent, result.Delivery.NotDelivered);
    }

    /// <summary>Sends what is due (new messages, retries).</summary>
    public Task DeliverAsync(CancellationToken ct) => delivery.DeliverDueAsync(clock.GetUtcNow().UtcDateTime, ct);

    /// <summary>Sends one message now (an assignment notice), if it is still queued.</summary>
    public Task DeliverOneAsync(int messageId, CancellationToken ct) => delivery.DeliverDueAsync(clock.GetUtcNow().UtcDateTime, ct, messageId);
}
