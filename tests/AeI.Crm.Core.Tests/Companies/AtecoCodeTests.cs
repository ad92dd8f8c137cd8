using AeI.Crm.Companies;

namespace AeI.Crm.Core.Tests.Companies;

public class AtecoCodeTests
{
    [Theory]
    [InlineData("56.10", 'I')]
    [InlineData("56.10.11", 'I')]
    [InlineData("01", 'A')]
    [InlineData("25.62", 'C')]
    [InlineData("52.10", 'H')]
    [InlineData("87.10", 'Q')]
    [InlineData("99.00", 'U')]
    public void Section_comes_from_the_division(string code, char section) => Assert.Equal(section, AtecoCode.SectionOf(code));

    [Theory]
    [InlineData("04.10")] // division 04 does not exist
    [InlineData("5610")]
    [InlineData("56.1000")]
    [InlineData("AB.10")]
    [InlineData("")]
    public void Malformed_or_unknown_codes_are_refused(string code) => Assert.False(AtecoCode.IsValid(code));
}
