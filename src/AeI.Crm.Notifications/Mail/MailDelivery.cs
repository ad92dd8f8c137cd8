using System.Net.Sockets;
using AeI.Crm.Mail;
using AeI.Crm.Persistence;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MimeKit;

namespace AeI.Crm.Notifications.Mail;

/// <summary>
/// Sends the queued messages of the log through MailKit, each at most once:
/// <list type="bullet">
/// <item>a sender claims a message with one conditional update (Queued → Sending); a second sender,
/// in this process or another, finds it taken and skips it;</item>
/// <item>a temporary failure (4xx, refused connection, timeout before the data was written) puts it
/// back in the queue with a growing delay, up to <see cref="MailOptions.MaxAttempts"/>;</item>
/// <item>a permanent refusal (5xx) marks it failed, not retried;</item>
/// <item>a connection lost after the whole message was written, or a claim older than a send can
/// take (the process stopped mid-send), marks it uncertain: never resent without an administrator.</item>
/// </list>
/// </summary>
public sealed class MailDelivery(CrmDbContext db, MailOptions mail, TimeProvider clock, ILogger<MailDelivery>? logger = null)
{
    private static readonly TimeSpan[] Backoff =
        [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), TimeSpan.FromHours(1), TimeSpan.FromHours(4)];

    private readonly ILogger _log = logger ?? NullLogger<MailDelivery>.Instance;

    /// <summary>A claim older than this was lost with its sender.</summary>
    public TimeSpan ClaimLifetime => TimeSpan.FromSeconds(mail.Smtp.TimeoutSeconds * 3 + 60);

    /// <summary>Sends every queued message due at <paramref name="dueUtc"/> (or only <paramref name="onlyId"/>).</summary>
    public async Task<DeliveryResult> DeliverDueAsync(DateTime dueUtc, CancellationToken ct, int? onlyId = null)
    {
        if (!mail.Enabled)
        {
            return DeliveryResult.None;
        }

        await MarkLostClaimsAsync(ct);
        var ids = await db.OutboundMessages.AsNoTracking()
            .Where(m => m.Status == MessageStatus.Queued && m.NextAttemptUtc <= dueUtc && (onlyId == null || m.Id == onlyId))
            .OrderBy(m => m.Id).Select(m => m.Id).ToListAsync(ct);
        int sent = 0, failed = 0, retrying = 0, uncertain = 0;
        SmtpClient? client = null;
        try
        {
            foreach (var id in ids)
            {
                var claimedAt = clock.GetUtcNow().UtcDateTime;
                var claimed = await db.OutboundMessages
                    .Where(m => m.Id == id && m.Status == MessageStatus.Queued)
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, MessageStatus.Sending).SetProperty(m => m.ClaimedUtc, claimedAt).SetProperty(m => m.Attempts, m => m.Attempts + 1), ct);
                if (claimed == 0)
                {
                    continue;
                }

                var message = await db.OutboundMessages.AsNoTracking().SingleAsync(m => m.Id == id, ct);
                var progress = new DataProgress();
                try
                {
                    client ??= await ConnectAsync(ct);
                    await client.SendAsync(ToMime(message), ct, progress);
                    await SetAsync(id, MessageStatus.Sent, null, null, ct);
                    sent++;
                }
                catch (SmtpCommandException e) when ((int)e.StatusCode >= 500)
                {
                    await SetAsync(id, MessageStatus.Failed, $"Rifiutato dal server ({(int)e.StatusCode}): {e.Message}", null, ct);
                    failed++;
                }
                catch (SmtpCommandException e)
                {
                    // 4xx: the server refused for now; it did not take the message.
                    if (await RetryOrFailAsync(message, dueUtc, $"Rifiuto temporaneo ({(int)e.StatusCode}): {e.Message}", ct))
                    {
                        retrying++;
                    }
                    else
                    {
                        failed++;
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
                {
                    if (progress.AllDataWritten)
                    {
                        await SetAsync(id, MessageStatus.Uncertain, $"Connessione persa dopo l'invio del messaggio: il server potrebbe averlo accettato. ({e.GetType().Name}: {e.Message})", null, ct);
                        uncertain++;
                    }
                    else if (await RetryOrFailAsync(message, dueUtc, Describe(e), ct))
                    {
                        retrying++;
                    }
                    else
                    {
                        failed++;
                    }

                    // The connection is gone or unusable: the other messages wait for the next pass.
                    client?.Dispose();
                    client = null;
                    if (e is SocketException or AuthenticationException or SslHandshakeException or TimeoutException or IOException or ServiceNotConnectedException or SmtpProtocolException)
                    {
                        break;
                    }
                }
            }
        }
        finally
        {
            if (client is not null)
            {
                try
                {
                    await client.DisconnectAsync(true, CancellationToken.None);
                }
                catch (Exception e) when (e is IOException or SocketException or MailKit.ServiceNotConnectedException or SmtpProtocolException)
                {
                    _log.LogDebug(e, "SMTP disconnect failed after delivery");
                }

                client.Dispose();
            }
        }

        if (sent + failed + retrying + uncertain > 0)
        {
            _log.LogInformation("Mail delivery: {Sent} sent, {Failed} failed, {Retrying} to retry, {Uncertain} uncertain", sent, failed, retrying, uncertain);
        }

        return new DeliveryResult(sent, failed, retrying, uncertain);
    }

    /// <summary>Puts a failed or uncertain message back in the queue (an administrator's decision).</summary>
    public async Task<bool> RequeueAsync(int id, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.OutboundMessages
            .Where(m => m.Id == id && (m.Status == MessageStatus.Failed || m.Status == MessageStatus.Uncertain))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, MessageStatus.Queued).SetProperty(m => m.NextAttemptUtc, now).SetProperty(m => m.Attempts, 0), ct) == 1;
    }

    /// <summary>A message left in Sending longer than a send can last: its sender stopped; whether it went out is unknown.</summary>
    private async Task<int> MarkLostClaimsAsync(CancellationToken ct)
    {
        var before = clock.GetUtcNow().UtcDateTime - ClaimLifetime;
        return await db.OutboundMessages
            .Where(m => m.Status == MessageStatus.Sending && m.ClaimedUtc < before)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, MessageStatus.Uncertain).SetProperty(m => m.LastError, "Invio interrotto (processo fermato durante l'invio): esito non noto, nessun nuovo invio automatico."), ct);
    }

    private async Task<bool> RetryOrFailAsync(OutboundMessage message, DateTime dueUtc, string error, CancellationToken ct)
    {
        var attempts = message.Attempts;
        if (attempts >= mail.MaxAttempts)
        {
            await SetAsync(message.Id, MessageStatus.Failed, $"{error} (tentativi esauriti: {attempts})", null, ct);
            return false;
        }

        var delay = Backoff[Math.Min(attempts - 1, Backoff.Length - 1)];
        var next = (dueUtc > clock.GetUtcNow().UtcDateTime ? dueUtc : clock.GetUtcNow().UtcDateTime) + delay;
        await SetAsync(message.Id, MessageStatus.Queued, error, next, ct);
        return true;
    }

    private Task<int> SetAsync(int id, MessageStatus status, string? error, DateTime? nextAttemptUtc, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        error = error is { Length: > 1000 } ? error[..1000] : error;
        // Only the claim's holder moves a message out of Sending.
        return db.OutboundMessages.Where(m => m.Id == id && m.Status == MessageStatus.Sending).ExecuteUpdateAsync(
            s => s.SetProperty(m => m.Status, status)
                .SetProperty(m => m.LastError, error)
                .SetProperty(m => m.SentUtc, m => status == MessageStatus.Sent ? now : m.SentUtc)
                .SetProperty(m => m.NextAttemptUtc, m => nextAttemptUtc ?? m.NextAttemptUtc),
            CancellationToken.None);
    }

    private async Task<SmtpClient> ConnectAsync(CancellationToken ct)
    {
        var client = new SmtpClient { Timeout = mail.Smtp.TimeoutSeconds * 1000 };
        try
        {
            var security = mail.Smtp.Security switch
            {
                SmtpSecurity.None => SecureSocketOptions.None,
                SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
                _ => SecureSocketOptions.StartTls,
            };
            await client.ConnectAsync(mail.Smtp.Host!, mail.Smtp.Port, security, ct);
            if (!string.IsNullOrEmpty(mail.Smtp.User))
            {
                await client.AuthenticateAsync(mail.Smtp.User, mail.Smtp.Password ?? "", ct);
            }

            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private MimeMessage ToMime(OutboundMessage m)
    {
        var message = new MimeMessage { Subject = m.Subject, MessageId = m.MessageId };
        message.From.Add(MailboxAddress.Parse(mail.From!));
        message.To.Add(MailboxAddress.Parse(m.ToAddress));
        message.Date = m.CreatedUtc;
        message.Headers.Add("Auto-Submitted", "auto-generated");
        var body = new BodyBuilder { TextBody = m.TextBody, HtmlBody = m.HtmlBody };
        message.Body = body.ToMessageBody();
        return message;
    }

    private static string Describe(Exception e) => e switch
    {
        SocketException s => $"Server SMTP non raggiungibile ({s.SocketErrorCode})",
        AuthenticationException => "Autenticazione SMTP rifiutata: controllare Mail:Smtp:User e Mail:Smtp:Password",
        SslHandshakeException => "Connessione TLS non riuscita con il server SMTP",
        TimeoutException or OperationCanceledException => "Tempo scaduto parlando con il server SMTP",
        _ => $"{e.GetType().Name}: {e.Message}",
    };
}
