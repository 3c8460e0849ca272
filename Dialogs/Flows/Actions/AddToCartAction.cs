using Majordome.Dialogs.Commerce;
using Majordome.Dialogs.Content;

namespace Majordome.Dialogs.Flows.Actions;

/// <summary>
/// <c>add-to-cart</c>: puts a catalog product in the customer's cart (the same cart the shop uses).
/// Arguments: <c>product</c> (a sku, or a product's name in either language) and <c>quantity</c> (1 by default).
/// Outputs: <c>sku</c>, <c>name</c> (in the customer's language) and <c>in_cart</c> (the units of it now in the cart).
/// </summary>
public sealed class AddToCartAction : IFlowAction
{
    /// <summary>The action's name in flow files.</summary>
    public const string ActionName = "add-to-cart";

    /// <summary>The largest quantity a flow may add in one step, so a typo cannot fill a cart with thousands.</summary>
    public const int MaxQuantity = 99;

    private readonly ICatalog _catalog;
    private readonly CartAccessor _carts;

    /// <summary>Creates the action.</summary>
    public AddToCartAction(ICatalog catalog, CartAccessor carts)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(carts);
        _catalog = catalog;
        _carts = carts;
    }

    /// <summary>The required arguments.</summary>
    public static IReadOnlyList<string> Required { get; } = ["product"];

    /// <summary>The optional arguments.</summary>
    public static IReadOnlyList<string> Optional { get; } = ["quantity"];

    /// <inheritdoc />
    public string Name => ActionName;

    /// <inheritdoc />
    public IReadOnlyList<string>? OptionalArguments => Optional;

    /// <inheritdoc />
    public IReadOnlyList<string> RequiredArguments => Required;

    /// <inheritdoc />
    public async Task<FlowActionResult> ExecuteAsync(FlowActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var product = Find(context.Text("product"));
        if (product is null)
        {
            return FlowActionResult.Failed("no product with this sku or name in the catalog");
        }

        var quantity = context.Arguments.ContainsKey("quantity") ? context.Number("quantity") : 1;
        if (quantity is not { } q || q != decimal.Truncate(q) || q < 1 || q > MaxQuantity)
        {
            return FlowActionResult.Failed($"the quantity must be a whole number from 1 to {MaxQuantity}");
        }

        var cart = await _carts.GetAsync(context.TurnContext, cancellationToken).ConfigureAwait(false);
        var total = cart.QuantityOf(product.Sku) + (int)q;
        if (total > product.Stock)
        {
            return FlowActionResult.Failed("not enough stock for this quantity");
        }

        cart.Add(product.Sku, (int)q);
        await _carts.SetAsync(context.TurnContext, cart, cancellationToken).ConfigureAwait(false);
        return FlowActionResult.Ok(new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["sku"] = product.Sku,
            ["name"] = product.Name.In(context.Language),
            ["in_cart"] = (decimal)total,
        });
    }

    private Product? Find(string? skuOrName)
    {
        if (skuOrName is null)
        {
            return null;
        }

        var wanted = FlowCatalog.Normalize(skuOrName);
        return _catalog.FindBySku(skuOrName)
            ?? _catalog.Products.FirstOrDefault(p => FlowCatalog.Normalize(p.Name.Fr) == wanted || FlowCatalog.Normalize(p.Name.En) == wanted);
    }
}
