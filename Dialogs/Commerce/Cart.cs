using Newtonsoft.Json;

namespace Majordome.Dialogs.Commerce;

/// <summary>
/// The customer's cart, kept in user state so it survives from one conversation to the next. Plain JSON on purpose
/// (public settable properties, no polymorphism): storage serializes it without type names. It holds skus and
/// quantities only; whether a quantity is allowed is <see cref="QuantityRules"/>' job, what it costs is
/// <see cref="CartPricing"/>'s.
/// </summary>
public sealed class Cart
{
    /// <summary>The lines in the order the products were first added; one line per sku (compared case-insensitively, as the catalog does).</summary>
    public List<CartLine> Lines { get; set; } = [];

    /// <summary>True when the cart holds nothing.</summary>
    [JsonIgnore]
    public bool IsEmpty => Lines.Count == 0;

    /// <summary>How many units of <paramref name="sku"/> the cart holds (0 when none).</summary>
    public int QuantityOf(string sku) => Find(sku)?.Quantity ?? 0;

    /// <summary>Adds <paramref name="quantity"/> units of <paramref name="sku"/>, to its existing line if there is one.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The quantity is not positive: use <see cref="SetQuantity"/> or <see cref="Remove"/> to lower it.</exception>
    public void Add(string sku, int quantity)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sku);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        if (Find(sku) is { } line)
        {
            line.Quantity = checked(line.Quantity + quantity);
        }
        else
        {
            Lines.Add(new CartLine { Sku = sku, Quantity = quantity });
        }
    }

    /// <summary>Sets the quantity of <paramref name="sku"/>, adding the line if needed; 0 removes the line.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The quantity is negative.</exception>
    public void SetQuantity(string sku, int quantity)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sku);
        ArgumentOutOfRangeException.ThrowIfNegative(quantity);
        if (quantity == 0)
        {
            Remove(sku);
        }
        else if (Find(sku) is { } line)
        {
            line.Quantity = quantity;
        }
        else
        {
            Lines.Add(new CartLine { Sku = sku, Quantity = quantity });
        }
    }

    /// <summary>Removes the line of <paramref name="sku"/>; false when the cart did not hold it.</summary>
    public bool Remove(string sku)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sku);
        return Lines.RemoveAll(l => SameSku(l.Sku, sku)) > 0;
    }

    /// <summary>Empties the cart, after an order is placed or when the customer asks.</summary>
    public void Clear() => Lines.Clear();

    private CartLine? Find(string sku) => Lines.Find(l => SameSku(l.Sku, sku));

    private static bool SameSku(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
