using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace AeI.Crm.FollowUps.Rules;

/// <summary>Thresholds of the rules that create follow-ups (<c>FollowUps:Rules:*</c>).</summary>
public sealed class FollowUpRuleOptions : IValidatableObject
{
    public const string Section = "FollowUps:Rules";

    /// <summary>An active partner company with no contact for this many months: "ricontattare".</summary>
    [Range(1, 60)]
    public int DormantCompanyMonths { get; set; } = 6;

    /// <summary>An open position with no candidate this many days after it opened.</summary>
    [Range(1, 365)]
    public int IdleVacancyDays { get; set; } = 10;

    /// <summary>A proposal or CV waiting this many days for the company's answer.</summary>
    [Range(1, 120)]
    public int AwaitingAnswerDays { get; set; } = 7;

    /// <summary>An internship ending within this many days.</summary>
    [Range(1, 90)]
    public int InternshipEndingDays { get; set; } = 15;

    /// <summary>Days after a hire when the mediator checks the job is kept, comma-separated.</summary>
    [Required]
    public string RetentionCheckDays { get; set; } = "30,90,180";

    /// <summary>
    /// A dated event (a next step, a retention check) older than this many days is not turned into a
    /// follow-up: after a stop of the scheduler the missed days are caught up, but a first run on
    /// years of history does not bury the users in follow-ups about the past.
    /// </summary>
    [Range(0, 365)]
    public int CatchUpDays { get; set; } = 30;

    public IReadOnlyList<int> RetentionDays => ParseDays(RetentionCheckDays) ?? [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ParseDays(RetentionCheckDays) is null)
        {
            yield return new ValidationResult("RetentionCheckDays: write whole days between 1 and 3650, comma-separated (e.g. 30,90,180).", [nameof(RetentionCheckDays)]);
        }
    }

    private static int[]? ParseDays(string? text)
    {
        var parts = (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var days = new List<int>();
        foreach (var part in parts)
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var d) || d is < 1 or > 3650)
            {
                return null;
            }

            days.Add(d);
        }

        return days.Count == 0 ? null : [.. days.Distinct().Order()];
    }
}
