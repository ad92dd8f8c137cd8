namespace AeI.Crm.Mail;

public enum MessageStatus
{
    /// <summary>Waiting for its first try, or for a retry after a temporary failure.</summary>
    Queued = 1,

    /// <summary>A sender claimed it and is talking to the SMTP server.</summary>
    Sending = 2,

    Sent = 3,

    /// <summary>Refused for good (5xx) or out of retries: not tried again.</summary>
    Failed = 4,

    /// <summary>
    /// The connection broke after the message's data was sent, or the sender stopped mid-send: the
    /// server may have delivered it. Never resent automatically; an administrator decides.
    /// </summary>
    Uncertain = 5,
}
