using System.Globalization;
using System.Text.RegularExpressions;

namespace AeI.Crm.Web.Tests.OData;

/// <summary>Reads a figure of a report table on /Reports: the cell's text, "&lt;5" and "n.d." included.</summary>
internal static class ReportPage
{
    public static string Text(string html, string table, string row, string column)
    {
        var tableHtml = Regex.Match(html, $"<table[^>]*data-table=\"{table}\".*?</table>", RegexOptions.Singleline).Value;
        Assert.False(string.IsNullOrEmpty(tableHtml), $"no table {table}");
        var rowHtml = Regex.Match(tableHtml, $"<tr data-row=\"{Regex.Escape(row)}\"[^>]*>.*?</tr>", RegexOptions.Singleline).Value;
        Assert.False(string.IsNullOrEmpty(rowHtml), $"no row {row} in {table}");
        var cell = Regex.Match(rowHtml, $"data-testid=\"{column}\">(?:<a [^>]*>)?([^<]+)<");
        Assert.True(cell.Success, $"no cell {column} in {table}/{row}");
        return System.Net.WebUtility.HtmlDecode(cell.Groups[1].Value);
    }

    public static int Cell(string html, string table, string row, string column) =>
        int.Parse(Text(html, table, row, column).Replace(".", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
}
