using System.Net.Mail;
using AeI.Crm.Common;

namespace AeI.Crm.Importing;

/// <summary>How every kind of import reads a cell: spaces, blanks, e-mail addresses, yes and no.</summary>
public static class Cells
{
    /// <summary>Spaces collapsed, line breaks and control characters removed (a name never spans lines).</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim();
    }

    public static string? Nullable(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length == 0 ? null : text;
    }

    public static bool IsEmail(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= 254 && MailAddress.TryCreate(text, out var address) && address.Address == text && address.Host.Contains('.', StringComparison.Ordinal);
    }

    /// <summary>An e-mail address in small letters, or null when the cell is blank; a wrong one adds an error.</summary>
    public static string? Email(string text, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(errors);
        var email = text.ToLowerInvariant();
        if (email.Length > 0 && !IsEmail(email))
        {
            errors.Add($"L'indirizzo e-mail «{email}» non è valido.");
            return null;
        }

        return Nullable(email);
    }

    /// <summary>A phone number as E.164, or null when the cell is blank; a wrong one adds an error.</summary>
    public static string? Phone(string text, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(errors);
        var phone = Contacts.PhoneNumberNormalizer.ToE164(text);
        if (text.Length > 0 && phone is null)
        {
            errors.Add($"Il numero di telefono «{text}» non è valido.");
        }

        return phone;
    }

    /// <summary>Yes or no as spreadsheets write them; null for blank or anything else.</summary>
    public static bool? YesNo(string text) => SearchText.Fold(text) switch
    {
        "SI" or "S" or "X" or "1" or "VERO" or "TRUE" or "OK" or "YES" or "Y" => true,
        "NO" or "N" or "0" or "FALSO" or "FALSE" => false,
        _ => null,
    };
}
