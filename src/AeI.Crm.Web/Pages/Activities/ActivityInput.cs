using System.ComponentModel.DataAnnotations;
using AeI.Crm.Activities;
using AeI.Crm.Persistence;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Pages.Activities;

/// <summary>
/// A call, e-mail or visit as an account manager logs it, from the company page or the quick log:
/// the same fields, the same rules and the same Italian messages everywhere.
/// </summary>
public sealed class ActivityInput
{
    public const int NotesLength = 4000;
    public const int NextStepLength = 300;

    [Required(ErrorMessage = "Scegli il tipo di attività.")]
    public ActivityType? Type { get; set; } = ActivityType.Call;

    [Required(ErrorMessage = "Indica quando.")]
    public DateTime? OccurredAt { get; set; }

    public int? ContactId { get; set; }

    /// <summary>Starts empty: a default would count every hurried log as positive.</summary>
    [Required(ErrorMessage = "Indica l'esito.")]
    public ActivityOutcome? Outcome { get; set; }

    [StringLength(NotesLength, ErrorMessage = "Le note possono avere al massimo 4000 caratteri.")]
    public string? Notes { get; set; }

    [StringLength(NextStepLength, ErrorMessage = "Il prossimo passo può avere al massimo 300 caratteri.")]
    public string? NextStep { get; set; }

    public DateOnly? NextStepOn { get; set; }

    /// <summary>The user confirmed logging with a contact who did not agree to be contacted.</summary>
    public bool ConfirmNoConsent { get; set; }

    /// <summary>A new form: now, to the minute.</summary>
    public static ActivityInput Fresh(DateTime now) =>
        new() { OccurredAt = new DateTime(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, DateTimeKind.Unspecified) };

    /// <summary>The rules beyond the attributes; errors go under <paramref name="prefix"/> ("Log", "Input").</summary>
    public async Task ValidateAsync(CrmDbContext db, int companyId, DateTime now, ModelStateDictionary errors, string prefix, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(errors);
        if (OccurredAt > now.AddYears(1))
        {
            errors.AddModelError($"{prefix}.OccurredAt", "Si può pianificare al massimo un anno avanti.");
        }

        if (OccurredAt < new DateTime(2000, 1, 1))
        {
            errors.AddModelError($"{prefix}.OccurredAt", "La data non è valida.");
        }

        if (!string.IsNullOrWhiteSpace(NextStep) && NextStepOn is null)
        {
            errors.AddModelError($"{prefix}.NextStepOn", "Indica la data del prossimo passo.");
        }

        if (string.IsNullOrWhiteSpace(NextStep) && NextStepOn is not null)
        {
            errors.AddModelError($"{prefix}.NextStep", "Scrivi qual è il prossimo passo.");
        }

        if (!string.IsNullOrWhiteSpace(NextStep) && NextStepOn is { } on && on < DateOnly.FromDateTime(now))
        {
            errors.AddModelError($"{prefix}.NextStepOn", "Il prossimo passo non può essere nel passato.");
        }

        if (ContactId is { } contactId)
        {
            var contact = await db.Contacts.AsNoTracking().Where(c => c.Id == contactId && c.CompanyId == companyId)
                .Select(c => new { c.FullName, c.ConsentToContact }).SingleOrDefaultAsync(ct);
            if (contact is null)
            {
                errors.AddModelError($"{prefix}.ContactId", "Il referente scelto non appartiene a questa azienda.");
            }
            else if (!contact.ConsentToContact && !ConfirmNoConsent)
            {
                errors.AddModelError($"{prefix}.ConfirmNoConsent", $"{contact.FullName} non ha dato il consenso a essere contattato: conferma per registrare comunque.");
            }
        }
    }

    public Activity ToActivity(int companyId, string userId) => new()
    {
        CompanyId = companyId,
        ContactId = ContactId,
        Type = Type!.Value,
        OccurredAt = OccurredAt!.Value,
        Outcome = Outcome!.Value,
        Notes = string.IsNullOrWhiteSpace(Notes) ? null : Notes.Trim(),
        NextStep = string.IsNullOrWhiteSpace(NextStep) ? null : NextStep.Trim(),
        NextStepOn = string.IsNullOrWhiteSpace(NextStep) ? null : NextStepOn,
        UserId = userId,
    };

    /// <summary>What the user reads once it is saved.</summary>
    public static string SavedMessage(Activity activity, DateTime now, string companyName)
    {
        ArgumentNullException.ThrowIfNull(activity);
        // "S.p.A." already ends the sentence.
        var end = companyName.EndsWith('.') ? "" : ".";
        return activity.OccurredAt > now
            ? $"Attività pianificata per il {activity.OccurredAt:dd/MM/yyyy} alle {activity.OccurredAt:HH:mm} ({companyName}): la trovi in Le mie attività e nel tuo calendario."
            : $"Attività registrata: {companyName}{end}";
    }
}
