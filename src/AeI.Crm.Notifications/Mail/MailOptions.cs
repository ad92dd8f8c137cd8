using System.ComponentModel.DataAnnotations;
using MimeKit;

namespace AeI.Crm.Notifications.Mail;

/// <summary>
/// E-mail settings (<c>Mail:*</c>), read by the app and by the CLI. With no <c>Mail:Smtp:Host</c>
/// e-mail is off: the app runs, and the admin page says so.
/// </summary>
public sealed class MailOptions : IValidatableObject
{
    public const string Section = "Mail";

    /// <summary>The sender, e.g. <c>"Gruppo Aziende &lt;crm@example.org&gt;"</c>.</summary>
    public string? From { get; set; }

    /// <summary>The app's address as users reach it, for the links in e-mails and the calendar feed.</summary>
    public string AppUrl { get; set; } = "http://localhost:5080";

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>Tries of a message before it is marked failed (temporary failures only).</summary>
    [Range(1, 20)]
    public int MaxAttempts { get; set; } = 6;

    public bool Enabled => !string.IsNullOrWhiteSpace(Smtp.Host);

    public Uri AppUri => new(AppUrl.TrimEnd('/') + "/");

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Uri.TryCreate(AppUrl, UriKind.Absolute, out var app) || app.Scheme is not ("http" or "https"))
        {
            yield return new ValidationResult("Mail:AppUrl must be the app's absolute http(s) address, e.g. https://crm.example.org.", [nameof(AppUrl)]);
        }

        if (!Enabled)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(From) || !MailboxAddress.TryParse(From, out var from) || !from.Address.Contains('@', StringComparison.Ordinal))
        {
            yield return new ValidationResult("Mail:From must be a valid sender address when Mail:Smtp:Host is set.", [nameof(From)]);
        }

        if (Smtp.Port is < 1 or > 65535)
        {
            yield return new ValidationResult("Mail:Smtp:Port must be between 1 and 65535.", ["Smtp.Port"]);
        }

        if (!Enum.IsDefined(Smtp.Security))
        {
            yield return new ValidationResult("Mail:Smtp:Security must be None, StartTls or SslOnConnect.", ["Smtp.Security"]);
        }

        if (string.IsNullOrEmpty(Smtp.User) != string.IsNullOrEmpty(Smtp.Password))
        {
            yield return new ValidationResult("Mail:Smtp:User and Mail:Smtp:Password go together: set both or neither.", ["Smtp.User"]);
        }

        if (Smtp.TimeoutSeconds is < 1 or > 600)
        {
            yield return new ValidationResult("Mail:Smtp:TimeoutSeconds must be between 1 and 600.", ["Smtp.TimeoutSeconds"]);
        }
    }
}
