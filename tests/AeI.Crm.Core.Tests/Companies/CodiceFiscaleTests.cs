using AeI.Crm.Companies;

namespace AeI.Crm.Core.Tests.Companies;

public class CodiceFiscaleTests
{
    [Theory]
    [InlineData("RSSMRA85T10A562S")] // the textbook Mario Rossi
    [InlineData("rssmra85t10a562s")]
    [InlineData("RSSMRA85T10A56NH")] // omocodia: last digit of the place code as a letter
    [InlineData("00743110157")] // companies use their 11-digit number
    public void Valid_codes_are_accepted(string value) => Assert.True(CodiceFiscale.IsValid(value));

    [Theory]
    [InlineData("RSSMRA85T10A562T")] // wrong check letter
    [InlineData("RSSMRA85Z10A562S")] // Z is no month
    [InlineData("RSSMRA85T10A562")] // 15 characters
    [InlineData("00743110158")]
    [InlineData("")]
    public void Invalid_codes_are_refused(string value) => Assert.False(CodiceFiscale.IsValid(value));
}
