using System.Globalization;
using AeI.Crm.Mail;
using AeI.Crm.Notifications.Mail;
using AeI.Crm.Persistence;
using AeI.Crm.Users;
using Microsoft.EntityFrameworkCore;
using MimeKit.Utils;

namespace AeI.Crm.Notifications.Digests;

/// <summary>
/// Puts in the message log the digest of each user who has follow-ups overdue or due on a day and
/// wants digests. The log's key <c>digest:{user}:{day}</c> is unique and checked inside a write
/// transaction, so the digest of a user for a day is queued once, whatever runs twice or at once.
/// </summary>
public sealed class DigestPlanner(CrmDbContext db, MailOptions mail)
{
    public static string KeyFor(string userId, DateOnly day) => $"digest:{userId}:{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    /// <summary>Queues the day's digests; returns how many were new.</summary>
    public async Task<int> QueueAsync(DateOnly day, DateTime nowUtc, CancellationToken ct)
    {
        var users = await db.Users.AsNoTracking()
            .Where(u => u.IsActive && u.Email != null && u.Notifications != NotificationPreference.None)
            .Select(u => new { u.Id, u.Email, u.FullName })
            .ToListAsync(ct);
        var userIds = users.Select(u => u.Id).ToList();
        var items = (await db.FollowUps.AsNoTracking()
                .Where(f => f.CompletedAt == null && f.DueOn <= day && userIds.Contains(f.OwnerId))
                .OrderBy(f => f.DueOn).ThenBy(f => f.Id)
                .Select(f => new
                {
                    f.OwnerId,
                    Item = new DigestItem(
                        f.Id, f.DueOn, f.Subject, f.CompanyId, f.Company!.LegalName, f.VacancyId, f.Vacancy!.Title,
                        f.CandidateId ?? f.Placement!.CandidateId, f.PlacementId, null),
                    First = f.Candidate != null ? f.Candidate.FirstName : f.Placement!.Candidate!.FirstName,
                    Last = f.Candidate != null ? f.Candidate.LastName : f.Placement!.Candidate!.LastName,
                })
                .ToListAsync(ct))
            .ToLookup(r => r.OwnerId, r => r.First is null ? r.Item : r.Item with { PersonInitials = Initials.Of(r.First, r.Last ?? "") });

        var wanted = users.Where(u => items[u.Id].Any()).ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var keys = wanted.Select(u => KeyFor(u.Id, day)).ToList();
        var taken = (await db.OutboundMessages.Where(m => keys.Contains(m.Key)).Select(m => m.Key).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var queued = 0;
        foreach (var user in wanted)
        {
            var key = KeyFor(user.Id, day);
            if (taken.Contains(key))
            {
                continue;
            }

            var list = items[user.Id].ToList();
            var (html, text) = DigestMessage.Body(user.FullName, day, list, mail.AppUri);
            db.OutboundMessages.Add(new OutboundMessage
            {
                Key = key,
                Kind = MessageKind.Digest,
                RecipientUserId = user.Id,
                ToAddress = user.Email!,
                Subject = DigestMessage.Subject(day, list.Count, list.Count(i => i.DueOn < day)),
                HtmlBody = html,
                TextBody = text,
                MessageId = MimeUtils.GenerateMessageId(MailDomain(mail)),
                NextAttemptUtc = nowUtc,
                CreatedUtc = nowUtc,
            });
            queued++;
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return queued;
    }

    internal static string MailDomain(MailOptions mail) =>
        MimeKit.MailboxAddress.TryParse(mail.From ?? "", out var from) && from.Domain is { Length: > 0 } domain ? domain : "aei-crm.local";
}
