using Majordome.Dialogs.Commerce;
using Majordome.Dialogs.Conversations;
using Majordome.Dialogs.Conversations.Purchase;
using Majordome.Dialogs.Engine;
using Majordome.Dialogs.Localization;

namespace Majordome.Dialogs.Anticipation.Reorder;

/// <summary>
/// "The same as last time": adds the customer's last order to the cart (what is still sold and in stock; what the cart
/// already held stays) and goes
/// straight to the checkout summary with that order's delivery and email, so one "yes" orders it again. Ends with the
/// checkout's result.
/// </summary>
public sealed class ReorderDialog : ComponentDialog
{
    private const string Steps = "ReorderSteps";

    private readonly ConversationServices _services;
    private readonly CartAccessor _carts;
    private readonly Localizer _localizer;

    /// <summary>Creates the dialog.</summary>
    public ReorderDialog(ConversationServices services, CartAccessor carts, Localizer? localizer = null)
        : base(nameof(ReorderDialog))
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(carts);
        _services = services;
        _carts = carts;
        _localizer = localizer ?? Localizer.Default;
        AddDialog(new WaterfallDialog(Steps, [FillCartStepAsync, EndStepAsync]));
        AddDialog(new CheckoutDialog(services, carts, _localizer));
    }

    private async Task<DialogTurnResult> FillCartStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var customer = CustomerKey.From(step.Context);
        var orders = await _services.Orders.ListOrdersAsync(customer, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (orders.FirstOrDefault(o => o.Status != OrderStatus.Cancelled) is not { } last)
        {
            await step.SayAsync(_localizer, "reorder.nothingYet", null, cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        // What the customer already put in the cart stays there: the last order is added to it, never swapped for it.
        var cart = await _carts.GetAsync(step.Context, cancellationToken).ConfigureAwait(false);
        var hadItems = !cart.IsEmpty;
        var missing = new List<string>();
        foreach (var line in last.Lines)
        {
            // The stock is read live: the catalog's figure is the one loaded at start-up. A line already in the cart
            // counts against both the stock and the per-line limit.
            var stock = _services.Catalog.FindBySku(line.Sku) is null ? 0 : await _services.Orders.GetStockAsync(line.Sku, cancellationToken).ConfigureAwait(false);
            var already = cart.QuantityOf(line.Sku);
            var quantity = Math.Max(0, Math.Min(line.Quantity, Math.Min(stock, _services.Settings.MaxQuantityPerLine) - already));
            if (quantity < line.Quantity)
            {
                missing.Add(_services.Catalog.FindBySku(line.Sku)?.Name.In(step.Language) ?? line.Name);
            }

            if (quantity > 0)
            {
                cart.Add(line.Sku, quantity);
            }
        }

        await _carts.SetAsync(step.Context, cart, cancellationToken).ConfigureAwait(false);
        if (cart.IsEmpty)
        {
            await step.SayAsync(_localizer, "reorder.nothingAvailable", null, cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        await step.SayAsync(_localizer, missing.Count == 0 ? "reorder.filled" : "reorder.filledExcept", new { names = string.Join(", ", missing) }, cancellationToken).ConfigureAwait(false);
        if (hadItems)
        {
            await step.SayAsync(_localizer, "reorder.keptCart", null, cancellationToken).ConfigureAwait(false);
        }

        return await step.BeginDialogAsync(nameof(CheckoutDialog), new CheckoutOptions(last.Delivery.Mode, last.Delivery, last.Email), cancellationToken).ConfigureAwait(false);
    }

    private static Task<DialogTurnResult> EndStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.EndDialogAsync(step.GetResult<string>(), cancellationToken);
}
