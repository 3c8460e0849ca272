using Majordome.Dialogs.Choices;
using Majordome.Dialogs.Commerce;
using Majordome.Dialogs.Content;
using Majordome.Dialogs.Engine;
using Majordome.Dialogs.Localization;
using Majordome.Dialogs.Prompts;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Majordome.Dialogs.Conversations.Purchase;

/// <summary>
/// The shop's items steps: a typed message naming several products ("2 sleeves of cascade and a descaling kit"), or
/// words that fit several ("a cup pair"), put each item in the cart with its own quantity.
/// </summary>
public sealed partial class PurchaseDialog
{
    /// <summary>
    /// The items of a message: those named with a quantity the rules accept go in the cart together, said in one
    /// message; then the first item left (no quantity, refused, or words that fit several products) is asked about.
    /// </summary>
    private async Task<DialogTurnResult> AddSaidItemsStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var ask = step.GetOptions<ItemsAsk>() ?? new ItemsAsk([]);
        var pending = ask.Items.ToList();
        string? lastSku = null;
        if (!ask.Added)
        {
            var cart = await _carts.GetAsync(step.Context, cancellationToken).ConfigureAwait(false);
            var added = new List<(Product Product, int Units)>();
            foreach (var item in ask.Items)
            {
                if (item is not { Skus: [var sku], Quantity: { } quantity } || _services.Catalog.FindBySku(sku) is not { } product
                    || await _services.Orders.GetStockAsync(sku, cancellationToken).ConfigureAwait(false) == 0)
                {
                    continue;
                }

                var check = await CheckAsync(product, quantity, cart, QuantityChange.Add, cancellationToken).ConfigureAwait(false);
                if (check.IsOk)
                {
                    cart.Add(sku, check.Units);
                    added.Add((product, check.Units));
                    pending.Remove(item);
                    lastSku = sku;
                }
            }

            if (added.Count > 0)
            {
                await _carts.SetAsync(step.Context, cart, cancellationToken).ConfigureAwait(false);
                await SayAddedAsync(step, added, cancellationToken).ConfigureAwait(false);
            }
        }

        if (pending.Count == 0)
        {
            return await step.EndDialogAsync(lastSku is null ? null : new LineChanged(lastSku), cancellationToken).ConfigureAwait(false);
        }

        var next = pending[0];
        step.Values.Set(PendingKey, new ItemsAsk(pending.Skip(1).ToList(), Added: true));
        step.Values.Set("item", next);
        var candidates = next.Skus.Select(_services.Catalog.FindBySku).OfType<Product>().ToList();
        if (candidates.Count > 1)
        {
            // "a cup pair": the products it fits are shown and offered, rather than the categories.
            await ShowProductsAsync(step, candidates, cancellationToken).ConfigureAwait(false);
            step.Values.Set(ChoosingKey, true);
            return await step.PromptAsync(WhichPrompt, new PromptOptions
            {
                Prompt = MessageFactory.Text(_localizer.Get(step.Language, "shop.whichProduct")),
                Choices = candidates.Select(p => new Choice(p.Sku) { Action = new CardAction(ActionTypes.ImBack, p.Name.In(step.Language), value: p.Name.In(step.Language)), Synonyms = [.. Languages.All.Select(l => p.Name.In(l))] }).ToList(),
            }, cancellationToken).ConfigureAwait(false);
        }

        return candidates.Count == 1
            ? await step.BeginDialogAsync(QuantitySteps, new QuantityAsk(candidates[0].Sku, Requested: next.Quantity), cancellationToken).ConfigureAwait(false)
            : await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>After "which one?": the quantity of the product chosen (the one said, if any, is kept).</summary>
    private async Task<DialogTurnResult> QuantityOfChosenStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.Values.Get<bool>(ChoosingKey) && step.GetResult<FoundChoice>() is { Value.Length: > 0 } chosen
            ? await step.BeginDialogAsync(QuantitySteps, new QuantityAsk(chosen.Value, Requested: step.Values.Get<PurchaseItem>("item")?.Quantity), cancellationToken).ConfigureAwait(false)
            : await step.NextAsync(step.Result, cancellationToken).ConfigureAwait(false);

    /// <summary>On to the next item left, or back to the cart when none is.</summary>
    private async Task<DialogTurnResult> NextItemStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var rest = step.Values.Get<ItemsAsk>(PendingKey);
        return rest is { Items.Count: > 0 }
            ? await step.ReplaceDialogAsync(ItemsSteps, rest, cancellationToken).ConfigureAwait(false)
            : await step.EndDialogAsync(step.Result as LineChanged, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>"Added to your cart: 2 × Cascade, 1 × Descaling kit." in one message.</summary>
    private Task SayAddedAsync(DialogContext dc, IReadOnlyList<(Product Product, int Units)> added, CancellationToken cancellationToken)
    {
        var language = dc.Language;
        if (added is [var one])
        {
            return SayAsync(dc, "shop.added", new { quantity = one.Units, name = one.Product.Name.In(language) }, cancellationToken);
        }

        var items = string.Join(", ", added.Select(a => _localizer.GetPlain(language, "shop.addedItem", new { quantity = a.Units, name = a.Product.Name.In(language) })));
        return SayAsync(dc, "shop.addedSeveral", new { items }, cancellationToken);
    }
}
