using AeI.Crm.Web.Exports;

namespace AeI.Crm.Web.Tests.Pages.Reports;

public sealed class SpreadsheetTextTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+39 02", "'+39 02")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("Rossi SpA", "Rossi SpA")]
    [InlineData("<5", "<5")]
    [InlineData("", "")]
    public void A_cell_that_a_spreadsheet_would_run_as_a_formula_is_neutralised(string value, string expected) =>
        Assert.Equal(expected, SpreadsheetText.Neutralise(value));
}
