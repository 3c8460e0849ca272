using Majordome.Dialogs.Commerce;

namespace Majordome.Tests.Dialogs.Commerce;

public sealed class FrenchPostalCodeTests
{
    [Theory]
    [InlineData("01000", true)]
    [InlineData("75011", true)]
    [InlineData("95000", true)]
    [InlineData("20000", true)]
    [InlineData("20290", true)]
    [InlineData("97100", true)]
    [InlineData("97133", true)]
    [InlineData("97400", true)]
    [InlineData("97600", true)]
    [InlineData("00100", false)]
    [InlineData("96000", false)]
    [InlineData("97000", false)]
    [InlineData("97700", false)]
    [InlineData("98000", false)]
    [InlineData("99999", false)]
    [InlineData("2A004", false)]
    [InlineData("7501", false)]
    [InlineData("750011", false)]
    [InlineData("７５０１１", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsValid_Code_AcceptsMetropolitanCorsicanAndOverseasDepartments(string? code, bool valid)
    {
        Assert.Equal(valid, FrenchPostalCode.IsValid(code));
    }
}
