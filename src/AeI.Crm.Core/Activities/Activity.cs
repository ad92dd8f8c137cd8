using AeI.Crm.Companies;
using AeI.Crm.Contacts;
using AeI.Crm.Users;

namespace AeI.Crm.Activities;

/// <summary>A contact with a company: call, e-mail, video call, visit on site or event.</summary>
public class Activity
{
    public int Id { get; set; }

    public int CompanyId { get; set; }

    public Company? Company { get; set; }

    public int? ContactId { get; set; }

    public Contact? Contact { get; set; }

    public ActivityType Type { get; set; }

    /// <summary>Local time in Italy.</summary>
    public DateTime OccurredAt { get; set; }

    public string UserId { get; set; } = "";

    public CrmUser? User { get; set; }

    public ActivityOutcome Outcome { get; set; }

    public string? Notes { get; set; }

    public string? NextStep { get; set; }

    public DateOnly? NextStepOn { get; set; }

    /// <summary>When its author last changed it: the company's history says so.</summary>
    public DateTime? EditedAt { get; set; }

    /// <summary>
    /// When its author removed it. A removed activity stays in the company's history, marked, and
    /// counts nowhere else (a global query filter hides it; the history asks for it explicitly).
    /// </summary>
    public DateTime? RemovedAt { get; set; }

    /// <summary>The import that brought it in from a file (the history shows which file, who, when).</summary>
    public int? ImportRunId { get; set; }
}
