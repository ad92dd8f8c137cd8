namespace AeI.Crm.Companies;

/// <summary>
/// Italian fiscal code: 11 digits for companies (same rule as the VAT number) or 16 characters
/// for people and sole traders, whose last letter is a check character.
/// </summary>
public static class CodiceFiscale
{
    private static readonly int[] OddValues =
    [
        1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
    ];

    // Omocodia replaces digits with these letters, in this order (0..9).
    private const string OmocodiaLetters = "LMNPQRSTUV";

    public static bool IsValid(string? value)
    {
        var code = Normalize(value);
        if (code is null)
        {
            return false;
        }

        if (code.Length == 11)
        {
            return PartitaIva.IsValid(code);
        }

        return code.Length == 16 && HasPersonShape(code) && ComputeCheckCharacter(code.AsSpan(0, 15)) == code[15];
    }

    public static string? Normalize(string? value) =>
        string.IsNullOrWhiteSpace(value)
            ? null
            : string.Concat(value.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    public static char ComputeCheckCharacter(ReadOnlySpan<char> firstFifteen)
    {
        var sum = 0;
        for (var i = 0; i < 15; i++)
        {
            var c = firstFifteen[i];
            var index = char.IsAsciiDigit(c) ? c - '0' : c - 'A';
            // Positions are counted from 1: odd positions use the odd table.
            sum += i % 2 == 0 ? OddValues[index] : index;
        }

        return (char)('A' + (sum % 26));
    }

    private static bool HasPersonShape(string code)
    {
        // Pattern: 6 letters, 2 digits, month letter, 2 digits, letter, 3 digits, check letter;
        // any digit position may carry an omocodia letter instead.
        int[] digitPositions = [6, 7, 9, 10, 12, 13, 14];
        for (var i = 0; i < 16; i++)
        {
            var c = code[i];
            if (Array.IndexOf(digitPositions, i) >= 0)
            {
                if (!char.IsAsciiDigit(c) && !OmocodiaLetters.Contains(c, StringComparison.Ordinal))
                {
                    return false;
                }
            }
            else if (!char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return "ABCDEHLMPRST".Contains(code[8], StringComparison.Ordinal);
    }
}
