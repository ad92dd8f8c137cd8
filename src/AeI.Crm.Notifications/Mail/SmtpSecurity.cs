namespace AeI.Crm.Notifications.Mail;

public enum SmtpSecurity
{
    /// <summary>Plain SMTP: only for a relay on the same machine or network.</summary>
    None = 0,

    /// <summary>STARTTLS is required (port 587).</summary>
    StartTls = 1,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect = 2,
}
