using AeI.Crm.Companies;

namespace AeI.Crm.Core.Tests.Companies;

public class PartitaIvaTests
{
    [Theory]
    [InlineData("00743110157")] // Pirelli & C. S.p.A.
    [InlineData("01114601006")]
    [InlineData("IT 00743110157")]
    [InlineData("007 4311 0157")]
    public void Valid_numbers_are_accepted(string value) => Assert.True(PartitaIva.IsValid(value));

    [Theory]
    [InlineData("00743110158")] // wrong check digit
    [InlineData("0074311015")] // 10 digits
    [InlineData("007431101577")] // 12 digits
    [InlineData("0074311015A")]
    [InlineData("00000000000")]
    [InlineData("")]
    [InlineData(null)]
    public void Invalid_numbers_are_refused(string? value) => Assert.False(PartitaIva.IsValid(value));

    [Fact]
    public void Check_digit_is_computed_from_the_first_ten_digits()
    {
        Assert.Equal(7, PartitaIva.ComputeCheckDigit("0074311015"));
        Assert.Equal(6, PartitaIva.ComputeCheckDigit("0111460100"));
    }
}
