using System.Globalization;
using Majordome.Cards.Localization;

namespace Majordome.Cards.Products;

/// <summary>The product phrases shared by the product card, the carousel and their text fallbacks.</summary>
internal static class ProductText
{
    /// <summary>At or below this many units, the card says "only N left" to nudge the customer.</summary>
    public const int LowStockThreshold = 5;

    /// <summary>The top of the intensity scale.</summary>
    public const int MaxIntensity = 13;

    public static string Stock(int quantity, string language) => quantity switch
    {
        <= 0 => CardLabels.Get(language, "product.outOfStock"),
        <= LowStockThreshold => CardLabels.Get(language, "product.lowStock", ("count", quantity)),
        _ => CardLabels.Get(language, "product.inStock"),
    };

    /// <summary>The Adaptive Card colour of the stock line.</summary>
    public static string StockColor(int quantity) => quantity switch
    {
        <= 0 => "Attention",
        <= LowStockThreshold => "Warning",
        _ => "Good",
    };

    /// <summary>"Intensité 9/13", or null for products without an intensity.</summary>
    public static string? Intensity(int? intensity, string language) => intensity is { } i
        ? $"{CardLabels.Get(language, "product.intensity")} {Math.Clamp(i, 1, MaxIntensity).ToString(CultureInfo.InvariantCulture)}/{MaxIntensity.ToString(CultureInfo.InvariantCulture)}"
        : null;

    /// <summary>A gauge such as "●●●●●●●●●○○○○" that reads at a glance on the card.</summary>
    public static string? Gauge(int? intensity) => intensity is { } i
        ? new string('●', Math.Clamp(i, 1, MaxIntensity)) + new string('○', MaxIntensity - Math.Clamp(i, 1, MaxIntensity))
        : null;
}
