using AeI.Crm.Mail;
using AeI.Crm.Notifications.Mail;
using AeI.Crm.Persistence;
using AeI.Crm.Web.FollowUps;
using AeI.Crm.Web.Infrastructure;
using Hangfire;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Pages.Admin;

/// <summary>"Notifiche": whether e-mail is on, and the message log (sent, queued, failed, uncertain) with a resend for the last two.</summary>
[Authorize(Policy = Policies.Administer)]
public class NotificationsModel(CrmDbContext db, MailOptions mail, MailDelivery delivery, IBackgroundJobClient jobs) : PageModel
{
    public MailOptions Mail => mail;

    public IReadOnlyDictionary<MessageStatus, int> Counts { get; private set; } = new Dictionary<MessageStatus, int>();

    public IReadOnlyList<Row> Messages { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public MessageStatus? Status { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Counts = await db.OutboundMessages.GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var query = db.OutboundMessages.AsNoTracking();
        if (Status is { } status)
        {
            query = query.Where(m => m.Status == status);
        }

        Messages = await query.OrderByDescending(m => m.Id).Take(200)
            .Select(m => new Row(m.Id, m.CreatedUtc, m.Kind, m.ToAddress, m.Subject, m.Status, m.Attempts, m.SentUtc, m.NextAttemptUtc, m.LastError))
            .ToListAsync(ct);
    }

    /// <summary>Sends a failed or uncertain message again: the administrator checked it did not arrive.</summary>
    public async Task<IActionResult> OnPostRequeueAsync(int id, CancellationToken ct)
    {
        if (!await delivery.RequeueAsync(id, ct))
        {
            TempData["Error"] = "Si possono rimettere in coda solo i messaggi non riusciti o con esito incerto.";
            return RedirectToPage();
        }

        jobs.Enqueue<FollowUpJobs>(j => j.DeliverOneAsync(id, CancellationToken.None));
        TempData["Message"] = "Messaggio rimesso in coda.";
        return RedirectToPage();
    }

    public sealed record Row(int Id, DateTime CreatedUtc, MessageKind Kind, string To, string Subject, MessageStatus Status, int Attempts, DateTime? SentUtc, DateTime NextAttemptUtc, string? LastError);
}
