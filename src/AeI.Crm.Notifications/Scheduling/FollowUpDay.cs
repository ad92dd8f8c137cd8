using AeI.Crm.FollowUps.Rules;
using AeI.Crm.Notifications.Digests;
using AeI.Crm.Notifications.Mail;
using AeI.Crm.Persistence;

namespace AeI.Crm.Notifications.Scheduling;

/// <summary>
/// A day's work, the same for the scheduler and for <c>followups-run</c>: the rules, then (on Italian
/// working days, with e-mail on) the digests of the day, then a delivery pass. Each step is keyed in
/// the database, so running a day twice, or in two processes at once, creates and sends nothing twice.
/// </summary>
public sealed class FollowUpDay(CrmDbContext db, FollowUpRules rules, MailOptions mail, MailDelivery delivery)
{
    /// <summary>Runs <paramref name="day"/> as at <paramref name="asAt"/> (the daily run's moment, 07:30 in Rome).</summary>
    public async Task<FollowUpDayResult> RunAsync(DateOnly day, DateTimeOffset asAt, CancellationToken ct)
    {
        var created = await rules.RunAsync(day, ItalianCalendar.LocalTime(asAt), ct);
        var working = ItalianCalendar.IsWorkingDay(day);
        var queued = working && mail.Enabled ? await new DigestPlanner(db, mail).QueueAsync(day, asAt.UtcDateTime, ct) : 0;
        var delivered = await delivery.DeliverDueAsync(asAt.UtcDateTime, ct);
        return new FollowUpDayResult(day, working, mail.Enabled, created, queued, delivered);
    }
}
