using Majordome.Dialogs.Anticipation.BackInStock;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;

namespace Majordome.Dialogs.Flows;

/// <summary>
/// The notify-when step: the customer on the back-in-stock waiting list, through the shop's own signup, so the
/// restock tells them like any customer who tapped "Prévenez-moi". Nothing here ever reaches the customer as an
/// error: a product the catalog does not know, no waiting list kept, or a store that fails is logged, the customer
/// sees no confirmation (they are on no list) and the flow goes on.
/// </summary>
public sealed partial class FlowDialog
{
    private async Task NotifyWhenAsync(ITurnContext turn, NotifyWhenStep notify, FlowRun run, string language, CancellationToken cancellationToken)
    {
        string? said;
        try
        {
            said = await SignUpForRestockAsync(turn, notify, run, language, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Being told later is not worth the conversation the customer is having now: logged, and the flow goes on.
            LogNotifySkipped(_services.Logger, _flow.Id, notify.Id, "the stock or the waiting list failed: " + e.GetType().Name);
            return;
        }

        if (said is not null)
        {
            await turn.SendActivityAsync(MessageFactory.Text(said), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>What to tell the customer: the product is available, or they are on its list; null when they are on none.</summary>
    private async Task<string?> SignUpForRestockAsync(ITurnContext turn, NotifyWhenStep notify, FlowRun run, string language, CancellationToken cancellationToken)
    {
        // The sku is filled with the raw values: a choice's value is the sku, its title is only what the customer saw.
        var sku = FlowText.FillPlain(notify.BackInStock, run.Values(), language).Trim();
        if (sku.Length == 0 || _services.Catalog?.FindBySku(sku) is not { } product)
        {
            LogNotifySkipped(_services.Logger, _flow.Id, notify.Id, $"no product of the catalog has the sku \"{sku}\"");
            return null;
        }

        // The live stock, as the shop sells it: the catalog's number is only where it started.
        var name = product.Name.In(language);
        var inStock = _services.Stock is { } stock ? await stock.GetStockAsync(product.Sku, cancellationToken).ConfigureAwait(false) > 0 : product.InStock;
        if (inStock)
        {
            return _localizer.Get(language, "backInStock.availableNow", new { name });
        }

        if (_services.WaitingList is not { } waitingList)
        {
            LogNotifySkipped(_services.Logger, _flow.Id, notify.Id, "no waiting list is kept in this host");
            return null;
        }

        // The words shown are the consent kept with the entry: the marketer's when written, else the shop's.
        var said = notify.Say is null ? null : FlowText.Fill(notify.Say.In(language), _titles.ForDisplay(run.Values(), language), language);
        var wording = said ?? _localizer.Get(language, "backInStock.added", new { name });
        var added = await BackInStockSignup.AddAsync(turn, waitingList, product.Sku, wording, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return said ?? (added ? wording : _localizer.Get(language, "backInStock.already", new { name }));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Flow {FlowId}: the notify-when step {StepId} put nobody on the waiting list and the flow goes on: {Reason}")]
    private static partial void LogNotifySkipped(ILogger logger, string flowId, string stepId, string reason);
}
