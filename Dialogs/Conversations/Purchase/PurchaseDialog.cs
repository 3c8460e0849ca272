using Majordome.Cards;
using Majordome.Cards.Localization;
using Majordome.Cards.Orders;
using Majordome.Cards.Products;
using Majordome.Dialogs.Anticipation.BackInStock;
using Majordome.Dialogs.Channels;
using Majordome.Dialogs.Choices;
using Majordome.Dialogs.Commerce;
using Majordome.Dialogs.Content;
using Majordome.Dialogs.Engine;
using Majordome.Dialogs.Localization;
using Majordome.Dialogs.Prompts;
using Majordome.Dialogs.Understanding;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Majordome.Dialogs.Conversations.Purchase;

/// <summary>
/// The shop: categories, a carousel of products ten at a time with "more", product cards, quantities checked
/// against the brand's rules and the live stock, and a cart kept in user state across sessions, with quantity
/// changes, removal and checkout. Every screen accepts both card buttons and typed answers.
/// </summary>
public sealed partial class PurchaseDialog : ComponentDialog
{
    /// <summary>Products per carousel page (Messenger's generic template holds ten).</summary>
    public const int PageSize = 10;

    private const string Steps = "PurchaseSteps";
    private const string QuantitySteps = "PurchaseQuantity";
    private const string ScreenPrompt = "PurchaseScreen";
    private const string QuantityPromptId = "PurchaseQuantityPrompt";
    private const string ItemsSteps = "PurchaseItems";
    private const string WhichPrompt = "PurchaseWhich";
    private const string PendingKey = "pending";
    private const string ChoosingKey = "choosing";
    private const string More = "more";
    private const string ShowCart = "cart";
    private const string Categories = "categories";
    private const string ViewKey = "view";
    private const string AddingKey = "adding";
    private const string NotifyMe = "notifyMe";
    private const string OfferKey = "backInStockOffer";

    private readonly ConversationServices _services;
    private readonly CartAccessor _carts;
    private readonly Localizer _localizer;
    private readonly ProductMentionReader _items;

    /// <summary>Creates the dialog.</summary>
    public PurchaseDialog(ConversationServices services, CartAccessor carts, Localizer? localizer = null)
        : base(nameof(PurchaseDialog))
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(carts);
        _services = services;
        _carts = carts;
        _localizer = localizer ?? Localizer.Default;
        _items = new ProductMentionReader(services.Catalog);
        // The reports count its starts, completions and cancellations under this name.
        AnalyticsName = "shop";
        AddDialog(new WaterfallDialog(Steps, [ShowStepAsync, HandleStepAsync, AfterChildStepAsync]));
        AddDialog(new WaterfallDialog(QuantitySteps, [AskQuantityStepAsync, AddToCartStepAsync]));
        AddDialog(new WaterfallDialog(ItemsSteps, [AddSaidItemsStepAsync, QuantityOfChosenStepAsync, NextItemStepAsync]));

        // Screens accept anything: their buttons, card buttons, or a product's name.
        AddDialog(new ShopScreenPrompt(ScreenPrompt, _items, (_, _) => Task.FromResult(true), _localizer) { Style = ListStyle.Auto });
        AddDialog(new ChoicePrompt(WhichPrompt, localizer: _localizer));
        AddDialog(new QuantityPrompt(QuantityPromptId, services.Catalog, ValidateQuantityAsync, _localizer));
        AddDialog(new CheckoutDialog(services, carts, _localizer));
    }

    private async Task<DialogTurnResult> ShowStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var view = step.GetOptions<PurchaseView>() ?? new PurchaseView(PurchaseScreen.Categories);
        step.Values.Set(ViewKey, view);
        if (view.Items is { Count: > 0 } items)
        {
            step.Values.Set(AddingKey, true);
            return await step.BeginDialogAsync(ItemsSteps, new ItemsAsk(items), cancellationToken).ConfigureAwait(false);
        }

        if (view.AddSku is { } addSku)
        {
            step.Values.Set(AddingKey, true);
            var change = QuantityChangeReader.Read(view.SaidQuantity) ?? QuantityChange.Add;
            return await step.BeginDialogAsync(QuantitySteps, new QuantityAsk(addSku, view.SaidQuantity, change), cancellationToken).ConfigureAwait(false);
        }

        var language = step.Language;
        await OfferToNotifyAsync(step, view, cancellationToken).ConfigureAwait(false);
        var cart = await _carts.GetAsync(step.Context, cancellationToken).ConfigureAwait(false);
        switch (view.Screen)
        {
            case PurchaseScreen.Browse when view.Category is { } category:
                var products = _services.Catalog.InCategory(category);
                var page = products.Skip(view.Page * PageSize).Take(PageSize).Select(p => CardData.For(p, language)).ToList();
                await step.Context.SendActivityAsync(CardMessage.Carousel(step.Context.Channel(), ProductCarousel.Create(page, language), ProductCarousel.ToText(page, language)), cancellationToken).ConfigureAwait(false);
                var choices = new List<Choice>();
                if ((view.Page + 1) * PageSize < products.Count)
                {
                    choices.Add(Item(More, "shop.more", language));
                }

                choices.Add(Item(ShowCart, "shop.cart", language));
                choices.Add(Item(Categories, "shop.categories", language));
                // Where cards do not show (WhatsApp), the products are a numbered text: no "Add to cart" to tap.
                var pick = step.Context.Channel().ShowsCards ? "shop.pick" : "shop.pickByNumber";
                return await AskAsync(step, pick, choices, cancellationToken).ConfigureAwait(false);

            case PurchaseScreen.Cart:
                var priced = CartPricing.Price(cart, _services.Catalog, _services.Settings, DeliveryMode.Home);
                if (priced.IsEmpty)
                {
                    return await AskAsync(step, "shop.cartEmpty", CategoryChoices(language), cancellationToken).ConfigureAwait(false);
                }

                var data = CartMessages.ToCardData(priced, language);
                var freeDelivery = priced.AmountToFreeDelivery > 0
                    ? _localizer.Get(language, "shop.freeDeliveryFrom", new { amount = Price(priced.AmountToFreeDelivery, language) })
                    : null;
                await step.Context.SendActivityAsync(CardMessage.Create(step.Context.Channel(), CartCard.Create(data, language), CartCard.ToText(data, language), freeDelivery), cancellationToken).ConfigureAwait(false);
                return await AskAsync(step, "shop.cartNext", [Item(CardActions.Checkout, "shop.checkout", language), Item(Categories, "shop.continue", language)], cancellationToken).ConfigureAwait(false);

            default:
                var categories = CategoryChoices(language);
                if (!cart.IsEmpty)
                {
                    categories.Add(Item(ShowCart, "shop.cart", language));
                }

                return await AskAsync(step, "shop.whichCategory", categories, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<DialogTurnResult> HandleStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var view = step.Values.Get<PurchaseView>(ViewKey) ?? new PurchaseView(PurchaseScreen.Categories);
        if (step.Values.Get<bool>(AddingKey))
        {
            return await step.ReplaceDialogAsync(Steps, new PurchaseView(PurchaseScreen.Cart, LastSku: step.GetResult<LineChanged>()?.Sku, NotifySku: BackInStockOffer.Take(step.Context)), cancellationToken).ConfigureAwait(false);
        }

        var submit = CardSubmit.From(step.Context.Activity);
        var choice = step.GetResult<FoundChoice>()?.Value;
        var action = submit?.Action ?? choice;
        var sku = submit?.Get("sku");
        var cart = await _carts.GetAsync(step.Context, cancellationToken).ConfigureAwait(false);

        // "Prévenez-moi" tapped, or "oui, tenez-moi au courant" typed, after a product was found sold out.
        if (step.Values.Get<SoldOutOffer>(OfferKey) is { } offer
            && (action == NotifyMe || (submit is null && BackInStockWords.AsksToBeTold(PromptInput.GetText(step.Context.Activity)))))
        {
            return await SignUpAsync(step, view, offer, cancellationToken).ConfigureAwait(false);
        }

        // "make it 4", "ajoute 2 étuis": typed on any screen, a change to a line of the cart, checked before the
        // screen's buttons so that "make it 2" is never read as the second button.
        if (submit is null && TypedChange(step, view, cart) is { } typedChange)
        {
            return await step.BeginDialogAsync(QuantitySteps, typedChange, cancellationToken).ConfigureAwait(false);
        }

        switch (action)
        {
            case CardActions.AddToCart when sku is not null:
                return await step.BeginDialogAsync(QuantitySteps, new QuantityAsk(sku), cancellationToken).ConfigureAwait(false);
            case CardActions.ShowProduct or CardActions.ShowSimilar when _services.Catalog.FindBySku(sku ?? string.Empty) is { } product:
                var shown = action == CardActions.ShowSimilar ? product.Similar.Select(_services.Catalog.FindBySku).OfType<Product>().ToList() : [product];
                await ShowProductsAsync(step, shown.Count > 0 ? shown : [product], cancellationToken).ConfigureAwait(false);
                return await step.ReplaceDialogAsync(Steps, view, cancellationToken).ConfigureAwait(false);
            case CardActions.SetQuantity when sku is not null && int.TryParse(submit!.Get("quantity"), out var quantity):
                cart.SetQuantity(sku, Math.Clamp(quantity, 0, _services.Settings.MaxQuantityPerLine));
                await _carts.SetAsync(step.Context, cart, cancellationToken).ConfigureAwait(false);
                return await step.ReplaceDialogAsync(Steps, new PurchaseView(PurchaseScreen.Cart), cancellationToken).ConfigureAwait(false);
            case CardActions.RemoveLine when sku is not null:
                cart.Remove(sku);
                await _carts.SetAsync(step.Context, cart, cancellationToken).ConfigureAwait(false);
                return await step.ReplaceDialogAsync(Steps, new PurchaseView(PurchaseScreen.Cart), cancellationToken).ConfigureAwait(false);
            case CardActions.Checkout when !cart.IsEmpty:
                var mode = submit is null ? CheckoutWords.ModeOf(PromptInput.GetText(step.Context.Activity), _localizer) : null;
                return await step.BeginDialogAsync(nameof(CheckoutDialog), mode is null ? null : new CheckoutOptions(mode), cancellationToken).ConfigureAwait(false);
            case CardActions.Checkout or ShowCart:
                return await step.ReplaceDialogAsync(Steps, new PurchaseView(PurchaseScreen.Cart), cancellationToken).ConfigureAwait(false);
            case CardActions.ContinueShopping or Categories:
                return await step.ReplaceDialogAsync(Steps, new PurchaseView(PurchaseScreen.Categories), cancellationToken).ConfigureAwait(false);
            case More:
                return await step.ReplaceDialogAsync(Steps, view with { Page = view.Page + 1, Misses = 0 }, cancellationToken).ConfigureAwait(false);
            case { } value when Enum.TryParse<ProductCategory>(value, ignoreCase: true, out var category):
                return await step.ReplaceDialogAsync(Steps, new PurchaseView(PurchaseScreen.Browse, category), cancellationToken).ConfigureAwait(false);
        }

        // Typed text: a product's name goes straight to its card and quantity; a quantity said with it ("je prends
        // 3 étuis d'aubade") is the answer, as in a first message, rather than asked again.
        // Several products ("3 sleeves of aubade and 2 of velours"), or words that fit several ("a cup pair"), go
        // through the items steps.
        var text = PromptInput.GetText(step.Context.Activity);
        var items = _items.Read(text, step.Language);
        if (items is [{ Product: { } named, Quantity: null }])
        {
            await ShowProductsAsync(step, [named], cancellationToken).ConfigureAwait(false);
            return await step.BeginDialogAsync(QuantitySteps, new QuantityAsk(named.Sku), cancellationToken).ConfigureAwait(false);
        }

        if (items.Count > 0)
        {
            return await step.BeginDialogAsync(ItemsSteps, new ItemsAsk(PurchaseItem.From(items)), cancellationToken).ConfigureAwait(false);
        }

        // "mon panier" typed where the screen has no such button (the cart's own question) asks for the cart: not a
        // misunderstanding.
        if (IsCartRequest(text))
        {
            return await step.ReplaceDialogAsync(Steps, new PurchaseView(PurchaseScreen.Cart, LastSku: view.LastSku), cancellationToken).ConfigureAwait(false);
        }

        // Not understood several times in a row ("lyon", "4", "Claire" typed at the shop by someone who meant to book):
        // the shop gives up with the menu, as every question does, instead of showing the same screen forever.
        if (view.Misses + 1 >= Prompts.Prompt<object>.DefaultMaxAttempts)
        {
            await SayAsync(step, "prompt.tooManyAttempts", null, cancellationToken).ConfigureAwait(false);
            return await step.CancelAllDialogsAsync(cancelParents: true, cancellationToken).ConfigureAwait(false);
        }

        await SayAsync(step, "shop.notUnderstood", null, cancellationToken).ConfigureAwait(false);
        return await step.ReplaceDialogAsync(Steps, view with { Misses = view.Misses + 1 }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Whether <paramref name="text"/> is the "My cart" button's title, typed, in either language.</summary>
    private bool IsCartRequest(string? text)
    {
        var typed = string.Join(' ', Recognition.TextNormalizer.Tokenize(text));
        return typed.Length > 0 && Languages.All.Any(language => string.Join(' ', Recognition.TextNormalizer.Tokenize(_localizer.GetPlain(language, "shop.cart"))) == typed);
    }

    /// <summary>After a quantity or a checkout: an order placed ends the shop; anything else shows the cart.</summary>
    private async Task<DialogTurnResult> AfterChildStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.GetResult<string>() == CheckoutDialog.OrderPlaced
            ? await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false)
            : await step.ReplaceDialogAsync(Steps, new PurchaseView(PurchaseScreen.Cart, LastSku: step.GetResult<LineChanged>()?.Sku, NotifySku: BackInStockOffer.Take(step.Context)), cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// A typed change to a line of the cart: a word that adds or replaces ("ajoute", "make it") and a quantity, about
    /// the product named, else the one last added, else the cart's last line. Null for anything else.
    /// </summary>
    private QuantityAsk? TypedChange(WaterfallStepContext step, PurchaseView view, Cart cart)
    {
        var text = PromptInput.GetText(step.Context.Activity);
        if (QuantityChangeReader.Read(text) is not { } change)
        {
            return null;
        }

        var named = _services.Entities.FindProducts(text, step.Language);
        var sku = named.Count > 0 ? named[0].Sku
            : view.LastSku is { } last && cart.QuantityOf(last) > 0 ? last
            : cart.Lines.LastOrDefault()?.Sku;
        return sku is not null && _services.Catalog.FindBySku(sku) is { } product && QuantityParser.Parse(text, step.Language, product) is not null
            ? new QuantityAsk(product.Sku, text, change)
            : null;
    }

    private async Task<DialogTurnResult> AskQuantityStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var language = step.Language;
        var ask = step.GetOptions<QuantityAsk>();
        if (ask is null || _services.Catalog.FindBySku(ask.Sku) is not { } product)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        if (await _services.Orders.GetStockAsync(product.Sku, cancellationToken).ConfigureAwait(false) == 0)
        {
            var alternatives = await SimilarProducts.InStockAsync(product, _services.Catalog, _services.Orders, cancellationToken).ConfigureAwait(false);
            await SayAsync(step, alternatives.Count > 0 ? "shop.outOfStockAlternatives" : "shop.outOfStock", new { name = product.Name.In(language) }, cancellationToken).ConfigureAwait(false);
            if (alternatives.Count > 0)
            {
                await ShowProductsAsync(step, alternatives, cancellationToken).ConfigureAwait(false);
            }

            BackInStockOffer.Remember(step.Context, _services.Anticipation, product.Sku);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        // Replacing the quantity of a product the cart does not hold is adding it ("en fait, 2 boîtes d'arpeggio").
        var cart = await _carts.GetAsync(step.Context, cancellationToken).ConfigureAwait(false);
        var change = cart.QuantityOf(product.Sku) == 0 ? QuantityChange.Add : ask.Change;
        step.Values.Set("sku", product.Sku);
        step.Values.Set("change", change);

        // "2 boîtes d'arpegio" at the menu, "make it 4" in the cart: the quantity was said; asked again only if the
        // rules refuse it, and then with the reason and what would be accepted.
        var question = new QuantityQuestion(product.Sku, change);
        var prompt = _localizer.Get(language, product.Capsule is not null ? "shop.howManySleeves" : "shop.howMany", new { name = product.Name.In(language) });
        if ((ask.Requested ?? (ask.Said is { } said ? QuantityParser.Parse(said, language, product) : null)) is { } requested)
        {
            var check = await CheckAsync(product, requested, cart, change, cancellationToken).ConfigureAwait(false);
            if (check.IsOk)
            {
                return await step.NextAsync(requested, cancellationToken).ConfigureAwait(false);
            }

            prompt = QuantityMessages.Refusal(_localizer, _services.Settings, check, product, language);
            question = question with { Offered = check.Suggestions };
        }

        return await step.PromptAsync(QuantityPromptId, QuantityPrompt.Options(MessageFactory.Text(prompt), question), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AddToCartStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var product = _services.Catalog.FindBySku(step.Values.Get<string>("sku")!)!;
        var change = step.Values.Get<QuantityChange>("change");
        var cart = await _carts.GetAsync(step.Context, cancellationToken).ConfigureAwait(false);
        var check = await CheckAsync(product, step.GetResult<RequestedQuantity>()!, cart, change, cancellationToken).ConfigureAwait(false);
        if (check.Reason == QuantityReason.OutOfStock)
        {
            // Sold out while the quantity was asked (the validator lets it through: asking again could never succeed).
            await step.Context.SendActivityAsync(MessageFactory.Text(QuantityMessages.Refusal(_localizer, _services.Settings, check, product, step.Language)), cancellationToken).ConfigureAwait(false);
            BackInStockOffer.Remember(step.Context, _services.Anticipation, product.Sku);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        if (change == QuantityChange.Replace)
        {
            cart.SetQuantity(product.Sku, check.Units);
        }
        else
        {
            cart.Add(product.Sku, check.Units);
        }

        await _carts.SetAsync(step.Context, cart, cancellationToken).ConfigureAwait(false);
        await SayAsync(step, change == QuantityChange.Replace ? "shop.quantitySet" : "shop.added", new { quantity = check.Units, name = product.Name.In(step.Language) }, cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(new LineChanged(product.Sku), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Accepts a quantity the rules allow; otherwise says exactly why, with what would be accepted, and remembers
    /// what it offered so that a bare number answers in the offered unit.
    /// </summary>
    private async Task<bool> ValidateQuantityAsync(PromptValidatorContext<RequestedQuantity> prompt, CancellationToken cancellationToken)
    {
        if (QuantityPrompt.Question(prompt.Options) is not { } question || _services.Catalog.FindBySku(question.Sku) is not { } product)
        {
            return false;
        }

        var cart = await _carts.GetAsync(prompt.Context, cancellationToken).ConfigureAwait(false);
        var check = prompt.Recognized.Succeeded && prompt.Recognized.Value is { } requested
            ? await CheckAsync(product, requested, cart, question.Change, cancellationToken).ConfigureAwait(false)
            : null;
        if (check is { IsOk: true } or { Reason: QuantityReason.OutOfStock })
        {
            return true;
        }

        QuantityPrompt.Offer(prompt.State, check?.Suggestions ?? []);
        await prompt.Context.SendActivityAsync(MessageFactory.Text(QuantityMessages.Refusal(_localizer, _services.Settings, check, product, prompt.Context.GetLanguage())), cancellationToken).ConfigureAwait(false);
        return false;
    }

    /// <summary>The rules' verdict; a replaced quantity does not count what the line already holds.</summary>
    private Task<QuantityCheck> CheckAsync(Product product, RequestedQuantity requested, Cart cart, QuantityChange change, CancellationToken cancellationToken) =>
        QuantityRules.CheckAsync(product, requested, _services.Settings, change == QuantityChange.Replace ? 0 : cart.QuantityOf(product.Sku), _services.Catalog, _services.Orders, cancellationToken);

    private static Task ShowProductsAsync(DialogContext dc, IReadOnlyList<Product> products, CancellationToken cancellationToken) =>
        dc.Context.SendActivityAsync(ConversationMessages.Products(dc.Context.Channel(), products, dc.Language), cancellationToken);

    private Task<DialogTurnResult> AskAsync(WaterfallStepContext step, string textKey, List<Choice> choices, CancellationToken cancellationToken) =>
        step.PromptAsync(ScreenPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(_localizer.Get(step.Language, textKey)),

            // A product just found sold out: "Prévenez-moi" comes first.
            Choices = step.Values.Get<SoldOutOffer>(OfferKey) is null ? choices : [Item(NotifyMe, "backInStock.notifyMe", step.Language), .. choices],
        }, cancellationToken);

    private List<Choice> CategoryChoices(string language) =>
    [
        Item(nameof(ProductCategory.Capsules), "shop.category.capsules", language),
        Item(nameof(ProductCategory.Machines), "shop.category.machines", language),
        Item(nameof(ProductCategory.Accessories), "shop.category.accessories", language),
    ];

    private Choice Item(string value, string titleKey, string language) => _localizer.Button(value, titleKey, language);

    private static string Price(decimal amount, string language) => CardFormat.Euros(amount, language);

    private Task SayAsync(DialogContext dc, string key, object? args, CancellationToken cancellationToken) => dc.SayAsync(_localizer, key, args, cancellationToken);
}

/// <summary>The quantity step's options: the product, and what the customer already said about how many.</summary>
/// <param name="Sku">The product.</param>
/// <param name="Said">A message that may say the quantity, or null to ask.</param>
/// <param name="Change">Whether the quantity adds to the cart's line or replaces it.</param>
/// <param name="Requested">The quantity already read for this product (an item of a message naming several), or null.</param>
internal sealed record QuantityAsk(string Sku, string? Said = null, QuantityChange Change = QuantityChange.Add, RequestedQuantity? Requested = null);

/// <summary>The quantity step's result: the line of the cart it changed, the one "make it 4" means next.</summary>
/// <param name="Sku">The product of the line.</param>
internal sealed record LineChanged(string Sku);
