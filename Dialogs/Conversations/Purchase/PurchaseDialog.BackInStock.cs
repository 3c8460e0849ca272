using Majordome.Dialogs.Anticipation.BackInStock;
using Majordome.Dialogs.Engine;
using Microsoft.Bot.Builder;

namespace Majordome.Dialogs.Conversations.Purchase;

/// <summary>
/// The shop's "Prévenez-moi": after a product is found sold out, the next screen says the offer and shows its button
/// first; the button, or the customer's own words, put them on the product's waiting list with the sentence they saw.
/// </summary>
public sealed partial class PurchaseDialog
{
    /// <summary>Offers to tell the customer when the product the view names is back; the sentence said is kept as the wording they accept.</summary>
    private async Task OfferToNotifyAsync(WaterfallStepContext step, PurchaseView view, CancellationToken cancellationToken)
    {
        if (view.NotifySku is not { } sku || _services.Anticipation?.WaitingList is null || _services.Catalog.FindBySku(sku) is not { } product)
        {
            return;
        }

        var wording = _localizer.Get(step.Language, "backInStock.offer", new { name = product.Name.In(step.Language) });
        step.Values.Set(OfferKey, new SoldOutOffer(sku, wording));
        await step.Context.SendActivityAsync(MessageFactory.Text(wording), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The customer accepted the offer: on the waiting list (once), told so, and back to the same screen without the offer.</summary>
    private async Task<DialogTurnResult> SignUpAsync(WaterfallStepContext step, PurchaseView view, SoldOutOffer offer, CancellationToken cancellationToken)
    {
        var anticipation = _services.Anticipation!;
        var name = _services.Catalog.FindBySku(offer.Sku)?.Name.In(step.Language) ?? offer.Sku;
        var wording = offer.Wording + " [" + _localizer.GetPlain(step.Language, "backInStock.notifyMe") + "]";
        var added = await BackInStockSignup.AddAsync(step.Context, anticipation.WaitingList!, offer.Sku, wording, anticipation.Time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        await SayAsync(step, added ? "backInStock.added" : "backInStock.already", new { name }, cancellationToken).ConfigureAwait(false);
        return await step.ReplaceDialogAsync(Steps, view with { NotifySku = null, Misses = 0 }, cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>The offer to tell the customer when a sold-out product is back, as it was said.</summary>
/// <param name="Sku">The product.</param>
/// <param name="Wording">The sentence the customer saw: stored with their entry on the waiting list.</param>
internal sealed record SoldOutOffer(string Sku, string Wording);
