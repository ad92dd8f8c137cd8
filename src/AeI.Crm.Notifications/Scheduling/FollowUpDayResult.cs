using AeI.Crm.FollowUps.Rules;
using AeI.Crm.Notifications.Mail;

namespace AeI.Crm.Notifications.Scheduling;

/// <summary>What a day's run did: follow-ups created by each rule, digests queued, messages delivered.</summary>
public sealed record FollowUpDayResult(DateOnly Day, bool WorkingDay, bool MailEnabled, RuleRunResult Rules, int DigestsQueued, DeliveryResult Delivery);
