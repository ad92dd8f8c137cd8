namespace AeI.Crm.Companies;

/// <summary>Italian VAT number (partita IVA): 11 digits, the last a Luhn-style check digit.</summary>
public static class PartitaIva
{
    public static bool IsValid(string? value)
    {
        var digits = Normalize(value);
        if (digits is null || digits.Length != 11 || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        // All zeros passes the arithmetic but is never issued.
        return digits != "00000000000" && ComputeCheckDigit(digits.AsSpan(0, 10)) == digits[10] - '0';
    }

    /// <summary>Check digit for the first ten digits.</summary>
    public static int ComputeCheckDigit(ReadOnlySpan<char> firstTen)
    {
        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            var d = firstTen[i] - '0';
            if (i % 2 == 1)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
        }

        return (10 - (sum % 10)) % 10;
    }

    /// <summary>Strips spaces and an optional "IT" prefix; null for blank input.</summary>
    public static string? Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var compact = string.Concat(value.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        return compact.StartsWith("IT", StringComparison.Ordinal) ? compact[2..] : compact;
    }
}
