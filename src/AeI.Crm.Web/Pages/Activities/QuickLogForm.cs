namespace AeI.Crm.Web.Pages.Activities;

/// <summary>What the quick-log form shows: in the dialog (company and contacts filled in by script) or as its own page.</summary>
public sealed record QuickLogForm(int CompanyId, string CompanyName, IReadOnlyList<QuickModel.ContactOption> Contacts, ActivityInput Input, string? ReturnUrl, DateOnly Today, bool ShowConsentConfirm)
{
    public static QuickLogForm ForDialog(DateOnly today) => new(0, "", [], new ActivityInput(), null, today, false);
}
