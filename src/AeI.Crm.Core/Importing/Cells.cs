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

    /// <summary>Yes or no as spreadsheets write them; null for blank or anything else.</summary>
    public static bool? YesNo(string text) => SearchText.Fold(text) switch
    {
        "SI" or "S" or "X" or "1" or "VERO" or "TRUE" or "OK" or "YES" or "Y" => true,
        "NO" or "N" or "0" or "FALSO" or "FALSE" => false,
        _ => null,
    };
}
