using AeI.Crm.Notifications.Mail;
using AeI.Crm.Persistence;
using AeI.Crm.Users;
using AeI.Crm.Web.FollowUps;
using AeI.Crm.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Pages.Account;

/// <summary>The user's own settings: which e-mails, and the private calendar feed.</summary>
public class ProfileModel(CrmDbContext db, CurrentUser me, MailOptions mail) : PageModel
{
    public string FullName { get; private set; } = "";

    public string? Email { get; private set; }

    public bool HasCalendar { get; private set; }

    public bool MailEnabled => mail.Enabled;

    /// <summary>Shown once, right after it is created.</summary>
    public string? NewFeedUrl { get; private set; }

    [BindProperty]
    public NotificationPreference Notifications { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == me.Id, ct);
        if (user is null)
        {
            return NotFound();
        }

        FullName = user.FullName;
        Email = user.Email;
        HasCalendar = user.CalendarTokenHash is not null;
        Notifications = user.Notifications;
        NewFeedUrl = TempData["FeedUrl"] as string;
        return Page();
    }

    public async Task<IActionResult> OnPostNotificationsAsync(CancellationToken ct)
    {
        if (!Enum.IsDefined(Notifications))
        {
            TempData["Error"] = "Scelta non valida.";
            return RedirectToPage();
        }

        var mine = me.Id;
        await db.Users.Where(u => u.Id == mine).ExecuteUpdateAsync(s => s.SetProperty(u => u.Notifications, Notifications), ct);
        TempData["Message"] = Notifications switch
        {
            NotificationPreference.None => "Non riceverai e-mail dal CRM.",
            NotificationPreference.DigestOnly => "Riceverai solo il riepilogo del mattino.",
            _ => "Riceverai il riepilogo del mattino e un'e-mail quando qualcuno ti assegna un'attività.",
        };
        return RedirectToPage();
    }

    /// <summary>A new feed address; any earlier one stops working.</summary>
    public async Task<IActionResult> OnPostCalendarAsync(CancellationToken ct)
    {
        var secret = CalendarFeed.NewSecret();
        var hash = CalendarFeed.Hash(secret);
        var mine = me.Id;
        await db.Users.Where(u => u.Id == mine).ExecuteUpdateAsync(s => s.SetProperty(u => u.CalendarTokenHash, hash), ct);
        TempData["FeedUrl"] = $"{Request.Scheme}://{Request.Host}/calendar/{secret}.ics";
        TempData["Message"] = "Nuovo indirizzo del calendario creato: copialo ora, non sarà più mostrato.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRevokeCalendarAsync(CancellationToken ct)
    {
        var mine = me.Id;
        await db.Users.Where(u => u.Id == mine).ExecuteUpdateAsync(s => s.SetProperty(u => u.CalendarTokenHash, (string?)null), ct);
        TempData["Message"] = "Calendario revocato: l'indirizzo non funziona più.";
        return RedirectToPage();
    }
}
