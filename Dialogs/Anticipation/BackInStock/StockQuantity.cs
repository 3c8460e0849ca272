using System.Globalization;

namespace Majordome.Dialogs.Anticipation.BackInStock;

/// <summary>A stock level the brand sets: a whole number of units (sleeves for capsules) from 0 to <see cref="Max"/>.</summary>
public static class StockQuantity
{
    /// <summary>The largest stock accepted: more is a typing mistake, not a delivery.</summary>
    public const int Max = 1_000_000;

    /// <summary>What is accepted, for error messages.</summary>
    public static readonly string Rule = $"a whole number of units from 0 to {Max.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Whether <paramref name="quantity"/> is a stock level.</summary>
    public static bool IsValid(long quantity) => quantity is >= 0 and <= Max;

    /// <summary>The stock level <paramref name="text"/> writes (digits only), or null.</summary>
    public static int? Parse(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var quantity) && IsValid(quantity) ? quantity : null;
}
