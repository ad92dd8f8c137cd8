using System.Globalization;
using System.Text;

namespace AeI.Crm.Common;

/// <summary>Folds text for search: upper case, no accents, single spaces.</summary>
public static class SearchText
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var lastWasSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            // Control characters (a NUL pasted from a broken file) are never part of a name: they separate words.
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                if (!lastWasSpace)
                {
                    sb.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            lastWasSpace = false;
            sb.Append(char.ToUpperInvariant(c));
        }

        return sb.ToString().Trim();
    }

    /// <summary>The folded words of a query (at most eight), each to be found somewhere: word order does not matter.</summary>
    public static IReadOnlyList<string> Words(string? text) =>
        Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).Take(8).ToArray();
}
