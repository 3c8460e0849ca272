using System.Globalization;
using CardLine = Majordome.Cards.Orders.OrderLine;
using Majordome.Cards.Localization;
using Majordome.Cards.Orders;
using Majordome.Dialogs.Anticipation;
using Majordome.Dialogs.Anticipation.Reorder;
using Majordome.Dialogs.Channels;
using Majordome.Dialogs.Choices;
using Majordome.Dialogs.Commerce;
using Majordome.Dialogs.Engine;
using Majordome.Dialogs.Localization;
using Majordome.Dialogs.Prompts;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Majordome.Dialogs.Conversations.Purchase;

/// <summary>
/// Checkout: home delivery to a validated French address or pick-up at a boutique, an email, a summary with the
/// totals and how payment works (at pick-up or on delivery: Majordome never asks for card details), an explicit
/// confirmation, then the order is saved with its prices frozen and the stock taken in one transaction, and the
/// receipt is shown. Ends with <see cref="OrderPlaced"/> when an order was placed.
/// </summary>
public sealed class CheckoutDialog : ComponentDialog
{
    /// <summary>The longest delivery address taken: a French address with a building and a floor fits well within it.</summary>
    public const int MaxAddressLength = 200;

    /// <summary>The result when the order was placed.</summary>
    public const string OrderPlaced = "orderPlaced";

    private const string Steps = "CheckoutSteps";
    private const string ModePrompt = "CheckoutMode";
    private const string AddressPrompt = "CheckoutAddress";
    private const string BoutiquePrompt = "CheckoutBoutique";
    private const string EmailPrompt = "CheckoutEmail";
    private const string ConfirmPrompt = "CheckoutConfirm";
    private const string OptInPrompt = "CheckoutReorderOptIn";
    private const string PrefilledEmail = "prefilledEmail";

    private readonly ConversationServices _services;
    private readonly CartAccessor _carts;
    private readonly Localizer _localizer;

    /// <summary>Creates the dialog.</summary>
    public CheckoutDialog(ConversationServices services, CartAccessor carts, Localizer? localizer = null)
        : base(nameof(CheckoutDialog))
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(carts);
        _services = services;
        _carts = carts;
        _localizer = localizer ?? Localizer.Default;
        AddDialog(new WaterfallDialog(Steps, [ModeStepAsync, WhereStepAsync, EmailStepAsync, SummaryStepAsync, PlaceStepAsync, OptInStepAsync]));
        AddDialog(new DeliveryModePrompt(ModePrompt, _localizer));
        // A complete address is the answer whatever the classifier reads in it ("avenue Foch" is no question), and a
        // question ("how long does delivery take?") is no address: it is answered, then the address asked again.
        AddDialog(new TextPrompt(AddressPrompt, ValidateAddressAsync, _localizer, MaxAddressLength, questionsAreAnswers: false, isClearAnswer: text => FrenchAddressParser.Parse(text).IsOk));
        AddDialog(new BoutiqueChoicePrompt(BoutiquePrompt, _services.Boutiques, localizer: _localizer));
        AddDialog(new Prompts.EmailPrompt(EmailPrompt, localizer: _localizer));
        AddDialog(new Prompts.ConfirmPrompt(ConfirmPrompt, localizer: _localizer));
        AddDialog(new Prompts.ConfirmPrompt(OptInPrompt, localizer: _localizer));
    }

    private async Task<DialogTurnResult> ModeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        // "The same as last time": that order's delivery and email, straight to the summary.
        if (step.GetOptions<CheckoutOptions>() is { Delivery: { } known, Email: { } email })
        {
            step.Values.Set("mode", known.Mode);
            step.Values.Set("delivery", known);
            step.Values.Set(PrefilledEmail, email);
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        // "Retrait en boutique" typed on a shop screen: the mode is chosen already.
        if (step.GetOptions<CheckoutOptions>()?.Mode is { } chosen)
        {
            return await step.NextAsync(new FoundChoice(chosen.ToString(), chosen == DeliveryMode.Home ? 0 : 1, 1), cancellationToken).ConfigureAwait(false);
        }

        var language = step.Language;
        return await step.PromptAsync(ModePrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(_localizer.Get(language, "checkout.mode")),
            Choices =
            [
                new Choice(nameof(DeliveryMode.Home), "domicile", "livraison", "home", "delivery", "deliver") { Action = Button(_localizer.Get(language, "checkout.home")) },
                new Choice(nameof(DeliveryMode.PickUp), "retrait", "boutique", "pick up", "pickup", "collect") { Action = Button(_localizer.Get(language, "checkout.pickUp")) },
            ],
        }, cancellationToken).ConfigureAwait(false);
    }

    private Task<DialogTurnResult> WhereStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Values.ContainsKey(PrefilledEmail))
        {
            return step.NextAsync(null, cancellationToken);
        }

        var language = step.Language;
        var mode = Enum.Parse<DeliveryMode>(step.GetResult<FoundChoice>()!.Value);
        step.Values.Set("mode", mode);
        if (mode == DeliveryMode.Home)
        {
            return step.PromptAsync(AddressPrompt, new PromptOptions { Prompt = MessageFactory.Text(_localizer.Get(language, "checkout.address")) }, cancellationToken);
        }

        return step.PromptAsync(BoutiquePrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(_localizer.Get(language, "checkout.boutique")),
            // Buttons show the city: boutique names are longer than the 20 characters quick replies allow.
            Choices = _services.Boutiques.Boutiques.Select(b => new Choice(b.Id, b.Name) { Action = Button(b.Address.City) }).ToList(),
        }, cancellationToken);
    }

    private Task<DialogTurnResult> EmailStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Values.ContainsKey(PrefilledEmail))
        {
            return step.NextAsync(step.Values.Get<string>(PrefilledEmail), cancellationToken);
        }

        var mode = step.Values.Get<DeliveryMode>("mode");
        var delivery = mode == DeliveryMode.Home
            ? Deliveries.Home(FrenchAddressParser.Parse(step.GetResult<string>()).Address!)
            : Deliveries.PickUp(step.GetResult<FoundChoice>()!.Value);
        step.Values.Set("delivery", delivery);
        return step.PromptAsync(EmailPrompt, new PromptOptions { Prompt = MessageFactory.Text(_localizer.Get(step.Language, "checkout.email")) }, cancellationToken);
    }

    private async Task<DialogTurnResult> SummaryStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var language = step.Language;
        step.Values.Set("email", step.GetResult<string>());
        var delivery = step.Values.Get<Delivery>("delivery")!;
        var priced = CartPricing.Price(await _carts.GetAsync(step.Context, cancellationToken).ConfigureAwait(false), _services.Catalog, _services.Settings, delivery.Mode);
        // A summary: the cart's buttons would answer "shall I place the order?" with "please answer yes or no".
        var data = CartMessages.ToCardData(priced, language, editable: false);
        await step.Context.SendActivityAsync(CardMessage.Create(step.Context.Channel(), CartCard.Create(data, language), CartCard.ToText(data, language)), cancellationToken).ConfigureAwait(false);
        var summary = _localizer.Get(language, delivery.Mode == DeliveryMode.Home ? "checkout.summaryHome" : "checkout.summaryPickUp", new
        {
            total = CardFormat.Euros(priced.Total, language),
            where = Destination(delivery),
            email = step.Values.Get<string>("email"),
        });
        ConfirmationOperation.Begin(step);
        return await step.PromptAsync(ConfirmPrompt, new PromptOptions { Prompt = MessageFactory.Text(summary) }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> PlaceStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var language = step.Language;
        if (!step.GetResult<bool>())
        {
            await SayAsync(step, "checkout.notPlaced", null, cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var delivery = step.Values.Get<Delivery>("delivery")!;
        var cart = await _carts.GetAsync(step.Context, cancellationToken).ConfigureAwait(false);
        var priced = CartPricing.Price(cart, _services.Catalog, _services.Settings, delivery.Mode);
        var request = OrderRequestBuilder.Build(CustomerKey.From(step.Context), language, priced, delivery, step.Values.Get<string>("email")!, _services.Payments.MethodFor(delivery.Mode), ConfirmationOperation.Current(step));
        switch (await _services.Orders.PlaceOrderAsync(request, cancellationToken).ConfigureAwait(false))
        {
            case PlaceOrderResult.Placed placed:
                return await ReceiptAsync(step, cart, placed.Order, "checkout.placed", cancellationToken).ConfigureAwait(false);
            case PlaceOrderResult.AlreadyPlaced already:
                // This "yes" was already answered with an order whose reply the customer may never have seen (the bot
                // died before saving the conversation, so the cart is still full): show that order and empty the cart.
                return await ReceiptAsync(step, cart, already.Order, "checkout.alreadyPlaced", cancellationToken).ConfigureAwait(false);
            case PlaceOrderResult.OutOfStock short_:
                var name = _services.Catalog.FindBySku(short_.Sku)?.Name.In(language) ?? short_.Sku;
                await SayAsync(step, "checkout.outOfStock", new { name, available = short_.Available }, cancellationToken).ConfigureAwait(false);
                if (short_.Available == 0)
                {
                    // The shop's next screen offers to tell the customer when it is back.
                    Anticipation.BackInStock.BackInStockOffer.Remember(step.Context, _services.Anticipation, short_.Sku);
                }

                return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
            default:
                return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Empties the cart, shows the order's receipt, says <paramref name="messageKey"/> and how to pay, and ends the checkout.</summary>
    private async Task<DialogTurnResult> ReceiptAsync(WaterfallStepContext step, Cart cart, Order order, string messageKey, CancellationToken cancellationToken)
    {
        var language = step.Language;
        cart.Clear();
        await _carts.SetAsync(step.Context, cart, cancellationToken).ConfigureAwait(false);
        var receipt = new OrderReceiptCardData(
            order.Number.ToString(CultureInfo.InvariantCulture),
            order.PlacedAt,
            order.Lines.Select(l => new CardLine(l.Sku, l.Name, l.Quantity, l.UnitPrice)).ToList(),
            new OrderTotals(order.Subtotal, order.DeliveryFee, order.Total),
            order.Delivery.Mode == DeliveryMode.Home ? Fulfilment.Delivery : Fulfilment.PickUp,
            Destination(order.Delivery));
        await step.Context.SendActivityAsync(CardMessage.Create(step.Context.Channel(), OrderReceiptCard.Create(receipt, language), OrderReceiptCard.ToText(receipt, language)), cancellationToken).ConfigureAwait(false);
        await SayAsync(step, messageKey, new { number = order.Number }, cancellationToken).ConfigureAwait(false);
        var payment = await _services.Payments.RequestAsync(order, cancellationToken).ConfigureAwait(false);
        await SayAsync(step, payment.MessageKey, new { total = CardFormat.Euros(order.Total, language) }, cancellationToken).ConfigureAwait(false);
        if (_services.Anticipation is { } anticipation)
        {
            // Kept for the order's status updates, which the back office sends outside any conversation.
            if (anticipation.OrderAddresses is { } addresses)
            {
                await addresses.SaveAsync(order.Number, TurnAddress.Of(step.Context, order.CustomerKey), cancellationToken).ConfigureAwait(false);
            }

            var reorder = new ReorderScheduling(anticipation, _services.Orders, _services.Catalog, _services.Settings);
            await reorder.ScheduleAsync(step.Context, order, cancellationToken).ConfigureAwait(false);
            if (await ReorderOptIn.ShouldAskAsync(anticipation, _services, order, cancellationToken).ConfigureAwait(false))
            {
                var question = _localizer.Get(language, ReorderOptIn.QuestionKey);
                step.Values.Set(ReorderOptIn.QuestionKey, question);
                // The order is placed: the question follows up a finished task, so a new request typed or a card clicked
                // instead is simply what the customer wants next (see FollowUpCardClickPolicy).
                return await step.PromptAsync(OptInPrompt, new PromptOptions { Prompt = MessageFactory.Text(question), IsFollowUp = true }, cancellationToken).ConfigureAwait(false);
            }
        }

        return await step.EndDialogAsync(OrderPlaced, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The answer to the reorder reminders' opt-in, asked once after the first capsule order: the exact question is kept with the consent.</summary>
    private async Task<DialogTurnResult> OptInStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.GetResult<bool>() && _services.Anticipation is { } anticipation)
        {
            var wording = step.Values.Get<string>(ReorderOptIn.QuestionKey)!;
            await anticipation.Consents.GrantAsync(CustomerKey.From(step.Context), ProactiveCategory.Marketing, wording, _services.Time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            await SayAsync(step, "reorder.optInYes", null, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await SayAsync(step, "reorder.optInNo", null, cancellationToken).ConfigureAwait(false);
        }

        return await step.EndDialogAsync(OrderPlaced, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Accepts a complete French address; otherwise asks precisely for what is missing.</summary>
    private async Task<bool> ValidateAddressAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken)
    {
        var result = FrenchAddressParser.Parse(prompt.Recognized.Value);
        if (result.IsOk)
        {
            return true;
        }

        var key = result.Reason switch
        {
            AddressReason.InvalidPostalCode => "checkout.addressInvalidPostalCode",
            AddressReason.MissingStreet => "checkout.addressMissingStreet",
            AddressReason.MissingCity => "checkout.addressMissingCity",
            AddressReason.Abroad => "checkout.addressAbroad",
            _ => "checkout.addressMissingPostalCode",
        };
        await prompt.Context.SendActivityAsync(MessageFactory.Text(_localizer.Get(prompt.Context.GetLanguage(), key)), cancellationToken).ConfigureAwait(false);
        return false;
    }

    private string Destination(Delivery delivery) =>
        delivery.Mode == DeliveryMode.Home
            ? $"{delivery.Street}, {delivery.PostalCode} {delivery.City}"
            : _services.Boutiques.FindById(delivery.BoutiqueId ?? string.Empty)?.Name ?? delivery.BoutiqueId ?? string.Empty;

    private static CardAction Button(string title) => new(ActionTypes.ImBack, title, value: title);

    private Task SayAsync(DialogContext dc, string key, object? args, CancellationToken cancellationToken) => dc.SayAsync(_localizer, key, args, cancellationToken);
}

/// <summary>How checkout starts.</summary>
/// <param name="Mode">The delivery mode already chosen ("pick up in a boutique" typed on a shop screen), or null to ask.</param>
/// <param name="Delivery">Where the order goes, already known ("the same as last time"): with <paramref name="Email"/>, checkout starts at the summary.</param>
/// <param name="Email">The receipt's address, already known.</param>
public sealed record CheckoutOptions(DeliveryMode? Mode = null, Delivery? Delivery = null, string? Email = null);
