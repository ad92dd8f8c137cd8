using System.Security.Cryptography;
using System.Text;

namespace AeI.Crm.Importing;

/// <summary>
/// The key of a row: a hash of its kind and normalised values, so the same row read from the same
/// file or another (CSV or .xlsx, another column order) gets the same key.
/// </summary>
public static class RowKey
{
    public static string Of(ImportKind kind, params string?[] values)
    {
        var text = string.Join('\u001f', values.Select(v => Common.SearchText.Fold(v)).Prepend(((int)kind).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 16));
    }

    public static string FileFingerprint(byte[] content) => Convert.ToHexString(SHA256.HashData(content));
}
