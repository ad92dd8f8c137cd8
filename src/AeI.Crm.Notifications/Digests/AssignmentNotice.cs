using System.Globalization;
using System.Net;
using AeI.Crm.FollowUps;
using AeI.Crm.Mail;
using AeI.Crm.Notifications.Mail;
using AeI.Crm.Persistence;
using AeI.Crm.Users;
using Microsoft.EntityFrameworkCore;
using MimeKit.Utils;

namespace AeI.Crm.Notifications.Digests;

/// <summary>
/// The e-mail a user gets at once when someone else gives them a follow-up (if they want it). It is
/// added to the context with the reassignment, so both are saved in one transaction, or neither.
/// </summary>
public static class AssignmentNotice
{
    /// <summary>Adds the notice for <paramref name="followUp"/> (already given to its new owner); null when none is due.</summary>
    public static async Task<OutboundMessage?> AddAsync(CrmDbContext db, MailOptions mail, FollowUp followUp, string byUserId, DateTime nowUtc, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(mail);
        ArgumentNullException.ThrowIfNull(followUp);
        if (!mail.Enabled || followUp.OwnerId == byUserId)
        {
            return null;
        }

        var owner = await db.Users.AsNoTracking().Where(u => u.Id == followUp.OwnerId)
            .Select(u => new { u.Email, u.FullName, u.IsActive, u.Notifications }).SingleAsync(ct);
        if (!owner.IsActive || owner.Email is null || owner.Notifications != NotificationPreference.DigestAndImmediate)
        {
            return null;
        }

        var by = await db.Users.AsNoTracking().Where(u => u.Id == byUserId).Select(u => u.FullName).SingleAsync(ct);
        var item = await db.FollowUps.AsNoTracking().Where(f => f.Id == followUp.Id)
            .Select(f => new
            {
                Item = new DigestItem(f.Id, f.DueOn, f.Subject, f.CompanyId, f.Company!.LegalName, f.VacancyId, f.Vacancy!.Title, f.CandidateId ?? f.Placement!.CandidateId, f.PlacementId, null),
                First = f.Candidate != null ? f.Candidate.FirstName : f.Placement!.Candidate!.FirstName,
                Last = f.Candidate != null ? f.Candidate.LastName : f.Placement!.Candidate!.LastName,
            })
            .SingleAsync(ct);
        var digestItem = item.First is null ? item.Item : item.Item with { PersonInitials = Initials.Of(item.First, item.Last ?? "") };
        var about = DigestMessage.About(digestItem, mail.AppUri);
        var due = digestItem.DueOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        var html = $"<!DOCTYPE html><html lang=\"it\"><head><meta charset=\"utf-8\"><title>Nuova attività</title></head><body style=\"font-family:Arial,sans-serif;font-size:14px\">"
            + $"<p>Buongiorno {E(owner.FullName)},</p><p>{E(by)} ti ha assegnato un'attività da fare entro il {E(due)}:</p>"
            + $"<p><strong>{E(digestItem.Subject)}</strong></p><p>{string.Join(" · ", about.Select(a => $"<a href=\"{E(a.Link.AbsoluteUri)}\">{E(a.Label)}</a>"))}</p>"
            + $"<p><a href=\"{E(new Uri(mail.AppUri, "FollowUps").AbsoluteUri)}\">Apri Le mie attività</a></p></body></html>";
        var text = $"Buongiorno {owner.FullName},\n\n{by} ti ha assegnato un'attività da fare entro il {due}:\n\n{digestItem.Subject}\n"
            + string.Concat(about.Select(a => $"{a.Label}: {a.Link.AbsoluteUri}\n"))
            + $"\nLe mie attività: {new Uri(mail.AppUri, "FollowUps").AbsoluteUri}\n";
        var message = new OutboundMessage
        {
            Key = $"assigned:{followUp.Id}:{followUp.OwnerId}:{nowUtc.Ticks.ToString(CultureInfo.InvariantCulture)}",
            Kind = MessageKind.Assignment,
            RecipientUserId = followUp.OwnerId,
            ToAddress = owner.Email,
            Subject = $"Nuova attività da {by}: entro il {due}",
            HtmlBody = html,
            TextBody = text,
            MessageId = MimeUtils.GenerateMessageId(DigestPlanner.MailDomain(mail)),
            NextAttemptUtc = nowUtc,
            CreatedUtc = nowUtc,
        };
        db.OutboundMessages.Add(message);
        return message;
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
