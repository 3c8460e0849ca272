using Majordome.Dialogs.Content;

namespace Majordome.Tests.Dialogs.Content;

public sealed class BrandSettingsTests
{
    private static readonly BrandSettings Settings = new("Maison Tasse", "fr", "EUR", 4.90m, 45m, 20, 60, 8, 30);

    [Theory]
    [InlineData("0", "4.90")]
    [InlineData("44.99", "4.90")]
    [InlineData("45", "0")]
    [InlineData("120", "0")]
    public void DeliveryFeeFor_Subtotal_IsFreeFromTheThreshold(string subtotal, string fee)
    {
        Assert.Equal(decimal.Parse(fee, System.Globalization.CultureInfo.InvariantCulture),
            Settings.DeliveryFeeFor(decimal.Parse(subtotal, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
