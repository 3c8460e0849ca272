namespace Majordome.Dialogs.Commerce;

/// <summary>Why <see cref="QuantityRules"/> accepted or refused a quantity, so the dialog can answer precisely.</summary>
public enum QuantityReason
{
    /// <summary>Accepted; <see cref="QuantityCheck.Units"/> holds the quantity in selling units.</summary>
    Ok,

    /// <summary>Zero or less.</summary>
    NotPositive,

    /// <summary>Capsules counted one by one, not a multiple of a sleeve ("25 capsules"); the suggestions are the nearest whole sleeves that fit.</summary>
    NotAMultipleOfSleeve,

    /// <summary>With what the cart already holds, above the brand's maximum per line; the suggestion is what can still be added.</summary>
    AboveMaxPerLine,

    /// <summary>None left; <see cref="QuantityCheck.Alternatives"/> holds similar products in stock.</summary>
    OutOfStock,

    /// <summary>With what the cart already holds, more than the stock; the suggestion is what can still be added.</summary>
    NotEnoughStock,
}
