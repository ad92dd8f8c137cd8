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
public class ProfileModel(CrmDbContext db, CurrentUser me, MailOptions mail, TimeProvider clock, AeI.Crm.Web.Exports.AuditTrail audit) : PageModel
{
    /// <summary>How long a new access token may live, in days.</summary>
    public static IReadOnlyList<int> TokenLifetimes { get; } = [30, 90, 365];

    public IReadOnlyList<AccessToken> Tokens { get; private set; } = [];

    public DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    /// <summary>A token's secret, shown once, right after it is created.</summary>
    public string? NewToken { get; private set; }

    [BindProperty]
    public string? TokenName { get; set; }

    [BindProperty]
    public int TokenDays { get; set; } = 90;

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
        NewToken = TempData["NewToken"] as string;
        var mine = me.Id;
        Tokens = await db.AccessTokens.AsNoTracking().Where(t => t.UserId == mine).OrderByDescending(t => t.CreatedUtc).ToListAsync(ct);
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

    /// <summary>A personal access token for Excel or Power BI: its secret is shown once and kept only as a hash.</summary>
    public async Task<IActionResult> OnPostCreateTokenAsync(CancellationToken ct)
    {
        var name = TokenName?.Trim() ?? "";
        if (name.Length is 0 or > 80 || !TokenLifetimes.Contains(TokenDays))
        {
            TempData["Error"] = name.Length == 0
                ? "Dai un nome al token (per esempio «Excel ufficio»)."
                : name.Length > 80 ? "Il nome del token può avere al massimo 80 caratteri." : "Scegli una durata tra quelle proposte.";
            return RedirectToPage();
        }

        var (token, secret) = AccessToken.Create(me.Id, name, clock.GetUtcNow().UtcDateTime, TimeSpan.FromDays(TokenDays));
        db.AccessTokens.Add(token);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AeI.Crm.Audit.AuditActions.TokenCreated, "account/tokens", $"token={token.Id}; days={TokenDays}", ct);
        TempData["NewToken"] = secret;
        TempData["Message"] = "Token creato: copialo ora, non sarà più mostrato.";
        return RedirectToPage(null, null, "tokens");
    }

    public async Task<IActionResult> OnPostRevokeTokenAsync(int id, CancellationToken ct)
    {
        var mine = me.Id;
        var now = clock.GetUtcNow().UtcDateTime;
        var revoked = await db.AccessTokens.Where(t => t.Id == id && t.UserId == mine && t.RevokedUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedUtc, now), ct);
        if (revoked == 0)
        {
            TempData["Error"] = "Token non trovato o già revocato.";
            return RedirectToPage(null, null, "tokens");
        }

        await audit.RecordAsync(AeI.Crm.Audit.AuditActions.TokenRevoked, "account/tokens", $"token={id}", ct);
        TempData["Message"] = "Token revocato: non funziona più.";
        return RedirectToPage(null, null, "tokens");
    }
}
