using System.ComponentModel.DataAnnotations;
using Cronos;

namespace AeI.Crm.Notifications.Scheduling;

/// <summary>When the follow-up jobs run (<c>FollowUps:Schedule:*</c>), as cron expressions in Rome's time.</summary>
public sealed class FollowUpScheduleOptions : IValidatableObject
{
    public const string Section = "FollowUps:Schedule";

    /// <summary>The rules, then the digests (on working days): every day at 07:30.</summary>
    [Required]
    public string DailyCron { get; set; } = "30 7 * * *";

    /// <summary>The pass that sends what is queued and retries temporary failures.</summary>
    [Required]
    public string DeliveryCron { get; set; } = "* * * * *";

    /// <summary>Whether the app runs the jobs itself (off for an instance that only serves pages).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The moment of the daily run on <paramref name="day"/> in Rome (07:30 by default).</summary>
    public DateTimeOffset DailyRunOn(DateOnly day)
    {
        var start = ItalianCalendar.At(day, TimeOnly.MinValue);
        var next = CronExpression.Parse(DailyCron).GetNextOccurrence(start, ItalianCalendar.Rome, inclusive: true);
        return next is { } at && ItalianCalendar.Today(at) == day ? at : ItalianCalendar.At(day, new TimeOnly(7, 30));
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, value) in new[] { (nameof(DailyCron), DailyCron), (nameof(DeliveryCron), DeliveryCron) })
        {
            string? error = null;
            try
            {
                CronExpression.Parse(value);
            }
            catch (CronFormatException e)
            {
                error = $"FollowUps:Schedule:{name} is not a cron expression ({e.Message}).";
            }

            if (error is not null)
            {
                yield return new ValidationResult(error, [name]);
            }
        }
    }
}
