namespace AeI.Crm.Mail;

/// <summary>
/// One e-mail in the message log: written (queued) in the same transaction as what causes it, then
/// delivered by <c>MailDelivery</c>. Its <see cref="Key"/> is unique, so the digest of a user for a day,
/// or the notice of one assignment, exists once whatever runs twice.
/// </summary>
public class OutboundMessage
{
    public int Id { get; set; }

    /// <summary><c>digest:{userId}:{yyyy-MM-dd}</c>, <c>assigned:{followUpId}:{ownerId}:{ticks}</c>.</summary>
    public string Key { get; set; } = "";

    public MessageKind Kind { get; set; }

    public string? RecipientUserId { get; set; }

    public string ToAddress { get; set; } = "";

    public string Subject { get; set; } = "";

    public string HtmlBody { get; set; } = "";

    public string TextBody { get; set; } = "";

    /// <summary>The Message-ID header, fixed when queued so a resend after an uncertain outcome is recognisable.</summary>
    public string MessageId { get; set; } = "";

    public MessageStatus Status { get; set; } = MessageStatus.Queued;

    public int Attempts { get; set; }

    /// <summary>UTC; a queued message is not tried before.</summary>
    public DateTime NextAttemptUtc { get; set; }

    /// <summary>UTC; when a sender claimed it (status <see cref="MessageStatus.Sending"/>).</summary>
    public DateTime? ClaimedUtc { get; set; }

    public DateTime? SentUtc { get; set; }

    public string? LastError { get; set; }

    public DateTime CreatedUtc { get; set; }
}
