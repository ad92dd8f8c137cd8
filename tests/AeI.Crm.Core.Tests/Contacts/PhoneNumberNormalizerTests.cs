using AeI.Crm.Contacts;

namespace AeI.Crm.Core.Tests.Contacts;

public class PhoneNumberNormalizerTests
{
    [Theory]
    [InlineData("02 1234 5678", "+390212345678")]
    [InlineData("+39 333 123 4567", "+393331234567")]
    [InlineData("333-1234567", "+393331234567")]
    [InlineData("0039 02 12345678", "+390212345678")]
    [InlineData("+41 44 668 18 00", "+41446681800")]
    public void Numbers_are_normalised_to_E164(string input, string expected) => Assert.Equal(expected, PhoneNumberNormalizer.ToE164(input));

    [Theory]
    [InlineData("123")]
    [InlineData("telefono")]
    [InlineData("")]
    public void Invalid_numbers_give_null(string input) => Assert.Null(PhoneNumberNormalizer.ToE164(input));
}
