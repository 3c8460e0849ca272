using Majordome.Dialogs.Recognition;

namespace Majordome.Tests.Dialogs.Recognition;

public class PhoneRecognizerTests
{
    [Theory]
    [InlineData("06 12 34 56 78")]
    [InlineData("06.12.34.56.78")]
    [InlineData("06-12-34-56-78")]
    [InlineData("0612345678")]
    [InlineData("+33 6 12 34 56 78")]
    [InlineData("+33612345678")]
    [InlineData("0033612345678")]
    [InlineData("00 33 6 12 34 56 78")]
    [InlineData("+33 (0)6 12 34 56 78")]
    [InlineData("+33 06 12 34 56 78")]
    [InlineData("mon numéro : 06 12 34 56 78, merci")]
    [InlineData("c'est le 06 12 34 56 78 ou le 06.12.34.56.78")]
    [InlineData("０６ １２ ３４ ５６ ７８")]
    public void Recognize_FrenchMobile_ReturnsE164(string text)
    {
        Assert.Equal("+33612345678", PhoneRecognizer.Recognize(text));
    }

    [Theory]
    [InlineData("01 23 45 67 89", "+33123456789")]
    [InlineData("09 87 65 43 21", "+33987654321")]
    [InlineData("+44 20 7946 0958", "+442079460958")]
    [InlineData("+1 415 555 2671", "+14155552671")]
    [InlineData("+1 (415) 555-2671", "+14155552671")]
    [InlineData("+32 470 12 34 56", "+32470123456")]
    [InlineData("+41 79 123 45 67", "+41791234567")]
    [InlineData("+49 30 1234567", "+49301234567")]
    [InlineData("call me on +44 20 7946 0958 please", "+442079460958")]
    public void Recognize_OtherNumber_ReturnsE164(string text, string expected)
    {
        Assert.Equal(expected, PhoneRecognizer.Recognize(text));
    }

    [Theory]
    [InlineData("(415) 555-2671", "US", "+14155552671")]
    [InlineData("020 7946 0958", "GB", "+442079460958")]
    [InlineData("0470 12 34 56", "BE", "+32470123456")]
    [InlineData("+33 6 12 34 56 78", "US", "+33612345678")]
    [InlineData("+33 6 12 34 56 78", "ZZ", "+33612345678")]
    public void Recognize_DefaultRegion_ReadsNationalNumbersOfThatCountry(string text, string region, string expected)
    {
        Assert.Equal(expected, PhoneRecognizer.Recognize(text, region));
    }

    [Theory]
    [InlineData("06 12 34 56")]
    [InlineData("06 12 34 56 78 9")]
    [InlineData("06 12 34 56 78 90")]
    [InlineData("6 12 34 56 78")]
    [InlineData("00 12 34 56 78")]
    [InlineData("12 34 56 78 90")]
    [InlineData("06 12 34 AB 78")]
    [InlineData("06l2345678")]
    [InlineData("0612345678abc")]
    [InlineData("+33 6 12 34 56")]
    [InlineData("+33 6 12 34 56 78 90")]
    [InlineData("+1234567")]
    [InlineData("+1234567890123456")]
    [InlineData("+0 123 456 789")]
    [InlineData("06 12 34 56 78 ou 07 98 76 54 32")]
    [InlineData("pour 4 personnes le 12.12.2026")]
    [InlineData("(415) 555-2671")]
    [InlineData("pas de téléphone")]
    public void Recognize_InvalidOrAmbiguous_ReturnsNull(string text)
    {
        Assert.Null(PhoneRecognizer.Recognize(text));
    }

    [Fact]
    public void Recognize_UnknownRegionNationalNumber_ReturnsNull()
    {
        Assert.Null(PhoneRecognizer.Recognize("06 12 34 56 78", "ZZ"));
    }

    [Theory]
    [MemberData(nameof(NaughtyStrings.All), MemberType = typeof(NaughtyStrings))]
    public void Recognize_NaughtyString_ReturnsNull(string? text)
    {
        Assert.Null(PhoneRecognizer.Recognize(text));
    }
}
