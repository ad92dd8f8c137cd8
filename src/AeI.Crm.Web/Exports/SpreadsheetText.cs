namespace AeI.Crm.Web.Exports;

/// <summary>
/// Text for a spreadsheet cell that a spreadsheet program will not run as a formula: a value starting
/// with =, +, -, @, a tab or a carriage return gets a leading apostrophe (OWASP "CSV injection").
/// </summary>
public static class SpreadsheetText
{
    public static string Neutralise(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        return value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
    }
}
