namespace AeI.Crm.Web.Infrastructure;

/// <summary>Lists typed in a form: one item per line or separated by commas or semicolons.</summary>
public static class TextLists
{
    public static List<string> Parse(string? text) =>
        (text ?? "")
            .Split(['\n', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(s => s.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    public static string Join(IEnumerable<string> items) => string.Join(", ", items);
}
